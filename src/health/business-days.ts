import Holidays from 'date-holidays';
import { addDays } from '../collector/sync-plan.js';
import { BadRequestError } from '../errors.js';

/**
 * Business days (DOMAIN.md, Health): not Saturday or Sunday, and not a public holiday of the server's region
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
