import type { Selectable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { CertificatesTable } from '../db/schema.js';

/** Plain query functions over certificates as the API and the public pages read them. */

/** The certificate if its account lies in the subtree rooted at `scopeRootId`. */
export async function findCertificateInSubtree(
  db: Db,
  scopeRootId: string,
  id: string,
): Promise<Selectable<CertificatesTable> | undefined> {
  return db
    .selectFrom('certificates as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** An account's certificates (with its descendants' when asked), unordered (a listing orders and pages them). */
export function certificatesQuery(db: Db, accountId: string, includeDescendants?: boolean) {
  return db
    .selectFrom('certificates as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .selectAll('c')
    .where(includeDescendants ? inSubtreeOf(accountId) : (eb) => eb('c.account_id', '=', accountId));
}

/** A certificate by id, whatever its account (the public page: the id is the secret). */
export async function findCertificate(db: Db, id: string): Promise<Selectable<CertificatesTable> | undefined> {
  return db.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The names a certificate shows of its account (which must exist). */
export async function certificateAccount(db: Db, accountId: string) {
  return db.selectFrom('accounts').select(['name', 'display_name', 'parent_id']).where('id', '=', accountId).executeTakeFirstOrThrow();
}

/** The names and role of a certificate's account's parent. */
export async function certificateParentAccount(db: Db, parentId: string) {
  return db.selectFrom('accounts').select(['name', 'display_name', 'role']).where('id', '=', parentId).executeTakeFirst();
}

/** The transactions of these certificates: pages per project (a row per transaction). */
export async function certificateTransactions(
  db: Db,
  certificateIds: string[],
): Promise<Array<{ certificate_id: string | null; project_id: string; pages: string }>> {
  return db
    .selectFrom('transactions')
    .select(['certificate_id', 'project_id', 'pages'])
    .where('certificate_id', 'in', certificateIds)
    .execute();
}

/** Pages per project planted by the account certificates of `month` of the subtree rooted at `accountId` (a roll-up). */
export async function subtreeMonthPlantings(
  db: Db,
  accountId: string,
  month: string,
): Promise<Array<{ project_id: string; pages: string }>> {
  return db
    .selectFrom('transactions as t')
    .innerJoin('certificates as c', 'c.id', 't.certificate_id')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .select(['t.project_id', (eb) => eb.fn.sum<string>('t.pages').as('pages')])
    .where('c.month', '=', month)
    .where('c.kind', '=', 'account')
    .where(inSubtreeOf(accountId))
    .groupBy('t.project_id')
    .execute();
}

/** The id of the latest account certificate (the demo shows it), or undefined. */
export async function latestAccountCertificateId(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('certificates')
    .select('id')
    .where('kind', '=', 'account')
    .orderBy('month', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
