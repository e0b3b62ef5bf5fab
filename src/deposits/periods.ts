import { DateTime } from 'luxon';

/** The time zone periods (days, months, quarters, years) are counted in until accounts carry their own. */
export const PERIOD_ZONE = 'Europe/London';

/** Local midnight starting a date (YYYY-MM-DD), as an API timestamp (e.g. 2026-06-01 → "2026-05-31T23:00:00Z"). */
export function periodStart(date: string): string {
  return DateTime.fromISO(date, { zone: PERIOD_ZONE }).startOf('day').toUTC().toISO({ suppressMilliseconds: true })!;
}

/** The last second of the month starting on `month` (YYYY-MM-01), as an API timestamp. */
export function monthEnd(month: string): string {
  return DateTime.fromISO(month, { zone: PERIOD_ZONE }).endOf('month').startOf('second').toUTC().toISO({ suppressMilliseconds: true })!;
}

/** YYYY-MM-01 of the month after `month`. */
export function nextMonth(month: string): string {
  return DateTime.fromISO(month).plus({ months: 1 }).toISODate()!;
}

/** The local date (YYYY-MM-DD) of an instant. */
export function localDate(at: Date): string {
  return DateTime.fromJSDate(at).setZone(PERIOD_ZONE).toISODate()!;
}
