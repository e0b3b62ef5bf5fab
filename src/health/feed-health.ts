import { businessDaysBetween } from '../calendar.js';

/** A feed whose counters have not changed for this many business days is unhealthy ("DCA stale"). */
export const STALE_AFTER_BUSINESS_DAYS = 3;

export interface FeedHealthVerdict {
  health: 'healthy' | 'unhealthy' | 'pending';
  reason: string | null;
}

/**
 * Feed health from its data (docs/domain.md, Health): `lastChange` is the last date the counters moved (null: never yet),
 * `latest` the last date collected. Before the first change a feed is judged from its activation date.
 */
export function feedHealth(opts: {
  lastChange: string | null;
  activationDate: string;
  latest: string | null;
  region: string;
}): FeedHealthVerdict {
  if (opts.latest === null) return { health: 'pending', reason: null };
  const since = opts.lastChange ?? opts.activationDate;
  const quiet = businessDaysBetween(since, opts.latest, opts.region);
  if (quiet >= STALE_AFTER_BUSINESS_DAYS) {
    return {
      health: 'unhealthy',
      reason: `DCA stale: no new data for ${quiet} business days (last change ${opts.lastChange ?? 'never'}).`,
    };
  }
  return { health: 'healthy', reason: null };
}
