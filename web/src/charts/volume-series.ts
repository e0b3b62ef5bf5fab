/**
 * What each period of a volume chart is (shared by VolumeCharts and ImpactChart): the API lists only periods with
 * deposits, and with coverage=true says which of their days had data (src/deposits/deposit-queries.ts,
 * volumeCoverageQuery). A chart draws:
 * - gap: no deposit at all (before activation, or nothing collected: "no-data"), or only a stale spell's days, when the
 *   feed had no new data ("stale"); never a zero bar;
 * - zero: data arrived and said 0 pages;
 * - partial: the running period (today's month, or today): its figures are so far, through `through`;
 * - catch-up: the period includes pages caught up after a stale spell (a jump covering the spell, or days rewritten late);
 * - data: anything else.
 */
import type { VolumePoint } from '../api/types';
import { addDays, addMonths, daysBetween, londonDate } from '../format';

export type PeriodState = 'gap' | 'zero' | 'partial' | 'catch-up' | 'data';
export type GapReason = 'no-data' | 'stale';

export interface PeriodRow {
  /** The period's first day, 'YYYY-MM-DD'. */
  date: string;
  point: VolumePoint | null;
  /** Null for a gap. */
  pages: number | null;
  trees: number | null;
  state: PeriodState;
  gap: GapReason | null;
  partial: boolean;
  catchUp: boolean;
  catchUpPages: number;
  /** Days of the period without new data (a stale spell), when the API said. */
  staleDays: number;
  /** The last day with data (for "partial: through 3 Dec"): the API's, or null when it did not say. */
  through: string | null;
}

function rowOf(date: string, point: VolumePoint | undefined, partial: boolean): PeriodRow {
  const c = point?.coverage;
  const gap: GapReason | null = !point ? 'no-data' : c && c.days_with_data === 0 ? 'stale' : null;
  const catchUp = Boolean(c && c.catch_up_pages > 0) && gap === null;
  const pages = gap ? null : (point?.pages ?? null);
  const state: PeriodState = gap ? 'gap' : partial ? 'partial' : catchUp ? 'catch-up' : pages === 0 ? 'zero' : 'data';
  return {
    date,
    point: point ?? null,
    pages,
    trees: gap ? null : (point?.trees ?? null),
    state,
    gap,
    partial,
    catchUp,
    catchUpPages: c?.catch_up_pages ?? 0,
    staleDays: c?.stale_days ?? 0,
    through: c?.last_data_date ?? null,
  };
}

/** One row per month from `first` (YYYY-MM-01), `count` months; `today` marks the running month partial. */
export function monthRows(points: readonly VolumePoint[], first: string, count: number, today: string): PeriodRow[] {
  const byMonth = new Map(points.map((p) => [londonDate(p.date).slice(0, 7), p]));
  const running = today.slice(0, 7);
  return Array.from({ length: count }, (_, i) => {
    const date = addMonths(first, i);
    return rowOf(date, byMonth.get(date.slice(0, 7)), date.slice(0, 7) === running);
  });
}

/** One row per day from `start` through `end`; `today` (if in range) is partial. */
export function dayRows(points: readonly VolumePoint[], start: string, end: string, today: string): PeriodRow[] {
  const byDay = new Map(points.map((p) => [londonDate(p.date), p]));
  const count = Math.max(1, daysBetween(start, end) + 1);
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(start, i);
    return rowOf(date, byDay.get(date), date === today);
  });
}

/** Months from `from` through `to` (both YYYY-MM-01), at least 1. */
export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}

/**
 * Even ticks: every `step`-th period back from the last, the step the smallest of `steps` that leaves each label at
 * least `minPx` pixels of a plot `widthPx` wide (every month, or every 2nd, 3rd… month, never skipped at random).
 */
export function evenTicks(
  dates: readonly string[],
  widthPx: number,
  minPx: number,
  steps: readonly number[],
): { step: number; ticks: string[] } {
  const per = widthPx > 0 ? widthPx / Math.max(1, dates.length) : minPx;
  const step = steps.find((s) => s * per >= minPx) ?? steps[steps.length - 1] ?? 1;
  // Counted back from the last period, so the latest (often the running, partial one) always has its label.
  return { step, ticks: dates.filter((_, i) => (dates.length - 1 - i) % step === 0) };
}

/** A 1-2-5 axis from 0 covering `max`: its ticks (about `target` of them) and its top. */
export function niceAxis(max: number, target = 4): { ticks: number[]; top: number } {
  if (!(max > 0)) return { ticks: [0, 1], top: 1 };
  const rough = max / target;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= rough) ?? 10 * mag;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { ticks, top };
}
