import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { BadRequestError } from './errors.js';

/**
 * The calendar: dates as YYYY-MM-DD strings, business days by region, and the periods (days, months) certificates and
 * volumes are counted in. Every date rule of Canopy lives here (docs/domain.md).
 */

/** Calendar arithmetic on YYYY-MM-DD strings (UTC-free: a date is a date). */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
}

/** Yesterday in the portal's time zone: the last day a nightly sync collects. */
export function portalYesterday(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now).setZone(timeZone).minus({ days: 1 }).toISODate()!;
}

export function portalLocalHour(now: Date, timeZone: string): number {
  return DateTime.fromJSDate(now).setZone(timeZone).hour;
}

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

/**
 * Business days (docs/domain.md, Health): not Saturday or Sunday, and not a public holiday of the server's region
 * (`GB-ENG` = England and Wales by default; any country or `COUNTRY-STATE` code date-holidays knows).
 */
const calendars = new Map<string, Holidays>();

function calendar(region: string): Holidays {
  let h = calendars.get(region);
  if (!h) {
    const [country, state] = region.split('-');
    const known = country ? new Holidays().getStates(country) : undefined;
    if (!country || !new Holidays().getCountries()[country] || (state && !known?.[state])) {
      throw new BadRequestError(`holiday_region: unknown region ${region}.`);
    }
    h = state ? new Holidays(country, state) : new Holidays(country);
    calendars.set(region, h);
  }
  return h;
}

const holidayCache = new Map<string, boolean>();

export function isPublicHoliday(date: string, region: string): boolean {
  const key = `${region}:${date}`;
  let v = holidayCache.get(key);
  if (v === undefined) {
    const found = calendar(region).isHoliday(new Date(`${date}T12:00:00Z`));
    v = Array.isArray(found) && found.some((h) => h.type === 'public' || h.type === 'bank');
    holidayCache.set(key, v);
  }
  return v;
}

export function isBusinessDay(date: string, region: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date, region);
}

/** Business days in (after, through]: the days after `after` up to and including `through`. */
export function businessDaysBetween(after: string, through: string, region: string): number {
  let n = 0;
  for (let d = addDays(after, 1); d <= through; d = addDays(d, 1)) if (isBusinessDay(d, region)) n++;
  return n;
}
