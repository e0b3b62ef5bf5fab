import { now } from './clock';
/**
 * Display helpers: numbers, dates (periods are counted in Europe/London, like the API), durations. Dates for people
 * have one format: a day "7 Oct 2026" (formatDay; "7 Oct" where the year is plain), a month "October 2026", an instant
 * "7 Oct 2026, 14:05 BST" (formatDateTime, London time). ISO dates stay in inputs and API calls.
 */

export const TIME_ZONE = 'Europe/London';

const pagesFmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const treesFmt = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 2469134 → "2,469,134". */
export function formatPages(n: number): string {
  return pagesFmt.format(n);
}

/** 296.3123 → "296.31" (trees are always shown with two decimals). */
export function formatTrees(n: number): string {
  return treesFmt.format(n);
}

/** 1 → "1 day", 1200 → "1,200 days": a count and its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${pagesFmt.format(n)} ${n === 1 ? one : many}`;
}

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The London calendar date of an instant, as 'YYYY-MM-DD'. */
export function londonDate(instant: string | Date): string {
  return londonDay.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Today in London, 'YYYY-MM-DD'. */
export function today(): string {
  return londonDate(now());
}

/** 'YYYY-MM-DD' + n days (calendar arithmetic in UTC, no time zone surprises). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' + n months, on the first of the month. */
export function addMonths(date: string, n: number): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b ('YYYY-MM-DD'); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/** '2026-10-01' → "October 2026". */
export function formatMonth(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

/** '2026-10-01' → "Oct 26". */
export function formatShortMonth(date: string): string {
  return `${SHORT_MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(2, 4)}`;
}

/** '2026-10-07' → "7 Oct 2026". */
export function formatDay(date: string): string {
  return `${Number(date.slice(8, 10))} ${SHORT_MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

/** '2026-10-07' → "7 Oct". */
export function formatShortDay(date: string): string {
  return `${Number(date.slice(8, 10))} ${SHORT_MONTHS[Number(date.slice(5, 7)) - 1] ?? ''}`;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/**
 * An instant as people read it everywhere (the dashboard and the e-mails: src/notifications/people-dates.ts):
 * "7 Oct 2026, 14:05 BST", in London time (the period zone) with its name, GMT in winter. Built from numbers, not
 * from Intl's words, so every browser writes the same ("Sep", never "Sept").
 */
export function formatDateTime(instant: string | null): string {
  if (!instant) return '—';
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const p = Object.fromEntries(londonParts.formatToParts(at).map((x) => [x.type, x.value]));
  const [year, month, day, hour, minute] = [p.year, p.month, p.day, p.hour, p.minute].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
  const zone = offset === 0 ? 'GMT' : offset === 60 ? 'BST' : `UTC${offset < 0 ? '-' : '+'}${Math.abs(offset) / 60}`;
  return `${day} ${SHORT_MONTHS[month - 1] ?? ''} ${year}, ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${zone}`;
}

/** An instant's London day as "7 Oct 2026" (when the time of day does not matter). */
export function formatInstantDay(instant: string | null): string {
  return instant ? formatDay(londonDate(instant)) : '—';
}

/** "just now", "5 minutes ago", "3 days ago". */
export function formatAgo(instant: string | null, at = now().getTime()): string {
  if (!instant) return '—';
  const s = Math.round((at - Date.parse(instant)) / 1000);
  if (s < 45) return 'just now';
  const units: Array<[number, string]> = [
    [60, 'minute'],
    [3600, 'hour'],
    [86400, 'day'],
    [86400 * 30, 'month'],
    [86400 * 365, 'year'],
  ];
  let chosen: [number, string] = units[0]!;
  for (const u of units) if (s >= u[0]) chosen = u;
  const n = Math.max(1, Math.round(s / chosen[0]));
  return `${plural(n, chosen[1])} ago`;
}

/** 1532 → "1.5 s", 95000 → "1 min 35 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return m < 60 ? `${m} min ${s} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function accountName(a: { name: string; display_name: string | null }): string {
  return a.display_name || a.name;
}

/** 'https://portal.example.com/api' → "portal.example.com". */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Today's date in a time zone, 'YYYY-MM-DD'. */
export function todayIn(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now());
  } catch {
    return today();
  }
}
