import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { apiTimestamp, isUuid } from '../http/api-format.js';
import { generateApiKey, hashApiKey, looksLikeApiKey } from './api-key.js';
import type { Principal } from './principal.js';

export function apiKeyToApi(k: { id: string; account_id: string; user_id: string | null; name: string; prefix: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }) {
  return {
    id: k.id,
    account_id: k.account_id,
    user_id: k.user_id,
    name: k.name,
    prefix: k.prefix,
    created_at: apiTimestamp(k.created_at),
    last_used_at: apiTimestamp(k.last_used_at),
    revoked_at: apiTimestamp(k.revoked_at),
  };
}

/** How often a key's last_used_at is refreshed: often enough to be useful, rarely enough to cost nothing. */
const TOUCH_INTERVAL_MS = 60_000;

export function createApiKeyService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function insert(accountId: string, userId: string | null, name: string, executor: Db = db) {
    const { key, prefix, hash } = generateApiKey();
    const row = await executor
      .insertInto('api_keys')
      .values({ account_id: accountId, user_id: userId, name, prefix, key_hash: hash, created_at: clock.now() })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ...apiKeyToApi(row), key };
  }

  return {
    /** Creates a key; the returned `key` is the only time the secret is ever shown. */
    create: insert,

    /** The principal a key stands for, or undefined (unknown, revoked, or its account inactive). */
    async authenticate(key: string): Promise<Principal | { inactive: true } | undefined> {
      if (!looksLikeApiKey(key)) return undefined;
      const row = await db
        .selectFrom('api_keys as k')
        .innerJoin('accounts as a', 'a.id', 'k.account_id')
        .select(['k.id', 'k.account_id', 'k.user_id', 'k.last_used_at', 'a.role', 'a.status'])
        .where('k.key_hash', '=', hashApiKey(key))
        .where('k.revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.status !== 'active') return { inactive: true };
      const now = clock.now();
      if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > TOUCH_INTERVAL_MS) {
        await db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
      }
      return { accountId: row.account_id, role: row.role, keyId: row.id, userId: row.user_id };
    },

    async list(accountId: string) {
      const rows = await db.selectFrom('api_keys').selectAll().where('account_id', '=', accountId).orderBy('created_at').execute();
      return rows.map(apiKeyToApi);
    },

    /** Revokes a key of the given account (idempotent); returns it with `deleted: true` like every API delete. */
    async revoke(p: Principal | null, accountId: string, id: string) {
      if (!isUuid(id)) throw new NotFoundError();
      const existing = await db.selectFrom('api_keys').selectAll().where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
      if (!existing) throw new NotFoundError();
      if (p && p.keyId === id) throw new ForbiddenError('A key cannot revoke itself; use another key or the dashboard.');
      const row = await db
        .updateTable('api_keys')
        .set({ revoked_at: existing.revoked_at ?? clock.now() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ...apiKeyToApi(row), deleted: true as const };
    },
  };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
