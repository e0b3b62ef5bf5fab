import { addDays, businessDaysBetween } from '../calendar.js';
import { formatDay } from '../people-dates.js';

/** A feed whose counters have not changed, or whose reads have failed, for this many business days is unhealthy. */
export const STALE_AFTER_BUSINESS_DAYS = 3;

/** Why a feed is unhealthy (docs/domain.md, Health): the API's `health_reason`. */
export type FeedHealthReason = 'dca_stale' | 'invalid_data' | 'customer_missing' | 'portal_errors' | 'schema_changed';

export interface FeedHealthVerdict {
  health: 'healthy' | 'unhealthy' | 'pending';
  /** The message, in words. */
  reason: string | null;
  /** The machine-readable reason (null while healthy or pending). */
  code: FeedHealthReason | null;
}

const FAILURE_WORDS: Readonly<Record<Exclude<FeedHealthReason, 'dca_stale'>, string>> = {
  invalid_data: "the portal's answers failed validation",
  customer_missing: 'the portal does not know the customer (404)',
  portal_errors: 'every read from the portal failed',
  schema_changed: "the portal's answers changed shape (its API changed)",
};

/**
 * Feed health from its data (docs/domain.md, Health). `lastChange` is the last date the counters moved (null: never
 * yet), `latest` the last date collected (null: never synced), `yesterday` the server's yesterday. A feed that cannot
 * advance is unhealthy with the reason of its reads' failure (`readFailure` since `readFailureSince`) once that has
 * lasted 3 business days; otherwise a feed whose counters have not moved for 3 business days is "DCA stale". Before
 * the first change a feed is judged from its activation date.
 */
export function feedHealth(opts: {
  lastChange: string | null;
  activationDate: string;
  latest: string | null;
  region: string;
  readFailure?: Exclude<FeedHealthReason, 'dca_stale'> | null;
  readFailureSince?: string | null;
  yesterday?: string;
}): FeedHealthVerdict {
  if (opts.readFailure && opts.readFailureSince) {
    const through = opts.yesterday ?? opts.latest ?? opts.readFailureSince;
    const failing = businessDaysBetween(addDays(opts.readFailureSince, -1), through, opts.region); // the first failed day counts
    // A changed API does not heal by itself: it is news at once, not after 3 business days.
    if (failing >= STALE_AFTER_BUSINESS_DAYS || opts.readFailure === 'schema_changed') {
      return {
        health: 'unhealthy',
        code: opts.readFailure,
        reason:
          `The feed cannot advance: ${FAILURE_WORDS[opts.readFailure]} for ${failing} business day${failing === 1 ? '' : 's'} ` +
          `(since ${opts.readFailureSince}).`,
      };
    }
  }
  if (opts.latest === null) return { health: 'pending', reason: null, code: null };
  const since = opts.lastChange ?? opts.activationDate;
  const quiet = businessDaysBetween(since, opts.latest, opts.region);
  if (quiet >= STALE_AFTER_BUSINESS_DAYS) {
    return {
      health: 'unhealthy',
      code: 'dca_stale',
      reason: `DCA stale: no new data for ${quiet} business days (last change ${opts.lastChange ? formatDay(opts.lastChange) : 'never'}).`,
    };
  }
  return { health: 'healthy', reason: null, code: null };
}
