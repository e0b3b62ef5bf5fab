import type { Selectable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { TransactionsTable } from '../db/schema.js';

/**
 * Plain query functions of manual transactions (month close's plantings are in
 * src/certificates/month-close-queries.ts). Scoping (the caller's subtree) is a parameter of every read.
 */
type TransactionRow = Selectable<TransactionsTable>;

/** An account's transactions, unordered (a listing orders and pages them). */
export function transactionsQuery(db: Db, accountId: string) {
  return db.selectFrom('transactions').selectAll().where('account_id', '=', accountId);
}

/** The transaction if its account lies in the subtree rooted at `scopeRootId`, with the kind of the certificate it plants. */
export async function findTransactionInSubtree(db: Db, scopeRootId: string, id: string) {
  return db
    .selectFrom('transactions as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .leftJoin('certificates as c', 'c.id', 't.certificate_id')
    .selectAll('t')
    .select('c.kind')
    .where('t.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** A manual transaction's own certificate (kind 'transaction'); returns its id. */
export async function insertTransactionCertificate(
  db: Db,
  c: { account_id: string; month: string; pages: number; issued_at: Date },
): Promise<string> {
  const row = await db
    .insertInto('certificates')
    .values({
      account_id: c.account_id,
      kind: 'transaction',
      month: c.month,
      pages: c.pages,
      adjustment_pages: 0,
      customers: null,
      issued_at: c.issued_at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewTransaction {
  account_id: string;
  project_id: string;
  certificate_id: string;
  quote_id: string | null;
  date: Date;
  pages: number;
  created_at: Date;
}

export async function insertTransaction(db: Db, t: NewTransaction): Promise<TransactionRow> {
  return db.insertInto('transactions').values(t).returningAll().executeTakeFirstOrThrow();
}

export async function deleteTransaction(db: Db, id: string): Promise<void> {
  await db.deleteFrom('transactions').where('id', '=', id).execute();
}

/** Deletes a manual transaction's certificate (only ever one of kind 'transaction'). */
export async function deleteTransactionCertificate(db: Db, certificateId: string): Promise<void> {
  await db.deleteFrom('certificates').where('id', '=', certificateId).where('kind', '=', 'transaction').execute();
}
