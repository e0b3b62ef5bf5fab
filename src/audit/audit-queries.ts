import type { Insertable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { AuditLogTable } from '../db/schema.js';

/** Plain query functions over the audit log. */

export async function insertAuditEntry(db: Db, e: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(e).execute();
}

/**
 * The entries of accounts in the subtree rooted at `scopeRootId`, older than entry `before` when given, unordered (a
 * listing orders and pages them).
 */
export function auditEntriesQuery(db: Db, scopeRootId: string, before: number | undefined) {
  return db
    .selectFrom('audit_log as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .selectAll('e')
    .where(inSubtreeOf(scopeRootId))
    .$if(before !== undefined, (qb) => qb.where('e.id', '<', String(before)));
}
