import { DateTime } from 'luxon';
import type { Clock } from '../clock.js';
import { englandAndWalesBankHolidays } from './bank-holidays.js';

/**
 * Calendar dates as day numbers (days since 1970-01-01), the simulator's only representation of a date.
 * Pure integer arithmetic: nothing here depends on the machine's time zone.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const PORTAL_ZONE = 'Europe/London';

/** A strict YYYY-MM-DD that names a real calendar date, or undefined. */
export function parseIsoDate(text: string): DayNumber | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const dom = Number(m[3]);
  if (month < 1 || month > 12 || dom < 1 || dom > 31) return undefined;
  const ms = Date.UTC(year, month - 1, dom);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== dom) return undefined;
  return ms / MS_PER_DAY;
}

export function formatIsoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  dom: number;
}

/** Day number → year, month, day of month (Howard Hinnant's civil_from_days; integer arithmetic only). */
export function civilDate(day: DayNumber): CivilDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dom = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, dom };
}

/** Public holidays of England and Wales (bank holidays, substitute days included), computed once per year. */
export class BankHolidays {
  private readonly byYear = new Map<number, ReadonlySet<DayNumber>>();

  isHoliday(day: DayNumber, year = civilDate(day).year): boolean {
    let days = this.byYear.get(year);
    if (!days) {
      days = new Set(
        englandAndWalesBankHolidays(year)
          .map((iso) => parseIsoDate(iso))
          .filter((d): d is DayNumber => d !== undefined),
      );
      this.byYear.set(year, days);
    }
    return days.has(day);
  }
}

const CHUNK_BITS = 9; // 512 days per chunk

/**
 * Month, day of month and bank-holiday flag of every day, packed into 16 bits and computed in chunks of 512 days:
 * the fleet model reads them for every simulated day, so this lookup allocates nothing.
 */
export class DayFacts {
  private readonly chunks = new Map<number, Uint16Array>();
  private readonly holidays = new BankHolidays();

  /** Packed facts: decode with monthOf, domOf and isHolidayFact. */
  of(day: DayNumber): number {
    const chunk = day >> CHUNK_BITS;
    let facts = this.chunks.get(chunk);
    if (!facts) {
      facts = new Uint16Array(1 << CHUNK_BITS);
      for (let i = 0; i < facts.length; i++) {
        const d = (chunk << CHUNK_BITS) + i;
        const { year, month, dom } = civilDate(d);
        facts[i] = dom | (month << 5) | (this.holidays.isHoliday(d, year) ? 1 << 9 : 0);
      }
      this.chunks.set(chunk, facts);
    }
    return facts[day - (chunk << CHUNK_BITS)]!;
  }
}

export const domOf = (facts: number): number => facts & 31;
export const monthOf = (facts: number): number => (facts >> 5) & 15;
export const isHolidayFact = (facts: number): boolean => (facts & (1 << 9)) !== 0;

/**
 * The simulator's "today" in the portal's time zone: either a fixed date, or the clock's date in Europe/London
 * (cached until the next London midnight, so the hot path does no time-zone arithmetic).
 */
export class PortalToday {
  private fixed: DayNumber | undefined;
  private cached: { day: DayNumber; fromMs: number; untilMs: number } | undefined;

  constructor(
    private readonly clock: Clock,
    fixed?: DayNumber,
  ) {
    this.fixed = fixed;
  }

  get(): DayNumber {
    if (this.fixed !== undefined) return this.fixed;
    const nowMs = this.clock.now().getTime();
    const c = this.cached;
    if (c && nowMs >= c.fromMs && nowMs < c.untilMs) return c.day;
    const local = DateTime.fromMillis(nowMs, { zone: PORTAL_ZONE });
    const start = local.startOf('day');
    const day = parseIsoDate(start.toISODate() ?? '');
    if (day === undefined) throw new Error('cannot tell the date in Europe/London');
    this.cached = { day, fromMs: start.toMillis(), untilMs: start.plus({ days: 1 }).toMillis() };
    return day;
  }

  /** Pins today to a date (tests, demos); it no longer follows the clock. */
  set(day: DayNumber): void {
    this.fixed = day;
  }

  isFixed(): boolean {
    return this.fixed !== undefined;
  }
}
