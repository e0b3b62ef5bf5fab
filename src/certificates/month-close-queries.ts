import { sql, type Insertable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { CertificateLinesTable, CertificatesTable, TransactionsTable } from '../db/schema.js';
import { hasDepositBefore } from '../deposits/deposit-queries.js';

/**
 * The month close's SQL (src/certificates/month-close.ts holds the rules, the transactions and the lock's use):
 * candidates, certified pages, and the certificates, lines, plantings and roll-ups it writes.
 */

/** Rows per INSERT statement (well under PostgreSQL's 65,535 parameters). */
const INSERT_BATCH = 5000;

/** Serialises month closers until the end of the current transaction. */
export async function lockMonthClose(db: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('canopy:month-close'))`.execute(db);
}

/**
 * Accounts (of the subtree rooted at `subtreeOf`, when given) with deposits dated before `next` and no account
 * certificate for `month` yet, by id.
 */
export async function closeCandidates(
  db: Db,
  month: string,
  next: string,
  subtreeOf?: string,
): Promise<Array<{ id: string; ancestry: string[] }>> {
  let candidates = db
    .selectFrom('accounts as a')
    .select(['a.id', 'a.ancestry'])
    .where(hasDepositBefore('a.id', next))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('certificates as c')
            .select(sql`1`.as('x'))
            .whereRef('c.account_id', '=', 'a.id')
            .where('c.month', '=', month)
            .where('c.kind', '=', 'account'),
        ),
      ),
    );
  if (subtreeOf) candidates = candidates.where(inSubtreeOf(subtreeOf));
  return candidates.orderBy('a.id').execute();
}

/** Pages already certified per account and month (YYYY-MM-01), for months before `before`. */
export async function certifiedPages(
  db: Db,
  accountIds: string[],
  before: string,
): Promise<Array<{ account_id: string; month: string; pages: string }>> {
  const r = await sql<{ account_id: string; month: string; pages: string }>`
    SELECT account_id, to_char(month, 'YYYY-MM-DD') AS month, sum(pages) AS pages
    FROM certificate_lines WHERE account_id = ANY(${accountIds}::uuid[]) AND month < ${before}::date GROUP BY 1, 2`.execute(db);
  return r.rows;
}

/** Those of the accounts that have an account certificate for `month`. */
export async function accountsCertifiedFor(db: Db, accountIds: string[], month: string): Promise<string[]> {
  const rows = await db
    .selectFrom('certificates')
    .select('account_id')
    .where('account_id', 'in', accountIds)
    .where('month', '=', month)
    .where('kind', '=', 'account')
    .execute();
  return rows.map((r) => r.account_id);
}

export async function insertCertificates(db: Db, certificates: Array<Insertable<CertificatesTable>>): Promise<void> {
  if (!certificates.length) return;
  await db.insertInto('certificates').values(certificates).execute();
}

export async function insertCertificateLines(db: Db, lines: Array<Insertable<CertificateLinesTable>>): Promise<void> {
  for (let j = 0; j < lines.length; j += INSERT_BATCH)
    await db
      .insertInto('certificate_lines')
      .values(lines.slice(j, j + INSERT_BATCH))
      .execute();
}

/** The transactions that plant certificates' trees. */
export async function insertPlantings(db: Db, transactions: Array<Insertable<TransactionsTable>>): Promise<void> {
  for (let j = 0; j < transactions.length; j += INSERT_BATCH)
    await db
      .insertInto('transactions')
      .values(transactions.slice(j, j + INSERT_BATCH))
      .execute();
}

/**
 * A roll-up certificate of `month` for each provider (of the subtree rooted at `subtreeOf`, when given) whose
 * customers have account certificates of that month and that has none yet; returns how many were issued.
 */
export async function insertRollups(db: Db, month: string, issuedAt: Date, subtreeOf?: string): Promise<number> {
  const r = await sql`
    INSERT INTO certificates (account_id, kind, month, pages, adjustment_pages, customers, issued_at)
    SELECT p.id, 'rollup', ${month}::date, sum(c.pages), sum(c.adjustment_pages), count(*), ${issuedAt}
    FROM accounts p
    JOIN accounts a ON a.ancestry @> ARRAY[p.id] AND a.id <> p.id
    JOIN certificates c ON c.account_id = a.id AND c.month = ${month}::date AND c.kind = 'account'
    WHERE p.role = 'provider' ${subtreeOf ? sql`AND ${inSubtreeOf(subtreeOf, 'p')}` : sql``}
      AND NOT EXISTS (SELECT 1 FROM certificates x WHERE x.account_id = p.id AND x.month = ${month}::date AND x.kind = 'rollup')
    GROUP BY p.id`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
