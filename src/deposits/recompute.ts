import { addDays } from '../calendar.js';
import type { PaperProfile } from '../standard-pages.js';
import type { Db } from '../db/database.js';
import { loadReadings } from '../readings/reading-queries.js';
import { loadReviewDecisions, upsertFeedDeposits } from './deposit-queries.js';
import { computeDeposits } from './deposit-rules.js';

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
export async function recomputeDeposits(tx: Db, feed: DepositFeed, profile: PaperProfile, now: Date): Promise<void> {
  const base = addDays(feed.activation_date, -1);
  const readings = (await loadReadings(tx, feed.id)).filter((r) => r.date >= base);
  const deposits = computeDeposits(readings, profile, await loadReviewDecisions(tx, feed.id));
  await upsertFeedDeposits(tx, feed, deposits, now);
}
