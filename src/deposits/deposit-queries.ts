import { sql, type Insertable, type RawBuilder } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { DepositsTable } from '../db/schema.js';
import type { DepositRow } from './deposit.js';
import type { StoredDepositState } from './incremental.js';
import type { ComputedDeposit, ReviewDecision } from './deposit-rules.js';

/**
 * Every write to the deposits table, and every read of it (the deposit routes, page totals, month close). Nothing
 * outside src/deposits/ touches the table (test/architecture.test.ts checks it).
 */

/** The deposit if its account lies in the subtree rooted at `scopeRootId` (itself included). */
export async function findDepositInSubtree(db: Db, scopeRootId: string, id: string): Promise<DepositRow | undefined> {
  return db
    .selectFrom('deposits as d')
    .innerJoin('accounts as a', 'a.id', 'd.account_id')
    .selectAll('d')
    .where('d.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/**
 * An account's deposits (or, with `includeDescendants`, its subtree's) dated within [from, to] (each bound
 * optional), unordered (a listing orders and pages them).
 */
export function depositsQuery(db: Db, f: { accountId: string; includeDescendants: boolean; from?: string; to?: string }) {
  let query = db.selectFrom('deposits as d').innerJoin('accounts as a', 'a.id', 'd.account_id').selectAll('d');
  query = f.includeDescendants ? query.where(inSubtreeOf(f.accountId)) : query.where('d.account_id', '=', f.accountId);
  if (f.from) query = query.where('d.date', '>=', f.from);
  if (f.to) query = query.where('d.date', '<=', f.to);
  return query;
}

/**
 * Standard pages of the subtree rooted at `accountId` per day or per month (`period`: YYYY-MM-DD, the month's first
 * day when monthly) for deposits dated within [from, to] (each bound optional), unordered (a listing orders them).
 */
export function volumeQuery(db: Db, f: { accountId: string; period: 'daily' | 'monthly'; from?: string; to?: string }) {
  const bucket =
    f.period === 'monthly' ? sql<string>`to_char(date_trunc('month', d.date), 'YYYY-MM-DD')` : sql<string>`to_char(d.date, 'YYYY-MM-DD')`;
  let query = db
    .selectFrom('deposits as d')
    .innerJoin('accounts as a', 'a.id', 'd.account_id')
    .select([bucket.as('period'), sql<string>`sum(d.standard_pages)`.as('pages')])
    .where(inSubtreeOf(f.accountId));
  if (f.from) query = query.where('d.date', '>=', f.from);
  if (f.to) query = query.where('d.date', '<=', f.to);
  return query.groupBy(bucket);
}

/** A still spell of a feed (its counters did not move) is a stale spell, no new data, from this many weekdays on. */
export const STALE_SPELL_WEEKDAYS = 3;
/** A deposit first written within this many days of its date's end and rewritten with pages later is a late catch-up. */
export const LATE_WRITE_DAYS = 5;
/** Whether the days from `first` through `last` (dates; null: none) include STALE_SPELL_WEEKDAYS weekdays. */
function weekdaysAtLeast(first: RawBuilder<unknown>, last: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`coalesce((${last}) - (${first}) >= ${STALE_SPELL_WEEKDAYS - 1}::int AND (
    SELECT count(*) FROM generate_series((${first})::timestamp, (${last})::timestamp, interval '1 day') g WHERE extract(isodow FROM g) < 6
  ) >= ${STALE_SPELL_WEEKDAYS}::int, false)`;
}

/** How far past `to` a feed's deposits are read to tell whether a still spell that reaches `to` lasts long enough. */
const LOOK_AHEAD_DAYS = 14;

/**
 * volumeQuery with each period's coverage (the Volume object's `coverage`). Per feed deposit:
 * - still: deposited with raw_pages 0 (the counters did not move); covered_days says since when (date − covered_days is
 *   the day they last moved). A feed's still days and the deposit that ends them form a spell;
 * - stale: a still day of a spell whose still days include STALE_SPELL_WEEKDAYS weekdays (the health rule's 3 business
 *   days of "DCA stale", public holidays not excluded here): no new data, not a zero;
 * - catch-up: a deposit whose counters moved after standing still (no reading, or readings that did not move) for
 *   STALE_SPELL_WEEKDAYS weekdays or more: the one that ends a stale spell, its pages covering the spell (covered_days,
 *   as the deposit rules compare it); or a deposit with pages first written within
 *   LATE_WRITE_DAYS of its day (so not a backfill) and rewritten with pages after that (a cached catch-up: the portal's
 *   history filled in after it recovered), unless a review decision rewrote it (an approved anomaly).
 * A day counts as stale only when all its deposits are stale. A real zero (a deposit of 0 that is not stale) is data.
 */
export function volumeCoverageQuery(db: Db, f: { accountId: string; period: 'daily' | 'monthly'; from?: string; to?: string }) {
  const bucket = f.period === 'monthly' ? sql`to_char(date_trunc('month', day), 'YYYY-MM-DD')` : sql`to_char(day, 'YYYY-MM-DD')`;
  const from = f.from ? sql`AND d.date >= ${f.from}::date` : sql``;
  const ahead = f.to ? sql`AND d.date <= ${f.to}::date + ${LOOK_AHEAD_DAYS}::int` : sql``;
  const inRange = sql.join(
    [sql`true`, ...(f.from ? [sql`day >= ${f.from}::date`] : []), ...(f.to ? [sql`day <= ${f.to}::date`] : [])],
    sql` AND `,
  );
  const q = sql<{
    period: string;
    pages: string;
    days_with_data: string;
    stale_days: string;
    catch_up_pages: string;
    last_data_date: string | null;
  }>`(
    WITH marked AS (
      SELECT d.feed_id, d.date AS day, d.standard_pages, d.covered_days,
        (d.feed_id IS NOT NULL AND d.status = 'deposited' AND d.raw_pages = 0) AS still,
        (d.feed_id IS NOT NULL AND d.standard_pages > 0
          AND d.created_at <= (d.date + ${LATE_WRITE_DAYS + 1}::int)::timestamp AT TIME ZONE 'Europe/London'
          AND d.updated_at > (d.date + ${LATE_WRITE_DAYS + 1}::int)::timestamp AT TIME ZONE 'Europe/London'
          AND NOT EXISTS (SELECT 1 FROM deposit_reviews r WHERE r.feed_id = d.feed_id AND r.date = d.date)) AS late
      FROM deposits d JOIN accounts a ON a.id = d.account_id
      WHERE a.ancestry @> ARRAY[${f.accountId}::uuid] ${from} ${ahead}
    ), spells AS (
      SELECT *, count(*) FILTER (WHERE NOT still) OVER (PARTITION BY feed_id ORDER BY day) - (CASE WHEN still THEN 0 ELSE 1 END) AS spell
      FROM marked
    ), spans AS (
      SELECT *,
        min(day - covered_days) FILTER (WHERE still) OVER (PARTITION BY feed_id, spell) + 1 AS still_from,
        max(day) FILTER (WHERE still) OVER (PARTITION BY feed_id, spell) AS still_to
      FROM spells
    ), judged AS (
      SELECT day, standard_pages,
        (still AND ${weekdaysAtLeast(sql`still_from`, sql`still_to`)}) AS stale,
        ((NOT still AND feed_id IS NOT NULL AND ${weekdaysAtLeast(sql`day - covered_days + 1`, sql`day - 1`)}) OR late) AS catch_up
      FROM spans
    ), days AS (
      SELECT day, sum(standard_pages) AS pages, bool_and(stale) AS stale,
        coalesce(sum(standard_pages) FILTER (WHERE catch_up), 0) AS catch_up_pages
      FROM judged WHERE ${inRange}
      GROUP BY day
    )
    SELECT ${bucket} AS period, sum(pages) AS pages,
      count(*) FILTER (WHERE NOT stale) AS days_with_data, count(*) FILTER (WHERE stale) AS stale_days,
      sum(catch_up_pages) AS catch_up_pages, to_char(max(day) FILTER (WHERE NOT stale), 'YYYY-MM-DD') AS last_data_date
    FROM days GROUP BY 1
  )`;
  return db.selectFrom(q.as('v')).selectAll();
}

/**
 * Standard pages of each account's subtree (itself included): deposits dated from `since.month`, `since.quarter`,
 * `since.year` (YYYY-MM-DD), and all of them. Accounts whose subtree has no deposit are absent.
 */
export async function subtreePageSums(
  db: Db,
  accountIds: string[],
  since: { month: string; quarter: string; year: string },
): Promise<Array<{ id: string; mtd: string; qtd: string; ytd: string; ltd: string }>> {
  return db
    .selectFrom('accounts as root')
    .innerJoin('accounts as a', (j) => j.on(sql<boolean>`a.ancestry @> ARRAY[root.id]`))
    .innerJoin('deposits as d', 'd.account_id', 'a.id')
    .select([
      'root.id as id',
      sql<string>`coalesce(sum(d.standard_pages) FILTER (WHERE d.date >= ${since.month}::date), 0)`.as('mtd'),
      sql<string>`coalesce(sum(d.standard_pages) FILTER (WHERE d.date >= ${since.quarter}::date), 0)`.as('qtd'),
      sql<string>`coalesce(sum(d.standard_pages) FILTER (WHERE d.date >= ${since.year}::date), 0)`.as('ytd'),
      sql<string>`coalesce(sum(d.standard_pages), 0)`.as('ltd'),
    ])
    .where('root.id', 'in', accountIds)
    .groupBy('root.id')
    .execute();
}

/** What reviewing and explaining a feed's deposits need of the feed and its server. */
export async function findFeedForDeposits(db: Db, feedId: string) {
  return db
    .selectFrom('feeds as f')
    .innerJoin('servers as s', 's.id', 'f.server_id')
    .select(['f.id', 'f.account_id', 'f.activation_date', 's.paper_profile'])
    .where('f.id', '=', feedId)
    .executeTakeFirstOrThrow();
}

/** Locks the feed's row until the end of the transaction `tx` (one recomputation of a feed at a time). */
export async function lockFeed(tx: Db, feedId: string): Promise<void> {
  await tx.selectFrom('feeds').select('id').where('id', '=', feedId).forUpdate().execute();
}

/**
 * Writes a feed's computed deposits: one row per (feed, date), rewritten only where the figures changed, so
 * recomputing from the same readings writes nothing and re-running a collection never changes a total.
 */
export async function upsertFeedDeposits(
  db: Db,
  feed: { id: string; account_id: string },
  deposits: ComputedDeposit[],
  now: Date,
): Promise<number> {
  if (!deposits.length) return 0;
  const result = await sql`
    INSERT INTO deposits AS d
      (account_id, feed_id, date, pages, standard_pages, status, base_date, raw_pages, covered_days, created_at, updated_at)
    SELECT ${feed.account_id}::uuid, ${feed.id}::uuid, dt, pg, pg, st, bd, rp, cd, ${now}::timestamptz, ${now}::timestamptz
    FROM unnest(${deposits.map((x) => x.date)}::date[], ${deposits.map((x) => x.pages)}::bigint[], ${deposits.map((x) => x.status)}::text[],
                ${deposits.map((x) => x.baseDate)}::date[], ${deposits.map((x) => x.rawPages)}::bigint[],
                ${deposits.map((x) => x.coveredDays)}::int[])
         AS t(dt, pg, st, bd, rp, cd)
    ON CONFLICT (feed_id, date) WHERE feed_id IS NOT NULL DO UPDATE SET
      pages = EXCLUDED.pages, standard_pages = EXCLUDED.standard_pages, status = EXCLUDED.status, base_date = EXCLUDED.base_date,
      raw_pages = EXCLUDED.raw_pages,
      covered_days = EXCLUDED.covered_days, updated_at = EXCLUDED.updated_at
    WHERE (d.pages, d.status, d.base_date, d.raw_pages, d.covered_days)
      IS DISTINCT FROM (EXCLUDED.pages, EXCLUDED.status, EXCLUDED.base_date, EXCLUDED.raw_pages, EXCLUDED.covered_days)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** A feed's review decisions on held anomalies, by date (those dated on or after `from`, when given). */
export async function loadReviewDecisions(db: Db, feedId: string, from?: string): Promise<Map<string, ReviewDecision>> {
  let q = db.selectFrom('deposit_reviews').select(['date', 'decision']).where('feed_id', '=', feedId);
  if (from !== undefined) q = q.where('date', '>=', from);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.date, r.decision]));
}

/** What recomputing from the middle of a feed needs of its stored deposits of these dates (incremental.ts). */
export async function feedDepositStates(db: Db, feedId: string, dates: readonly string[]): Promise<Map<string, StoredDepositState>> {
  if (!dates.length) return new Map();
  const rows = await db
    .selectFrom('deposits')
    .select(['date', 'status', 'pages', 'base_date', 'covered_days'])
    .where('feed_id', '=', feedId)
    .where('date', 'in', [...dates])
    .execute();
  return new Map(
    rows.map((r) => [r.date, { status: r.status, pages: Number(r.pages), baseDate: r.base_date, coveredDays: r.covered_days }]),
  );
}

/** A feed's deposits with pages > 0 dated from `from` through `through`, in date order. */
export async function feedDepositsWithPages(db: Db, feedId: string, from: string, through: string) {
  const rows = await db
    .selectFrom('deposits')
    .select(['date', 'pages', 'covered_days'])
    .where('feed_id', '=', feedId)
    .where('date', '>=', from)
    .where('date', '<=', through)
    .where('pages', '>', '0')
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, pages: Number(r.pages), coveredDays: r.covered_days ?? 1 }));
}

/** The date of a feed's first deposit with pages > 0 on or before `through`, or null. */
export async function firstFeedDepositWithPages(db: Db, feedId: string, through: string): Promise<string | null> {
  const row = await db
    .selectFrom('deposits')
    .select('date')
    .where('feed_id', '=', feedId)
    .where('date', '<=', through)
    .where('pages', '>', '0')
    .orderBy('date')
    .limit(1)
    .executeTakeFirst();
  return row?.date ?? null;
}

/** Records (or changes) the decision on a held anomaly. */
export async function recordReviewDecision(
  db: Db,
  r: { feedId: string; date: string; decision: ReviewDecision; at: Date; by: string | null },
): Promise<void> {
  await db
    .insertInto('deposit_reviews')
    .values({ feed_id: r.feedId, date: r.date, decision: r.decision, decided_at: r.at, decided_by: r.by })
    .onConflict((oc) => oc.columns(['feed_id', 'date']).doUpdateSet({ decision: r.decision, decided_at: r.at, decided_by: r.by }))
    .execute();
}

/** A feed starts over (its portal customer or activation date changed): its deposits and held deposits go. */
export async function deleteFeedDeposits(db: Db, feedId: string): Promise<void> {
  await db.deleteFrom('deposits').where('feed_id', '=', feedId).execute();
  await db.deleteFrom('deposit_reviews').where('feed_id', '=', feedId).execute();
}

/** A manual deposit (POST /v1/deposits). */
export async function insertManualDeposit(db: Db, d: Insertable<DepositsTable>) {
  return db.insertInto('deposits').values(d).returningAll().executeTakeFirstOrThrow();
}

export async function deleteDeposit(db: Db, id: string): Promise<void> {
  await db.deleteFrom('deposits').where('id', '=', id).execute();
}

/**
 * Standard pages of each given (account, month) (months YYYY-MM-01; 0 for a month without deposits), for the month
 * close: it reads only the months that changed (certification_pending, kept up by the deposits' triggers in
 * src/db/migrations/0010_certificate_integrity.ts), each through the (account_id, date) index.
 */
export async function pagesOfMonths(
  db: Db,
  months: Array<{ account_id: string; month: string }>,
): Promise<Array<{ account_id: string; month: string; pages: string }>> {
  if (!months.length) return [];
  const r = await sql<{ account_id: string; month: string; pages: string }>`
    SELECT m.account_id, to_char(m.month, 'YYYY-MM-DD') AS month, coalesce(sum(d.standard_pages), 0) AS pages
    FROM unnest(${months.map((m) => m.account_id)}::uuid[], ${months.map((m) => m.month)}::date[]) AS m(account_id, month)
    LEFT JOIN deposits d ON d.account_id = m.account_id AND d.date >= m.month AND d.date < (m.month + interval '1 month')::date
    GROUP BY 1, 2`.execute(db);
  return r.rows;
}

/**
 * SQL for other features' queries (the month close's): the standard pages account `account` deposited in the month
 * that starts on `month` (both column references of the calling query). The deposits table stays this feature's.
 */
export function accountMonthPagesSql(account: RawBuilder<unknown>, month: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(SELECT coalesce(sum(d.standard_pages), 0) FROM deposits d
    WHERE d.account_id = ${account} AND d.date >= ${month} AND d.date < (${month} + interval '1 month')::date)`;
}
