import type { Clock } from '../clock.js';
import type { Selectable } from 'kysely';
import * as q from './api-key-queries.js';
import type { Listing } from '../http/listing.js';
import type { Db } from '../db/database.js';
import type { ApiKeyScope, ApiKeysTable } from '../db/schema.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { apiTimestamp } from '../http/api-format.js';
import { isUuid } from '../access/scope.js';
import { generateApiKey, hashApiKey, looksLikeApiKey } from './api-key.js';
import type { Principal } from '../access/principal.js';

export function apiKeyToApi(k: {
  id: string;
  account_id: string;
  user_id: string | null;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  created_by_key_id: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}) {
  return {
    id: k.id,
    account_id: k.account_id,
    user_id: k.user_id,
    name: k.name,
    prefix: k.prefix,
    scope: k.scope,
    created_by_key_id: k.created_by_key_id,
    created_at: apiTimestamp(k.created_at),
    last_used_at: apiTimestamp(k.last_used_at),
    revoked_at: apiTimestamp(k.revoked_at),
  };
}

/** How often a key's last_used_at is refreshed: often enough to be useful, rarely enough to cost nothing. */
const TOUCH_INTERVAL_MS = 60_000;

export function createApiKeyService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function insert(
    k: { accountId: string; userId: string | null; name: string; scope?: ApiKeyScope; createdByKeyId?: string | null },
    executor: Db = db,
  ) {
    const { key, prefix, hash } = generateApiKey();
    const row = await q.insertApiKey(executor, {
      account_id: k.accountId,
      user_id: k.userId,
      name: k.name,
      prefix,
      key_hash: hash,
      scope: k.scope ?? 'full',
      created_by_key_id: k.createdByKeyId ?? null,
      created_at: clock.now(),
    });
    return { ...apiKeyToApi(row), key };
  }

  return {
    /** Creates a key (CLI, admin); the returned `key` is the only time the secret is ever shown. */
    create: insert,

    /**
     * A caller creates a key for its own account. A key never makes a key with more power than itself (a read key
     * makes read keys only; it cannot write at all, so in practice it makes none); the new key records its maker and
     * is revoked with it.
     */
    async createFor(p: Principal, name: string, scope: ApiKeyScope | undefined) {
      const wanted = scope ?? p.scope;
      if (p.scope === 'read' && wanted !== 'read')
        throw new ForbiddenError('A read-only key cannot create a key with more power than itself.');
      return insert({ accountId: p.accountId, userId: p.userId, name, scope: wanted, createdByKeyId: p.keyId });
    },

    /** The principal a key stands for, or undefined (unknown, revoked, or its account inactive). */
    async authenticate(key: string): Promise<Principal | { inactive: true } | undefined> {
      if (!looksLikeApiKey(key)) return undefined;
      const row = await q.findUnrevokedKeyByHash(db, hashApiKey(key));
      if (!row) return undefined;
      if (row.status !== 'active') return { inactive: true };
      const now = clock.now();
      if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > TOUCH_INTERVAL_MS) {
        await q.touchApiKey(db, row.id, now);
      }
      return { accountId: row.account_id, role: row.role, scope: row.scope, keyId: row.id, userId: row.user_id };
    },

    /** The keys of one account (revoked ones too), oldest first. */
    list(accountId: string) {
      return {
        db,
        query: q.apiKeysOfAccountQuery(db, accountId),
        keys: ['created_at', 'id'],
        present: (rows) => rows.map(apiKeyToApi),
      } satisfies Listing<Selectable<ApiKeysTable>, unknown>;
    },

    /**
     * Revokes a key of the caller's account subtree (a provider may revoke its customers' keys), idempotently; returns
     * it with `deleted: true` like every API delete.
     */
    async revoke(p: Principal, id: string) {
      if (!isUuid(id)) throw new NotFoundError();
      const existing = await q.findApiKeyInSubtree(db, p.accountId, id);
      if (!existing) throw new NotFoundError();
      if (p.keyId === id) throw new ForbiddenError('A key cannot revoke itself; use another key or the dashboard.');
      const now = clock.now();
      // The key and every key made with it, and theirs: one statement, so no descendant is left working.
      await q.revokeApiKeyAndDescendants(db, id, now);
      const row = await q.loadApiKey(db, id);
      return { ...apiKeyToApi(row), deleted: true as const };
    },
  };
}

export type ApiKeyService = ReturnType<typeof createApiKeyService>;
