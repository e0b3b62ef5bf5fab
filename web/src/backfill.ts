import { addDays, daysBetween, todayIn, TIME_ZONE } from './format';
import type { Feed } from './api/types';

export interface BackfillState {
  /** Days from the activation date to yesterday (the last day a sync can collect). */
  total: number;
  /** Days accounted for so far. */
  done: number;
  finished: boolean;
  /** 0..100 */
  percent: number;
}

/**
 * How far a feed's collection has come: days from its activation date to its checkpoint (synced_through), out of
 * the days up to yesterday in the server's time zone. A feed activated today or later has nothing to backfill.
 */
export function backfillState(feed: Pick<Feed, 'activated_at' | 'synced_through'>, timeZone = TIME_ZONE): BackfillState {
  const activation = feed.activated_at.slice(0, 10);
  const yesterday = addDays(todayIn(timeZone), -1);
  const total = Math.max(0, daysBetween(activation, yesterday) + 1);
  const done = feed.synced_through ? Math.min(total, Math.max(0, daysBetween(activation, feed.synced_through) + 1)) : 0;
  const finished = done >= total;
  return { total, done, finished, percent: total === 0 ? 100 : Math.floor((done / total) * 100) };
}
