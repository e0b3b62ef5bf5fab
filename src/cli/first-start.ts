import { anyAccountExists } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';

/** True while the database holds no account at all: a first real start, before the first provider exists. */
export async function noAccountYet(db: Db): Promise<boolean> {
  return !(await anyAccountExists(db));
}

/** What `canopy serve` prints on an empty database: how to create the first provider, and where to sign in. */
export function firstProviderHint(publicUrl: string): string {
  return (
    'No account exists yet. Create the first provider (it prints a dashboard password and an API key):\n\n' +
    '  canopy admin create-account --name "<your company>" --email <you@example.com> --user-name "<your name>" --role provider\n\n' +
    `Then sign in at ${publicUrl}/login\n`
  );
}
