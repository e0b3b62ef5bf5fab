import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { DepositRow } from './deposit.js';
import { BadRequestError } from '../errors.js';
import { paperProfileOf } from '../standard-pages.js';
import { explainDeposit, type ReviewDecision } from './deposit-rules.js';
import { findFeedForDeposits, lockFeed, recordReviewDecision } from './deposit-queries.js';
import { recomputeDeposits } from './recompute.js';
import { loadReadings } from '../readings/reading-queries.js';

/** Review of held anomalies and the explanation of feed deposits: both work from the stored readings. */
export function createDepositReview(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    /** The two readings a feed deposit is the difference of, and each step of the formula in docs/domain.md. */
    async explain(d: DepositRow) {
      if (!d.feed_id || !d.base_date) return null;
      const feed = await findFeedForDeposits(db, d.feed_id);
      const readings = await loadReadings(db, d.feed_id);
      const base = readings.find((r) => r.date === d.base_date);
      const end = readings.find((r) => r.date === d.date);
      if (!base || !end) return null;
      return explainDeposit(base, end, paperProfileOf(feed));
    },

    /**
     * Approves (deposits the full difference) or rejects (deposits 0 and re-bases) a held anomaly, then recomputes the
     * feed's deposits from its readings, in one transaction.
     */
    async decide(d: DepositRow, decision: ReviewDecision, userId: string | null): Promise<void> {
      if (!d.feed_id) throw new BadRequestError('Only deposits collected from a feed are reviewed.');
      if (d.status !== 'held') throw new BadRequestError(`This deposit is ${d.status}, not held for review.`);
      await db.transaction().execute(async (tx) => {
        const feed = await findFeedForDeposits(tx, d.feed_id!);
        await lockFeed(tx, feed.id);
        await recordReviewDecision(tx, { feedId: feed.id, date: d.date, decision, at: clock.now(), by: userId });
        await recomputeDeposits(tx, feed, paperProfileOf(feed), clock.now());
      });
    },
  };
}

export type DepositReview = ReturnType<typeof createDepositReview>;
