import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { DepositRow } from './deposit.js';
import { BadRequestError } from '../errors.js';
import { paperProfileOf } from '../standard-pages.js';
import { explainDeposit, type DepositRules, type ReviewDecision } from './deposit-rules.js';
import { depositStory } from './deposit-story.js';
import { findFeedForDeposits, lockFeed, recordReviewDecision } from './deposit-queries.js';
import { feedDeposits, recomputeDeposits } from './recompute.js';
import { loadReadings, rejectionsBetween } from '../readings/reading-queries.js';

/** Review of held anomalies and the explanation of feed deposits: both work from the stored readings. */
export function createDepositReview(deps: { db: Db; clock: Clock; rules: DepositRules }) {
  const { db, clock, rules } = deps;

  return {
    /**
     * The two readings a feed deposit is the difference of, each step of the formula in docs/domain.md, and what the
     * rules did (rule 8): the deposit's own reason, the readings between its base and its date that were ignored or
     * held, and the days that gave no valid answer.
     */
    async explain(d: DepositRow) {
      if (!d.feed_id || !d.base_date) return null;
      const feed = await findFeedForDeposits(db, d.feed_id);
      const readings = await loadReadings(db, d.feed_id);
      const base = readings.find((r) => r.date === d.base_date);
      const end = readings.find((r) => r.date === d.date);
      if (!base || !end) return null;
      const profile = paperProfileOf(feed);
      const computed = await feedDeposits(db, feed, profile, rules);
      const story = depositStory(computed, await rejectionsBetween(db, feed.id, d.base_date, d.date), d.date);
      if (!story) return null; // the stored row is older than the readings (a recomputation is under way)
      return { ...explainDeposit(base, end, profile), ...story };
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
        await recomputeDeposits(tx, feed, paperProfileOf(feed), clock.now(), rules, d.date);
      });
    },
  };
}

export type DepositReview = ReturnType<typeof createDepositReview>;
