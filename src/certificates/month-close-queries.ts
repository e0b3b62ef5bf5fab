import { sql } from 'kysely';
import { accountMonthPagesSql } from '../deposits/deposit-queries.js';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { CertificateShare } from '../db/schema.js';

/**
 * The month close's SQL (src/certificates/month-close.ts holds the transactions and the lock's use; close-rules.ts the
 * rules): the months that changed, what is certified of them, and the certificates, lines, shares, plantings and
 * roll-ups it writes. Every read is bounded by what changed (certification_pending, waiting roll-up members), never by
 * the history.
 */

/** Rows per INSERT statement (well under PostgreSQL's 65,535 parameters). */
const INSERT_BATCH = 5000;

/** Serialises month closers until the end of the current transaction. */
export async function lockMonthClose(db: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('canopy:month-close'))`.execute(db);
}

/**
 * Accounts (of the subtree rooted at `subtreeOf`, when given) with something to close up to `last`: a changed month
 * before `end` (= the month after `last`) that is not yet certified, or any changed month while a month after the
 * account's certified_through has closed (its changes are then an adjustment). By id.
 */
export async function closeCandidates(
  db: Db,
  last: string,
  end: string,
  subtreeOf?: string,
): Promise<Array<{ id: string; ancestry: string[] }>> {
  const r = await sql<{ id: string; ancestry: string[] }>`
    SELECT a.id, a.ancestry FROM accounts a
    WHERE a.id IN (
      SELECT p.account_id FROM certification_pending p
      LEFT JOIN account_certification c ON c.account_id = p.account_id
      WHERE p.month < ${end}::date
        AND (c.certified_through IS NULL OR p.month > c.certified_through OR c.certified_through < ${last}::date))
    ${subtreeOf ? sql`AND ${inSubtreeOf(subtreeOf)}` : sql``}
    ORDER BY a.id`.execute(db);
  return r.rows;
}

/**
 * Locks the changed months before `end` of these accounts (until the end of the transaction), skipping those a
 * writer of deposits holds; returns the locked ones and every one there is (an account with a month it could not lock
 * is left for the next close).
 */
export async function lockPendingMonths(
  db: Db,
  accountIds: string[],
  end: string,
): Promise<{ locked: Array<{ account_id: string; month: string }>; all: Array<{ account_id: string; month: string }> }> {
  const locked = await sql<{ account_id: string; month: string }>`
    SELECT account_id, to_char(month, 'YYYY-MM-DD') AS month FROM certification_pending
    WHERE account_id = ANY(${accountIds}::uuid[]) AND month < ${end}::date
    ORDER BY account_id, month FOR UPDATE SKIP LOCKED`.execute(db);
  const all = await sql<{ account_id: string; month: string }>`
    SELECT account_id, to_char(month, 'YYYY-MM-DD') AS month FROM certification_pending
    WHERE account_id = ANY(${accountIds}::uuid[]) AND month < ${end}::date`.execute(db);
  return { locked: locked.rows, all: all.rows };
}

/** The month each of these accounts is certified through (absent: none yet). */
export async function certifiedThrough(db: Db, accountIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('account_certification')
    .select(['account_id', 'certified_through'])
    .where('account_id', 'in', accountIds)
    .execute();
  return new Map(rows.map((r) => [r.account_id, r.certified_through]));
}

/** Pages already certified of each given (account, month). */
export async function certifiedPagesOf(
  db: Db,
  months: Array<{ account_id: string; month: string }>,
): Promise<Array<{ account_id: string; month: string; pages: string }>> {
  if (!months.length) return [];
  const r = await sql<{ account_id: string; month: string; pages: string }>`
    SELECT l.account_id, to_char(l.month, 'YYYY-MM-DD') AS month, sum(l.pages) AS pages
    FROM unnest(${months.map((m) => m.account_id)}::uuid[], ${months.map((m) => m.month)}::date[]) AS m(account_id, month)
    JOIN certificate_lines l ON l.account_id = m.account_id AND l.month = m.month
    GROUP BY 1, 2`.execute(db);
  return r.rows;
}

/** Records that these accounts are certified through `month`. */
export async function setCertifiedThrough(db: Db, accountIds: string[], month: string): Promise<void> {
  if (!accountIds.length) return;
  await sql`
    INSERT INTO account_certification (account_id, certified_through)
    SELECT id, ${month}::date FROM unnest(${accountIds}::uuid[]) AS id
    ON CONFLICT (account_id) DO UPDATE
    SET certified_through = GREATEST(account_certification.certified_through, EXCLUDED.certified_through)`.execute(db);
}

/** Forgets changed months that are fully certified (the caller holds their locks). */
export async function clearPendingMonths(db: Db, months: Array<{ account_id: string; month: string }>): Promise<void> {
  if (!months.length) return;
  await sql`
    DELETE FROM certification_pending p
    USING unnest(${months.map((m) => m.account_id)}::uuid[], ${months.map((m) => m.month)}::date[]) AS m(account_id, month)
    WHERE p.account_id = m.account_id AND p.month = m.month`.execute(db);
}

/**
 * Certificates (one INSERT per batch, the values as arrays: cheap to send and to parse), with the names they show:
 * the account's, and for a provider's customer the provider's (the same rule as the migration's trigger
 * canopy_certificate_names, which names the certificates other writers insert).
 */
export async function insertCertificates(
  db: Db,
  rows: Array<{
    id: string;
    account_id: string;
    kind: 'account' | 'rollup';
    month: string;
    pages: number;
    adjustment_pages: number;
    customers: number | null;
    issued_at: Date;
    shares: CertificateShare[];
  }>,
): Promise<void> {
  for (let j = 0; j < rows.length; j += INSERT_BATCH) {
    const b = rows.slice(j, j + INSERT_BATCH);
    await sql`
      INSERT INTO certificates
        (id, account_id, kind, month, pages, adjustment_pages, customers, issued_at, shares, account_name, provider_name)
      SELECT c.*, coalesce(a.display_name, a.name),
             CASE WHEN c.kind = 'account' AND p.role = 'provider' THEN coalesce(p.display_name, p.name) END
      FROM unnest(${b.map((r) => r.id)}::uuid[], ${b.map((r) => r.account_id)}::uuid[], ${b.map((r) => r.kind)}::text[],
        ${b.map((r) => r.month)}::date[], ${b.map((r) => r.pages)}::bigint[], ${b.map((r) => r.adjustment_pages)}::bigint[],
        ${b.map((r) => r.customers)}::int[], ${b.map((r) => r.issued_at)}::timestamptz[],
        ${b.map((r) => JSON.stringify(r.shares))}::jsonb[])
        AS c(id, account_id, kind, month, pages, adjustment_pages, customers, issued_at, shares)
      JOIN accounts a ON a.id = c.account_id LEFT JOIN accounts p ON p.id = a.parent_id`.execute(db);
  }
}

export async function insertCertificateLines(
  db: Db,
  rows: Array<{ certificate_id: string; account_id: string; month: string; pages: number }>,
): Promise<void> {
  for (let j = 0; j < rows.length; j += INSERT_BATCH) {
    const b = rows.slice(j, j + INSERT_BATCH);
    await sql`
      INSERT INTO certificate_lines (certificate_id, account_id, month, pages)
      SELECT * FROM unnest(${b.map((r) => r.certificate_id)}::uuid[], ${b.map((r) => r.account_id)}::uuid[],
        ${b.map((r) => r.month)}::date[], ${b.map((r) => r.pages)}::bigint[])`.execute(db);
  }
}

/** The version of each of these projects as the catalogue has it now (stored once: forestry_project_versions). */
export async function currentProjectVersions(db: Db, projectIds: string[]): Promise<Map<string, string>> {
  if (!projectIds.length) return new Map();
  const r = await sql<{ id: string; version_id: string }>`
    SELECT p.id, canopy_project_version(p.id) AS version_id FROM forestry_projects p WHERE p.id = ANY(${projectIds}::uuid[])`.execute(db);
  return new Map(r.rows.map((x) => [x.id, x.version_id]));
}

/** The transactions that plant certificates' trees. */
export async function insertPlantings(
  db: Db,
  rows: Array<{ account_id: string; project_id: string; certificate_id: string; date: Date; pages: number; created_at: Date }>,
): Promise<void> {
  for (let j = 0; j < rows.length; j += INSERT_BATCH) {
    const b = rows.slice(j, j + INSERT_BATCH);
    await sql`
      INSERT INTO transactions (account_id, project_id, certificate_id, date, pages, created_at)
      SELECT * FROM unnest(${b.map((r) => r.account_id)}::uuid[], ${b.map((r) => r.project_id)}::uuid[],
        ${b.map((r) => r.certificate_id)}::uuid[], ${b.map((r) => r.date)}::timestamptz[], ${b.map((r) => r.pages)}::bigint[],
        ${b.map((r) => r.created_at)}::timestamptz[])`.execute(db);
  }
}

/** These account certificates wait for the next roll-up of each provider above their account. */
export async function queueForRollups(db: Db, certificateIds: string[]): Promise<void> {
  if (!certificateIds.length) return;
  await sql`
    INSERT INTO rollup_members (provider_id, certificate_id, rollup_id, account_id, month, pages, adjustment_pages)
    SELECT p.id, c.id, NULL, c.account_id, c.month, c.pages, c.adjustment_pages
    FROM certificates c
    JOIN accounts a ON a.id = c.account_id
    JOIN accounts p ON p.id = ANY(a.ancestry) AND p.id <> a.id AND p.role = 'provider'
    WHERE c.id = ANY(${certificateIds}::uuid[]) AND c.kind = 'account'`.execute(db);
}

/** Customer certificates of months up to `last` waiting for a roll-up, of providers in the subtree of `subtreeOf`. */
export async function waitingRollupMembers(
  db: Db,
  last: string,
  subtreeOf?: string,
): Promise<
  Array<{ provider_id: string; certificate_id: string; account_id: string; month: string; pages: string; adjustment_pages: string }>
> {
  const r = await sql<{
    provider_id: string;
    certificate_id: string;
    account_id: string;
    month: string;
    pages: string;
    adjustment_pages: string;
  }>`
    SELECT m.provider_id, m.certificate_id, m.account_id, to_char(m.month, 'YYYY-MM-DD') AS month, m.pages, m.adjustment_pages
    FROM rollup_members m ${subtreeOf ? sql`JOIN accounts a ON a.id = m.provider_id AND ${inSubtreeOf(subtreeOf)}` : sql``}
    WHERE m.rollup_id IS NULL AND m.month <= ${last}::date
    ORDER BY m.provider_id, m.month, m.certificate_id`.execute(db);
  return r.rows;
}

/** The month of each provider's latest roll-up (absent: none). */
export async function latestRollups(db: Db, providerIds: string[]): Promise<Map<string, string>> {
  if (!providerIds.length) return new Map();
  const rows = await db
    .selectFrom('certificates')
    .select(['account_id', (eb) => eb.fn.max<string>('month').as('month')])
    .where('account_id', 'in', providerIds)
    .where('kind', '=', 'rollup')
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((r) => [r.account_id, r.month]));
}

/** Assigns waiting members to the roll-up that sums them (once: only members still waiting). */
export async function assignRollupMembers(db: Db, rollupId: string, providerId: string, certificateIds: string[]): Promise<void> {
  await sql`
    UPDATE rollup_members SET rollup_id = ${rollupId}::uuid
    WHERE provider_id = ${providerId}::uuid AND certificate_id = ANY(${certificateIds}::uuid[]) AND rollup_id IS NULL`.execute(db);
}

/** The stored shares of these certificates. */
export async function sharesOf(db: Db, certificateIds: string[]): Promise<Array<{ id: string; shares: CertificateShare[] }>> {
  if (!certificateIds.length) return [];
  const r = await sql<{ id: string; shares: CertificateShare[] }>`
    SELECT id, shares FROM certificates WHERE id = ANY(${certificateIds}::uuid[])`.execute(db);
  return r.rows;
}

/**
 * Of these accounts, the closed months (before `open`, the first open month) that the next close certifies: changed
 * since the account's last close (certification_pending), after its certified_through (earlier months are an
 * adjustment, no certificate of their own), with pages not yet certified. Bounded by what changed, as the close is.
 */
export async function monthsAwaitingCertificates(
  db: Db,
  accountIds: string[],
  open: string,
): Promise<Array<{ account_id: string; month: string }>> {
  if (!accountIds.length) return [];
  const r = await sql<{ account_id: string; month: string }>`
    SELECT p.account_id, to_char(p.month, 'YYYY-MM-DD') AS month
    FROM certification_pending p
    LEFT JOIN account_certification c ON c.account_id = p.account_id
    WHERE p.account_id = ANY(${accountIds}::uuid[]) AND p.month < ${open}::date
      AND (c.certified_through IS NULL OR p.month > c.certified_through)
      AND ${accountMonthPagesSql(sql.ref('p.account_id'), sql.ref('p.month'))}
        > (SELECT coalesce(sum(l.pages), 0) FROM certificate_lines l WHERE l.account_id = p.account_id AND l.month = p.month)
    ORDER BY p.account_id, p.month`.execute(db);
  return r.rows;
}
