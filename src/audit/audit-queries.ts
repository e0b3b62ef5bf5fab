import type { Insertable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { AuditLogTable } from '../db/schema.js';

/** Plain query functions over the audit log. */

export async function insertAuditEntry(db: Db, e: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(e).execute();
}

/** What a list of entries may be narrowed to (all optional; every one given must hold). */
export interface AuditFilters {
  /** Only entries older than this entry id. */
  before?: number;
  actorId?: string;
  actorType?: AuditLogTable['actor_type'];
  method?: string;
  /** Route patterns, any of them. */
  routes?: string[];
  resourceId?: string;
  accountId?: string;
  /** Instants: `at >= from` and `at < toExclusive`. */
  from?: string;
  toExclusive?: string;
  /** `success`: below 400; `failure`: 400 and above; a number: that status. */
  status?: 'success' | 'failure' | number;
}

/**
 * The entries of accounts in the subtree rooted at `scopeRootId`, narrowed by `f`, unordered (a listing orders and
 * pages them), each with its account's name and its actor's name: the user's name and email, or the API key's name and
 * prefix (never its hash). The actor is looked up in the entry's own account only, so nothing outside the scope shows.
 */
export function auditEntriesQuery(db: Db, scopeRootId: string, f: AuditFilters = {}) {
  return db
    .selectFrom('audit_log as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .leftJoin('users as u', (j) =>
      j.onRef('u.id', '=', 'e.actor_id').onRef('u.account_id', '=', 'e.account_id').on('e.actor_type', '=', 'user'),
    )
    .leftJoin('api_keys as k', (j) =>
      j.onRef('k.id', '=', 'e.actor_id').onRef('k.account_id', '=', 'e.account_id').on('e.actor_type', '=', 'api_key'),
    )
    .selectAll('e')
    .select(['a.name as account_name', 'u.full_name as user_name', 'u.email as user_email', 'k.name as key_name', 'k.prefix as key_prefix'])
    .where(inSubtreeOf(scopeRootId))
    .$if(f.before !== undefined, (qb) => qb.where('e.id', '<', String(f.before)))
    .$if(f.actorId !== undefined, (qb) => qb.where('e.actor_id', '=', f.actorId!))
    .$if(f.actorType !== undefined, (qb) => qb.where('e.actor_type', '=', f.actorType!))
    .$if(f.method !== undefined, (qb) => qb.where('e.method', '=', f.method!))
    .$if(f.routes !== undefined, (qb) => qb.where('e.route', 'in', f.routes!))
    .$if(f.resourceId !== undefined, (qb) => qb.where('e.resource_id', '=', f.resourceId!))
    .$if(f.accountId !== undefined, (qb) => qb.where('e.account_id', '=', f.accountId!))
    .$if(f.from !== undefined, (qb) => qb.where('e.at', '>=', new Date(f.from!)))
    .$if(f.toExclusive !== undefined, (qb) => qb.where('e.at', '<', new Date(f.toExclusive!)))
    .$if(f.status === 'success', (qb) => qb.where('e.status', '<', 400))
    .$if(f.status === 'failure', (qb) => qb.where('e.status', '>=', 400))
    .$if(typeof f.status === 'number', (qb) => qb.where('e.status', '=', f.status as number));
}
