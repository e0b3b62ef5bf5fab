import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database.js';

/** A bare provider account row, for tests that need an owner but no user or key. */
export async function buildAccountRow(db: Db, overrides: { name?: string } = {}): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await db
    .insertInto('accounts')
    .values({
      id,
      parent_id: null,
      ancestry: [id],
      name: overrides.name ?? `Account ${id.slice(0, 8)}`,
      display_name: null,
      role: 'provider',
      external_id: null,
      status: 'active',
      created_at: now,
      activated_at: now,
      deactivated_at: null,
      updated_at: now,
    })
    .execute();
  return id;
}
