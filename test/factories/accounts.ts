import { randomBytes } from 'node:crypto';
import type { App } from '../../src/app.js';
import type { AccountRole } from '../../src/db/schema.js';

/** A real account with a user and an API key, built through the same service the CLI uses. */
export async function buildAccount(app: App, overrides: { name?: string; parentId?: string; role?: AccountRole } = {}) {
  const tag = randomBytes(4).toString('hex');
  const email = `user-${tag}@example.com`;
  const created = await app.services.admin.createAccountWithOwner({
    name: overrides.name ?? `Account ${tag}`,
    email,
    userName: `User ${tag}`,
    ...(overrides.parentId ? { parentId: overrides.parentId } : {}),
    ...(overrides.role ? { role: overrides.role } : {}),
  });
  return { ...created, email };
}
