import { addDays } from '../calendar.js';
import type { PaperProfile } from '../standard-pages.js';
import type { Db } from '../db/database.js';
import { readingsBetween } from '../readings/reading-queries.js';
import {
  feedDepositStates,
  feedDepositsWithPages,
  firstFeedDepositWithPages,
  loadReviewDecisions,
  upsertFeedDeposits,
} from './deposit-queries.js';
import type { DepositRules } from './deposit-rules.js';
import { depositsFrom, type FeedHistory, type Recomputed } from './incremental.js';

/** What recomputing needs of a feed. */
export interface DepositFeed {
  id: string;
  account_id: string;
  activation_date: string;
}

/**
 * Recomputes a feed's deposits from its stored readings (a pure function of them and the review decisions:
 * deposit-rules.ts) and writes the differences. With `changedFrom` (the earliest date whose reading or review decision
 * is new or changed), only from a little before it (incremental.ts): the same deposits, at a cost that does not grow
 * with the feed's history. Runs inside the caller's transaction: the collector's batch, or a review decision.
 */
export async function recomputeDeposits(
  tx: Db,
  feed: DepositFeed,
  profile: PaperProfile,
  now: Date,
  rules: DepositRules,
  changedFrom?: string,
): Promise<Recomputed> {
  const result = await depositsFrom(feedHistory(tx, feed), changedFrom ?? '0001-01-01', profile, rules);
  await upsertFeedDeposits(tx, feed, result.deposits, now);
  return result;
}

/** The feed's deposits as the rules give them from all its readings since the day before activation (not written). */
export async function feedDeposits(db: Db, feed: DepositFeed, profile: PaperProfile, rules: DepositRules) {
  return (await depositsFrom(feedHistory(db, feed), '0001-01-01', profile, rules)).deposits;
}

/** A feed's stored readings (from the day before activation) and deposits, as incremental.ts reads them. */
function feedHistory(db: Db, feed: DepositFeed): FeedHistory {
  const base = addDays(feed.activation_date, -1);
  const from = (date: string) => (date > base ? date : base);
  return {
    readingsBefore: (date, count) => readingsBetween(db, feed.id, { from: base, before: date, limit: count, last: true }),
    readingsFrom: (date) => readingsBetween(db, feed.id, { from: from(date) }),
    firstReadings: (count) => readingsBetween(db, feed.id, { from: base, limit: count }),
    reading: async (date) =>
      date < base ? undefined : (await readingsBetween(db, feed.id, { from: date, limit: 1 })).find((r) => r.date === date),
    deposits: (dates) => feedDepositStates(db, feed.id, dates),
    depositsWithPages: (f, through) => feedDepositsWithPages(db, feed.id, f, through),
    firstDepositWithPages: (through) => firstFeedDepositWithPages(db, feed.id, through),
    allReadings: () => readingsBetween(db, feed.id, { from: base }),
    decisions: (f) => loadReviewDecisions(db, feed.id, f ?? undefined),
  };
}
