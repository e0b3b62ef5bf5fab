/**
 * Daily deposits of a feed from its stored readings (docs/domain.md "Standard pages"): a pure function of the readings,
 * the paper profile, the review decisions and the rules. No I/O, no clock: the same inputs always give the same
 * deposits, so a feed's deposits can be recomputed from its readings at any time.
 *
 *   pages(d) = round(S(C(d))) − round(S(C(p)))
 *
 * where p is the last earlier reading whose counters are accounted for. Every reading is accounted for once it has
 * been looked at, whatever became of it (deposited, re-based, held, approved or rejected), so p is always the
 * reading just before d (the last one present: a missing date is simply covered by the next reading). Hence:
 * - a negative difference (meter reset, device removed) deposits 0 and re-bases: the next day is measured from
 *   the new, lower counters;
 * - a held day does not block later days and is never counted twice: later days are measured from its counters,
 *   so approving it deposits exactly its own difference, and rejecting it deposits 0 and re-bases;
 * - with nothing negative and nothing held or rejected, the deposits of any range add up to
 *   round(S(last)) − round(S(reading before the range)), however the days were split, delayed or caught up.
 *
 * Anomalies. A positive difference is held for review when it is far above the feed's usual volume for the number
 * of days it covers (the days since the counters last moved, so a catch-up after a stale spell is compared with
 * all the days it catches up):
 *
 *   held  ⇔  rawPages > max(anomalyMinPages, ⌊anomalyFactor × usual × coveredDays⌋)
 *
 * "usual" is the BASELINE_QUANTILE (nearest rank) of the per-day rates (pages / coveredDays) of the deposits with
 * pages > 0 dated within the baselineDays days before d, counting ordinary deposits and approved anomalies but not
 * held, rejected or re-based days. Days that deposited 0 carry no volume information (no printing, or a stale
 * agent whose catch-up is counted with all its days) and are left out.
 *
 * Too little history:
 * - fewer than MIN_BASELINE_OBSERVATIONS deposits with pages in the window: nothing is held (threshold null);
 * - the feed's first deposit with pages is less than baselineDays days before d: the window is not full yet and
 *   the usual volume is uncertain (a school whose feed starts in the summer or Christmas holidays has only seen
 *   a twentieth of its term-time volume), so the factor is multiplied by PARTIAL_HISTORY_FACTOR: only a
 *   difference out of all proportion (a device with a big life count on a small feed) is held.
 *
 * A review decision applies only to a day that is an anomaly under the current readings; a decision for any other
 * date is ignored (it stays stored, and applies again if the day becomes an anomaly).
 */
import { roundedStandardPages, type PaperCounters, type PaperProfile } from '../standard-pages.js';
import type { StoredReading } from '../readings/reading-queries.js';

export { explainDeposit, type DepositExplanation, type PaperMassStep, type ReadingExplanation } from './deposit-explanation.js';

export type ReviewDecision = 'approved' | 'rejected';

export interface DepositRules {
  /** A positive difference is held when above anomalyFactor × the usual volume of the days it covers … */
  anomalyFactor: number;
  /** … and above this many pages (small differences are never held). */
  anomalyMinPages: number;
  /** The usual volume is measured over the deposits of this many days before the date (calendar days). */
  baselineDays: number;
}

/**
 * Defaults (see the module comment for the rule):
 * - anomalyFactor 10: ordinary variation stays far below it. On the simulator's realistic fleets (day-to-day and
 *   week-to-week noise, weekends, bank holidays, August, Christmas, schools' summer, trends, stale spells with
 *   catch-ups; 2,000 customers × 3 years, each as feeds activated at five dates) the largest day is 2.8× the
 *   90th percentile once the window is full, and 32× it before (a school activated in its summer holidays, back
 *   in September), against 10× and 100×. A month-end peak of 5× a normal day is about 4×. A used device added
 *   with a life count of 50,000 pages on a feed of ~500 pages a day is ~80×: held once the feed has 90 days of
 *   history, and before that from ~100× (80,000 pages).
 * - anomalyMinPages 2,000 (four reams): a small feed's one-off big job is not held, a used device's life count is.
 * - baselineDays 90: long enough that a school's summer (six weeks at ~5 %) or Christmas leaves enough
 *   term-time days in the window for the 90th percentile to be an ordinary busy day, short enough to follow trends
 *   and to come to the stricter full-history factor soon.
 */
export const DEFAULT_DEPOSIT_RULES: DepositRules = Object.freeze({ anomalyFactor: 10, anomalyMinPages: 2_000, baselineDays: 90 });

/** The usual per-day volume is this quantile (nearest rank) of the per-day rates in the baseline window. */
export const BASELINE_QUANTILE = 0.9;
/** Fewer deposits with pages than this in the baseline window: too little history to hold anything. */
export const MIN_BASELINE_OBSERVATIONS = 20;
/** While the feed's history is shorter than the baseline window, the anomaly factor is multiplied by this. */
export const PARTIAL_HISTORY_FACTOR = 10;

export type DepositStatus = 'deposited' | 'held' | 'rejected' | 'rebased';

export interface ComputedDeposit {
  date: string;
  /** What is deposited: rawPages when deposited (approved anomalies included), else 0. */
  pages: number;
  /** rebased = negative difference (deposits 0); held = anomaly awaiting review; rejected = anomaly rejected (0, re-based). */
  status: DepositStatus;
  /** p: the reading the deposit is measured from (always the previous reading present). */
  baseDate: string;
  /** round(S(C(date))) − round(S(C(baseDate))), before the rules. */
  rawPages: number;
  /** Days since the counters last moved (at least date − baseDate): the days the difference is compared over. */
  coveredDays: number;
  /** Whether rawPages exceeded the threshold (status held or rejected, or deposited after approval). */
  anomaly: boolean;
  /** rawPages above this are anomalies; null when there was too little history to judge (nothing held). */
  threshold: number | null;
  /** The usual volume per day the threshold was derived from; null with too little history. */
  usualDailyPages: number | null;
}

/**
 * Deposits for every reading after the first (the first reading, the day before activation, is only the base).
 * Readings must be sorted by date, with no duplicate date (anything else is a programming error: RangeError).
 */
export function computeDeposits(
  readings: readonly StoredReading[],
  profile: PaperProfile,
  decisions: ReadonlyMap<string, ReviewDecision>,
  rules: DepositRules = DEFAULT_DEPOSIT_RULES,
): ComputedDeposit[] {
  checkRules(rules);
  const days = readings.map((r) => dayNumber(r.date));
  for (let i = 1; i < days.length; i++) {
    if (days[i]! <= days[i - 1]!) {
      throw new RangeError(
        `readings must be sorted by date without duplicates: ${readings[i]!.date} comes after ${readings[i - 1]!.date}.`,
      );
    }
  }
  const rounded = readings.map((r) => roundedStandardPages(r.counters, profile)); // also validates the counters
  const out: ComputedDeposit[] = [];
  const window = new BaselineWindow();
  let movedAt = days[0]!; // nothing is known before the first reading
  for (let i = 1; i < readings.length; i++) {
    const day = days[i]!;
    const date = readings[i]!.date;
    const rawPages = rounded[i]! - rounded[i - 1]!;
    const coveredDays = day - movedAt;
    window.dropBefore(day - rules.baselineDays);
    const usual = window.size() >= MIN_BASELINE_OBSERVATIONS ? window.quantile(BASELINE_QUANTILE) : null;
    const factor = window.firstDay() <= day - rules.baselineDays ? rules.anomalyFactor : rules.anomalyFactor * PARTIAL_HISTORY_FACTOR;
    const threshold = usual === null ? null : Math.max(rules.anomalyMinPages, Math.floor(factor * usual * coveredDays));

    let status: DepositStatus;
    let pages = 0;
    const anomaly = rawPages > 0 && threshold !== null && rawPages > threshold;
    if (rawPages < 0) {
      status = 'rebased';
    } else if (anomaly) {
      const decision = decisions.get(date);
      status = decision === 'approved' ? 'deposited' : decision === 'rejected' ? 'rejected' : 'held';
      if (decision === 'approved') pages = rawPages;
    } else {
      status = 'deposited';
      pages = rawPages;
    }
    if (pages > 0) window.add(day, pages / coveredDays);
    out.push({ date, pages, status, baseDate: readings[i - 1]!.date, rawPages, coveredDays, anomaly, threshold, usualDailyPages: usual });
    if (!sameCounters(readings[i - 1]!.counters, readings[i]!.counters)) movedAt = day;
  }
  return out;
}

/** Validates rules (RangeError): a positive finite factor, non-negative integer minimum, positive integer window. */
export function checkRules(rules: DepositRules): void {
  if (!(Number.isFinite(rules.anomalyFactor) && rules.anomalyFactor > 0))
    throw new RangeError(`anomalyFactor must be a positive number (got ${rules.anomalyFactor}).`);
  if (!(Number.isSafeInteger(rules.anomalyMinPages) && rules.anomalyMinPages >= 0))
    throw new RangeError(`anomalyMinPages must be a non-negative integer (got ${rules.anomalyMinPages}).`);
  if (!(Number.isSafeInteger(rules.baselineDays) && rules.baselineDays > 0))
    throw new RangeError(`baselineDays must be a positive integer (got ${rules.baselineDays}).`);
}

function sameCounters(a: PaperCounters, b: PaperCounters): boolean {
  return a.smallTotal === b.smallTotal && a.largeTotal === b.largeTotal && a.duplexTotal === b.duplexTotal;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real YYYY-MM-DD calendar date (RangeError otherwise). */
function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / 86_400_000;
  }
  throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}.`);
}

/** The per-day rates of the deposits in a trailing window, kept sorted for the quantile. */
class BaselineWindow {
  private readonly entries: Array<{ day: number; rate: number }> = []; // by day
  private first = 0;
  private readonly sorted: number[] = [];
  private earliest = Number.POSITIVE_INFINITY;

  add(day: number, rate: number): void {
    if (this.entries.length === 0) this.earliest = day;
    this.entries.push({ day, rate });
    this.sorted.splice(lowerBound(this.sorted, rate), 0, rate);
  }

  /** Forgets the rates dated before `day`. */
  dropBefore(day: number): void {
    while (this.first < this.entries.length && this.entries[this.first]!.day < day) {
      this.sorted.splice(lowerBound(this.sorted, this.entries[this.first]!.rate), 1);
      this.first++;
    }
  }

  /** The day of the first rate ever added (also when it has left the window); +∞ before any. */
  firstDay(): number {
    return this.earliest;
  }

  size(): number {
    return this.sorted.length;
  }

  /** Nearest-rank quantile: the smallest rate with at least q of the rates at or below it. */
  quantile(q: number): number {
    const n = this.sorted.length;
    const rank = Math.ceil(q * n - 1e-9); // q × n is often a whole number give or take a float error
    return this.sorted[Math.min(n - 1, Math.max(0, rank - 1))]!;
  }
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
