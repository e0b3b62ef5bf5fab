import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { ApiKeyScope } from '../db/schema.js';
import { inSubtreeOf } from './account-queries.js';

/** Plain query functions over api_keys (only the keys' SHA-256 is ever stored or looked up). */

export interface NewApiKey {
  account_id: string;
  user_id: string | null;
  name: string;
  prefix: string;
  key_hash: string;
  scope: ApiKeyScope;
  created_by_key_id: string | null;
  created_at: Date;
}

export async function insertApiKey(db: Db, k: NewApiKey) {
  return db.insertInto('api_keys').values(k).returningAll().executeTakeFirstOrThrow();
}

/** The unrevoked key with this hash, with its account's role and status. */
export async function findUnrevokedKeyByHash(db: Db, keyHash: string) {
  return db
    .selectFrom('api_keys as k')
    .innerJoin('accounts as a', 'a.id', 'k.account_id')
    .select(['k.id', 'k.account_id', 'k.user_id', 'k.scope', 'k.last_used_at', 'a.role', 'a.status'])
    .where('k.key_hash', '=', keyHash)
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchApiKey(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id).execute();
}

/** The keys of one account, revoked ones too, unordered (a listing orders and pages them). */
export function apiKeysOfAccountQuery(db: Db, accountId: string) {
  return db.selectFrom('api_keys').selectAll().where('account_id', '=', accountId);
}

/** The key if its account lies in the subtree rooted at `scopeRootId`. */
export async function findApiKeyInSubtree(db: Db, scopeRootId: string, id: string) {
  return db
    .selectFrom('api_keys as k')
    .innerJoin('accounts as a', 'a.id', 'k.account_id')
    .selectAll('k')
    .where('k.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

export async function loadApiKey(db: Db, id: string) {
  return db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Revokes the key and every key made with it, and theirs: one statement, so no descendant is left working. */
export async function revokeApiKeyAndDescendants(db: Db, id: string, now: Date): Promise<void> {
  await sql`
    WITH RECURSIVE made(id) AS (
      SELECT ${id}::uuid
      UNION
      SELECT k.id FROM api_keys k JOIN made ON k.created_by_key_id = made.id
    )
    UPDATE api_keys SET revoked_at = ${now} WHERE id IN (SELECT id FROM made) AND revoked_at IS NULL`.execute(db);
}

/** Revokes a user's keys (those not revoked already) and detaches them from the user. */
export async function revokeUserApiKeys(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('api_keys')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)), user_id: null }))
    .where('user_id', '=', userId)
    .execute();
}
