import { DateTime } from 'luxon';
import { PERIOD_ZONE } from './calendar.js';

/**
 * Dates in e-mails, for people: the one server-side format, the same as the dashboard's (web/src/format.ts): a day
 * "25 Nov 2026", a month "November 2026", an instant "25 Nov 2026, 14:05 GMT" in the period zone (Europe/London,
 * "BST" in summer). API JSON and webhook bodies keep ISO dates.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-11-25' → "25 Nov 2026". */
export function formatDay(date: string): string {
  const m = ISO_DAY.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return `${Number(m[3])} ${SHORT_MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** '2026-03-01' → "March 2026". */
export function formatMonth(month: string): string {
  const m = ISO_DAY.exec(month);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD month: ${month}`);
  return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** The zone's name at that offset: GMT in winter, BST in summer (Europe/London is the only zone shown). */
function zoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  if (offsetMinutes === 60) return 'BST';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

/** An instant (Date or ISO timestamp) → "25 Nov 2026, 14:05 GMT" (Europe/London). */
export function formatDateTime(instant: Date | string): string {
  const d = (typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone(PERIOD_ZONE);
  if (!d.isValid) throw new RangeError(`Not an instant: ${String(instant)}`);
  const hh = String(d.hour).padStart(2, '0');
  const mm = String(d.minute).padStart(2, '0');
  return `${d.day} ${SHORT_MONTHS[d.month - 1]} ${d.year}, ${hh}:${mm} ${zoneName(d.offset)}`;
}

const ISO_INSTANT_IN_TEXT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
const ISO_DAY_IN_TEXT = /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;

/**
 * A message written elsewhere (a health reason: "… (last change 2026-04-02).") with its ISO dates and timestamps in
 * the people format, for an e-mail's text.
 */
export function datesInWords(text: string): string {
  return text.replace(ISO_INSTANT_IN_TEXT, (iso) => formatDateTime(iso)).replace(ISO_DAY_IN_TEXT, (iso) => formatDay(iso));
}
