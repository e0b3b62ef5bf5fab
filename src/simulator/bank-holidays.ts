/**
 * Bank holidays of England and Wales, by the gov.uk rules, with the one-off changes since 1995. Computed rather
 * than taken from date-holidays at run time: that package loads every country's rules (~20 MB of resident memory),
 * which alone would break the simulator's memory budget. The tests check this table against date-holidays.
 *
 * Like date-holidays, the fixed-date holidays are listed on their own date even at a weekend, plus the weekday
 * that substitutes for them.
 */

/** Calendar days as [year, month (1–12), day]. */
type Ymd = readonly [number, number, number];

/** Changes to the regular pattern: moved holidays and extra ones. */
const MOVED: Readonly<Record<string, string>> = {
  '1995-05-01': '1995-05-08', // VE Day 50th anniversary
  '2002-05-27': '2002-06-04', // Golden Jubilee
  '2012-05-28': '2012-06-04', // Diamond Jubilee
  '2020-05-04': '2020-05-08', // VE Day 75th anniversary
  '2022-05-30': '2022-06-02', // Platinum Jubilee
};
const EXTRA: Readonly<Record<number, readonly string[]>> = {
  1999: ['1999-12-31'], // Millennium
  2002: ['2002-06-03'], // Golden Jubilee
  2011: ['2011-04-29'], // Royal wedding
  2012: ['2012-06-05'], // Diamond Jubilee
  2022: ['2022-06-03', '2022-09-19'], // Platinum Jubilee, State Funeral of Queen Elizabeth II
  2023: ['2023-05-08'], // Coronation of King Charles III
};

/** The bank holidays of a year (from 1978, when the early May holiday began), as YYYY-MM-DD, in date order. */
export function englandAndWalesBankHolidays(year: number): string[] {
  const days: Ymd[] = [];
  const weekdayOf = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d)).getUTCDay();
  const add = (m: number, d: number) => days.push([year, m, d]);

  add(1, 1);
  if (weekdayOf(1, 1) === 6) add(1, 3);
  if (weekdayOf(1, 1) === 0) add(1, 2);

  const [em, ed] = easterSunday(year);
  const easter = Date.UTC(year, em - 1, ed);
  pushUtc(days, easter - 2 * DAY);
  pushUtc(days, easter + DAY);

  add(5, firstMonday(year, 5));
  add(5, lastMonday(year, 5));
  add(8, lastMonday(year, 8));

  add(12, 25);
  add(12, 26);
  const christmas = weekdayOf(12, 25);
  if (christmas === 6) {
    add(12, 27); // Sat/Sun: Monday and Tuesday substitute
    add(12, 28);
  }
  if (christmas === 0) add(12, 27); // Sunday: Boxing Day is Monday, Christmas moves to Tuesday
  if (christmas === 5) add(12, 28); // Boxing Day on Saturday: Monday substitutes

  const iso = days.map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`).map((day) => MOVED[day] ?? day);
  return [...iso, ...(EXTRA[year] ?? [])].sort();
}

const DAY = 86_400_000;

function pushUtc(days: Ymd[], ms: number): void {
  const d = new Date(ms);
  days.push([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
}

function firstMonday(year: number, month: number): number {
  const wd = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((8 - wd) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - ((last.getUTCDay() + 6) % 7);
}

/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher) as [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
