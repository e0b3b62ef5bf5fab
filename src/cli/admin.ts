import type { AccountRole } from '../db/schema.js';
import { openContext } from './context.js';

export interface CreateAccountOptions {
  name: string;
  email: string;
  userName: string;
  parent?: string;
  role?: AccountRole;
  json?: boolean;
}

/** `canopy admin create-account`: an account with its first user and API key (the operator's way in). */
export async function createAccountCommand(opts: CreateAccountOptions): Promise<void> {
  const ctx = await openContext({ oneShot: true });
  try {
    const created = await ctx.app.services.admin.createAccountWithOwner({
      name: opts.name,
      email: opts.email,
      userName: opts.userName,
      ...(opts.parent ? { parentId: opts.parent } : {}),
      ...(opts.role ? { role: opts.role } : {}),
    });
    if (opts.json) {
      const { account_id, user_id, api_key } = created;
      process.stdout.write(JSON.stringify({ account_id, user_id, api_key }) + '\n');
    } else {
      process.stdout.write(
        `Created account ${created.account_id} with user ${created.user_id}.\n` +
          `API key (shown once, keep it safe): ${created.api_key}\n` +
          `Dashboard password for ${opts.email}: ${created.password}\n`,
      );
    }
  } finally {
    await ctx.shutdown();
  }
}
