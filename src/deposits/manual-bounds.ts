import { DateTime } from 'luxon';
import { localDate, PERIOD_ZONE } from '../calendar.js';
import { BadRequestError } from '../errors.js';

/**
 * Manual input has bounds (docs/domain.md, Manual deposits): a manual deposit is dated from 2000-01-01, or 10 years
 * before its account was created when that is later, up to today; and has at most MANUAL_DEPOSIT_MAX_PAGES pages.
 * Accounts carry no time zone of their own yet, so "today" and the creation date are local dates in the period zone.
 */
export const EARLIEST_MANUAL_DATE = '2000-01-01';
/** How many years before its account's creation a manual deposit may be dated (unless before EARLIEST_MANUAL_DATE). */
export const YEARS_BEFORE_ACCOUNT = 10;

export interface ManualDepositBounds {
  /** The first date allowed (YYYY-MM-DD), and why: the fixed floor or the account's creation. */
  earliest: string;
  earliestBy: 'floor' | 'account';
  /** The last date allowed: today (YYYY-MM-DD in the period zone). */
  latest: string;
  maxPages: number;
}

/**
 * The bounds of a manual deposit for an account created at `accountCreatedAt`, at the instant `now`. A creation on
 * 29 February goes back to 28 February ten years before (the month's last day).
 */
export function manualDepositBounds(p: { accountCreatedAt: Date; now: Date; maxPages: number }): ManualDepositBounds {
  const created = localDate(p.accountCreatedAt);
  const byAccount = DateTime.fromISO(created, { zone: 'utc' }).minus({ years: YEARS_BEFORE_ACCOUNT }).toISODate()!;
  const later = byAccount > EARLIEST_MANUAL_DATE;
  return {
    earliest: later ? byAccount : EARLIEST_MANUAL_DATE,
    earliestBy: later ? 'account' : 'floor',
    latest: localDate(p.now),
    maxPages: p.maxPages,
  };
}

const count = (n: number) => n.toLocaleString('en-GB');

/** Throws the 400 naming the field (reason date_out_of_bounds or pages_out_of_bounds) when the deposit is outside. */
export function checkManualDeposit(d: { date: string; pages: number }, b: ManualDepositBounds): void {
  if (d.date < b.earliest) {
    const why = b.earliestBy === 'account' ? ` (${YEARS_BEFORE_ACCOUNT} years before the account was created)` : '';
    throw new BadRequestError(`date: must be on or after ${b.earliest}${why}.`, { reason: 'date_out_of_bounds' });
  }
  if (d.date > b.latest)
    throw new BadRequestError(`date: must not be after ${b.latest} (today, ${PERIOD_ZONE}).`, { reason: 'date_out_of_bounds' });
  if (d.pages > b.maxPages) throw new BadRequestError(`pages: must be at most ${count(b.maxPages)}.`, { reason: 'pages_out_of_bounds' });
}
