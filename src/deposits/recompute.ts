import { addDays } from '../calendar.js';
import type { PaperProfile } from '../standard-pages.js';
import type { Db } from '../db/database.js';
import { loadReadings } from '../readings/reading-queries.js';
import { loadReviewDecisions, upsertFeedDeposits } from './deposit-queries.js';
import { computeDeposits, type DepositRules } from './deposit-rules.js';

/** What recomputing needs of a feed. */
export interface DepositFeed {
  id: string;
  account_id: string;
  activation_date: string;
}

/**
 * Recomputes a feed's deposits from all its stored readings (a pure function of them and the review decisions:
 * deposit-rules.ts) and writes the differences. Runs inside the caller's transaction: the collector's batch, or a
 * review decision.
 */
export async function recomputeDeposits(tx: Db, feed: DepositFeed, profile: PaperProfile, now: Date, rules: DepositRules): Promise<void> {
  await upsertFeedDeposits(tx, feed, await feedDeposits(tx, feed, profile, rules), now);
}

/** The feed's deposits as the rules give them from its readings since the day before activation (written or not). */
export async function feedDeposits(db: Db, feed: DepositFeed, profile: PaperProfile, rules: DepositRules) {
  const base = addDays(feed.activation_date, -1);
  const readings = (await loadReadings(db, feed.id)).filter((r) => r.date >= base);
  return computeDeposits(readings, profile, await loadReviewDecisions(db, feed.id), rules);
}
