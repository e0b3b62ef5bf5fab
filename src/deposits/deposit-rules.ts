/**
 * Daily deposits of a feed from its stored readings (docs/domain.md "Standard pages"): a pure function of the readings,
 * the paper profile, the review decisions and the rules. No I/O, no clock: the same inputs always give the same
 * deposits, so a feed's deposits can be recomputed from its readings at any time, whatever order they arrived in.
 *
 *   pages(d) = round(S(C(d))) − round(S(C(p)))
 *
 * where p is the last earlier accepted reading. First the readings are resolved (reading-resolution.ts): glitches (a
 * spike that comes back down, a low reading the counters come back from) are ignored, a drop that persists for
 * `resetAfter` readings is a meter reset (a new segment, depositing 0), and a drop not yet confirmed either way is
 * pending (0 for now). Every stored reading after the first gets a deposit row, so the dashboard can show what became
 * of each day. Then, over the accepted readings:
 * - a held day's jump is never deposited (until approved) and never counted twice: when the counters come back below
 *   it, it was a spike (a glitch) and later days are measured from the reading before it; while they stay at or above
 *   it (a device added with its life count), each later day deposits only its own increase;
 * - with nothing reset, held or rejected, the deposits of a segment add up to round(S(last accepted)) −
 *   round(S(segment start)), however the days were split, delayed, caught up or glitched in between.
 *
 * Anomalies. A positive difference is held for review when it is far above the feed's usual volume for the number
 * of days it covers (the days since the counters last moved, so a catch-up after a stale spell is compared with
 * all the days it catches up), or above an absolute ceiling per customer-day:
 *
 *   held  ⇔  rawPages > min(ceilingPagesPerDay × coveredDays, max(anomalyMinPages, ⌊factor × usual × coveredDays⌋))
 *
 * "usual" is the BASELINE_QUANTILE (nearest rank) of the per-day rates (pages / coveredDays) of the deposits with
 * pages > 0 dated within the baselineDays days before d, counting ordinary deposits and approved anomalies but not
 * held, rejected, glitch or reset days. Days that deposited 0 carry no volume information and are left out.
 *
 * Too little history (spikes are held from the first day, a new feed's backfill included):
 * - fewer than MIN_BASELINE_OBSERVATIONS deposits with pages in the window: the usual volume comes from the feed's
 *   first baselineDays days of accepted increases (the batch itself on a new feed; the day judged left out): their
 *   BASELINE_QUANTILE with at least MIN_BASELINE_OBSERVATIONS of them, their median with at least
 *   MIN_EARLY_OBSERVATIONS, and only the ceiling applies with fewer;
 * - until the feed's first deposit with pages is baselineDays days before d, the usual volume is uncertain (a school
 *   whose feed starts in the summer holidays has seen a twentieth of its term-time volume), so the factor is
 *   multiplied by PARTIAL_HISTORY_FACTOR: only a difference out of all proportion is held.
 *
 * A review decision applies only to a day that is an anomaly under the current readings; a decision for any other
 * date is ignored (it stays stored, and applies again if the day becomes an anomaly).
 */
import { roundedStandardPages, type PaperCounters, type PaperProfile } from '../standard-pages.js';
import type { StoredReading } from '../readings/reading-queries.js';
import { DEFAULT_RESET_AFTER, resolveReadings, type Resolution, type ResolutionKind } from './reading-resolution.js';

export { explainDeposit, type DepositExplanation, type PaperMassStep, type ReadingExplanation } from './deposit-explanation.js';

export type ReviewDecision = 'approved' | 'rejected';

export interface DepositRules {
  /** A positive difference is held when above anomalyFactor × the usual volume of the days it covers … */
  anomalyFactor: number;
  /** … and above this many pages (small differences are never held by the usual volume). */
  anomalyMinPages: number;
  /** The usual volume is measured over the deposits of this many days before the date (calendar days). */
  baselineDays: number;
  /** Whatever the history, a difference above this many standard pages per customer-day covered is held. */
  ceilingPagesPerDay: number;
  /** A drop that persists for this many consecutive readings is a meter reset (reading-resolution.ts). */
  resetAfter: number;
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
 * - ceilingPagesPerDay 1,000,000 (DEPOSIT_CEILING_PAGES): two thousand reams a day is beyond any one customer's
 *   fleet; a counter of 10^12 is a portal's nonsense, not printing.
 * - resetAfter 3: a portal's glitch rarely lasts more than a day or two; a replaced meter stays low for good.
 */
export const DEFAULT_DEPOSIT_RULES: DepositRules = Object.freeze({
  anomalyFactor: 10,
  anomalyMinPages: 2_000,
  baselineDays: 90,
  ceilingPagesPerDay: 1_000_000,
  resetAfter: DEFAULT_RESET_AFTER,
});

/** The usual per-day volume is this quantile (nearest rank) of the per-day rates in the baseline window. */
export const BASELINE_QUANTILE = 0.9;
/** Fewer deposits with pages than this in the baseline window: the usual volume comes from the feed's first days. */
export const MIN_BASELINE_OBSERVATIONS = 20;
/** Fewer accepted increases than this in the feed's first days: only the ceiling applies. */
export const MIN_EARLY_OBSERVATIONS = 3;
/** While the feed's history is shorter than the baseline window, the anomaly factor is multiplied by this. */
export const PARTIAL_HISTORY_FACTOR = 10;

/**
 * deposited: pages as measured (approved anomalies included); held: an anomaly awaiting review (0); rejected: an
 * anomaly rejected (0); rebased: a confirmed meter reset, the first reading of a new segment (0); glitch: a reading
 * that contradicts the others (a spike or a low reading), ignored (0); pending: a drop not yet confirmed as a reset
 * or a glitch (0 until the next readings tell).
 */
export type DepositStatus = 'deposited' | 'held' | 'rejected' | 'rebased' | 'glitch' | 'pending';

export interface ComputedDeposit {
  date: string;
  /** What is deposited: rawPages when deposited (approved anomalies included), else 0. */
  pages: number;
  status: DepositStatus;
  /** The accepted reading the deposit is measured from (for glitch, pending and rebased: the one it contradicted). */
  baseDate: string;
  /** round(S(C(date))) − round(S(C(baseDate))), before the rules. */
  rawPages: number;
  /** Days since the counters last moved (at least date − baseDate): the days the difference is compared over. */
  coveredDays: number;
  /** Whether rawPages exceeded the threshold (status held or rejected, or deposited after approval). */
  anomaly: boolean;
  /** rawPages above this are anomalies (null for glitch, pending and rebased days, which are not judged). */
  threshold: number | null;
  /** The usual volume per day the threshold was derived from; null when there was too little history. */
  usualDailyPages: number | null;
  /** Why the deposit is what it is, in words, when it is not a plain deposit; null otherwise. */
  reason: string | null;
}

/**
 * Where a computation starts when its first reading is not the feed's first (incremental.ts chooses it): what the
 * computation from the feed's first reading would know at that reading. With it, the deposits of the later readings are
 * the same as from the feed's first reading, whose readings are then not needed.
 */
export interface DepositStart {
  /** The feed's first readings: at least its first baselineDays days and resetAfter readings more (the early volume). */
  firstReadings: readonly StoredReading[];
  /** The deposits with pages > 0 dated within baselineDays days up to the first reading, in date order. */
  recent: ReadonlyArray<{ date: string; pages: number; coveredDays: number }>;
  /** The date of the feed's first deposit with pages > 0, if on or before the first reading. */
  firstDepositDate: string | null;
  /** When the counters last moved, as of the first reading. */
  movedAt: string;
}

/**
 * Deposits for every reading after the first (the first reading, the day before activation, is only the base).
 * Readings must be sorted by date, with no duplicate date (anything else is a programming error: RangeError).
 * With `start`, the first reading is a later one of the feed's, and `start` says what came before it.
 */
export function computeDeposits(
  readings: readonly StoredReading[],
  profile: PaperProfile,
  decisions: ReadonlyMap<string, ReviewDecision>,
  rules: DepositRules = DEFAULT_DEPOSIT_RULES,
  start?: DepositStart,
): ComputedDeposit[] {
  checkRules(rules);
  const days = dayNumbers(readings);
  const rounded = readings.map((r) => roundedStandardPages(r.counters, profile)); // also validates the counters
  const resolved = resolveReadings(rounded, rules.resetAfter);
  const early = start
    ? earlyRatesOf(start.firstReadings, profile, rules)
    : earlyRates(readings, days, rounded, resolved, rules.baselineDays);

  const out: ComputedDeposit[] = [];
  const window = new BaselineWindow();
  let movedAt = days[0]!; // nothing is known before the first reading
  if (start) {
    for (const r of start.recent) window.add(dayNumber(r.date), r.pages / r.coveredDays);
    window.startedAt(start.firstDepositDate === null ? Number.POSITIVE_INFINITY : dayNumber(start.firstDepositDate));
    movedAt = dayNumber(start.movedAt);
  }
  for (let i = 1; i < readings.length; i++) {
    const day = days[i]!;
    const date = readings[i]!.date;
    const { kind, ref } = resolved[i]!;
    const rawPages = rounded[i]! - rounded[ref]!;
    const baseDate = readings[ref]!.date;
    if (kind !== 'accepted') {
      const status: DepositStatus = kind === 'reset' ? 'rebased' : kind === 'spike' || kind === 'low' ? 'glitch' : 'pending';
      out.push({
        date,
        pages: 0,
        status,
        baseDate,
        rawPages,
        coveredDays: day - days[ref]!,
        anomaly: false,
        threshold: null,
        usualDailyPages: null,
        reason: reasonOf(kind, readings, rounded, i, ref, rules),
      });
      if (kind === 'reset') movedAt = day;
      continue;
    }
    const coveredDays = day - movedAt;
    window.dropBefore(day - rules.baselineDays);
    let usual: number | null = null;
    let factor = rules.anomalyFactor;
    if (window.size() >= MIN_BASELINE_OBSERVATIONS) {
      usual = window.quantile(BASELINE_QUANTILE);
      if (window.firstDay() > day - rules.baselineDays) factor *= PARTIAL_HISTORY_FACTOR;
    } else {
      usual = early.usualExcluding(day);
      factor *= PARTIAL_HISTORY_FACTOR;
    }
    const ceiling = rules.ceilingPagesPerDay * Math.max(coveredDays, 1);
    const byUsual = usual === null ? Number.POSITIVE_INFINITY : Math.max(rules.anomalyMinPages, Math.floor(factor * usual * coveredDays));
    const threshold = Math.min(ceiling, byUsual);

    let status: DepositStatus = 'deposited';
    let pages = rawPages;
    let reason: string | null = null;
    const anomaly = rawPages > threshold;
    if (anomaly) {
      const decision = decisions.get(date);
      status = decision === 'approved' ? 'deposited' : decision === 'rejected' ? 'rejected' : 'held';
      if (decision !== 'approved') pages = 0;
      const why =
        byUsual <= ceiling
          ? `${rawPages} pages over ${coveredDays} day(s) is above ${threshold}, ${factor} × the usual ${usual} a day`
          : `${rawPages} pages over ${coveredDays} day(s) is above the ceiling of ${threshold}`;
      reason = `${why}: ${decision === 'approved' ? 'approved' : decision === 'rejected' ? 'rejected' : 'held for review'}.`;
    }
    if (pages > 0) window.add(day, pages / coveredDays);
    out.push({
      date,
      pages,
      status,
      baseDate,
      rawPages,
      coveredDays,
      anomaly,
      threshold: Number.isFinite(threshold) ? threshold : null,
      usualDailyPages: usual,
      reason,
    });
    if (!sameCounters(readings[ref]!.counters, readings[i]!.counters)) movedAt = day;
  }
  return out;
}

/** The words for a reading that is not deposited as measured. */
function reasonOf(
  kind: ResolutionKind,
  readings: readonly StoredReading[],
  pages: readonly number[],
  i: number,
  ref: number,
  rules: DepositRules,
): string {
  const at = (j: number) => `${pages[j]} on ${readings[j]!.date}`;
  switch (kind) {
    case 'spike':
      return (
        `glitch: a spike (${pages[i]} standard pages) above the readings on both sides ` + `(${at(ref)}, and lower ones after it); ignored.`
      );
    case 'low':
      return `glitch: ${pages[i]} is below ${at(ref)} and the counters came back within ${rules.resetAfter - 1} reading(s); ignored.`;
    case 'pending':
      return `a drop to ${pages[i]} below ${at(ref)}: a meter reset only if it persists for ${rules.resetAfter} readings; 0 until then.`;
    case 'reset':
      return (
        `meter reset: the counters dropped from ${at(ref)} to ${pages[i]} and stayed down for ` +
        `${rules.resetAfter} readings; a new segment starts here.`
      );
    default:
      return '';
  }
}

function dayNumbers(readings: readonly StoredReading[]): number[] {
  const days = readings.map((r) => dayNumber(r.date));
  for (let i = 1; i < days.length; i++) {
    if (days[i]! <= days[i - 1]!) {
      throw new RangeError(
        `readings must be sorted by date without duplicates: ${readings[i]!.date} comes after ${readings[i - 1]!.date}.`,
      );
    }
  }
  return days;
}

/** earlyRates of the feed's first readings alone (their resolution within the first days needs nothing later). */
function earlyRatesOf(first: readonly StoredReading[], profile: PaperProfile, rules: DepositRules) {
  const days = dayNumbers(first);
  const rounded = first.map((r) => roundedStandardPages(r.counters, profile));
  return earlyRates(first, days, rounded, resolveReadings(rounded, rules.resetAfter), rules.baselineDays);
}

/**
 * The per-day rates of the accepted increases in the feed's first baselineDays days (from its first reading): the
 * usual volume while the feed has too little history of its own before a day (by day number).
 */
function earlyRates(
  readings: readonly StoredReading[],
  days: readonly number[],
  pages: readonly number[],
  resolved: readonly Resolution[],
  baselineDays: number,
): { usualExcluding(day: number): number | null } {
  const entries: Array<{ day: number; rate: number }> = [];
  let movedAt = days[0] ?? 0;
  for (let i = 1; i < readings.length && days[i]! - days[0]! <= baselineDays; i++) {
    const r = resolved[i]!;
    if (r.kind === 'reset') movedAt = days[i]!;
    if (r.kind !== 'accepted') continue;
    const diff = pages[i]! - pages[r.ref]!;
    if (diff > 0) entries.push({ day: days[i]!, rate: diff / (days[i]! - movedAt) });
    if (!sameCounters(readings[r.ref]!.counters, readings[i]!.counters)) movedAt = days[i]!;
  }
  const sorted = entries.map((e) => e.rate).sort((x, y) => x - y);
  const rateOf = new Map(entries.map((e) => [e.day, e.rate]));
  return {
    usualExcluding(day: number): number | null {
      const own = rateOf.get(day);
      const rates = own === undefined ? sorted : without(sorted, own);
      if (rates.length >= MIN_BASELINE_OBSERVATIONS) return nearestRank(rates, BASELINE_QUANTILE);
      if (rates.length >= MIN_EARLY_OBSERVATIONS) return nearestRank(rates, 0.5);
      return null;
    },
  };
}

function without(sorted: readonly number[], x: number): number[] {
  const k = lowerBound(sorted, x);
  return [...sorted.slice(0, k), ...sorted.slice(k + 1)];
}

/** Nearest-rank quantile of sorted values: the smallest with at least q of the values at or below it. */
function nearestRank(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  const rank = Math.ceil(q * n - 1e-9); // q × n is often a whole number give or take a float error
  return sorted[Math.min(n - 1, Math.max(0, rank - 1))]!;
}

/** Validates rules (RangeError): a positive finite factor, a non-negative integer minimum, positive integers otherwise. */
export function checkRules(rules: DepositRules): void {
  if (!(Number.isFinite(rules.anomalyFactor) && rules.anomalyFactor > 0))
    throw new RangeError(`anomalyFactor must be a positive number (got ${rules.anomalyFactor}).`);
  if (!(Number.isSafeInteger(rules.anomalyMinPages) && rules.anomalyMinPages >= 0))
    throw new RangeError(`anomalyMinPages must be a non-negative integer (got ${rules.anomalyMinPages}).`);
  if (!(Number.isSafeInteger(rules.baselineDays) && rules.baselineDays > 0))
    throw new RangeError(`baselineDays must be a positive integer (got ${rules.baselineDays}).`);
  if (!(Number.isSafeInteger(rules.ceilingPagesPerDay) && rules.ceilingPagesPerDay > 0))
    throw new RangeError(`ceilingPagesPerDay must be a positive integer (got ${rules.ceilingPagesPerDay}).`);
  if (!(Number.isSafeInteger(rules.resetAfter) && rules.resetAfter >= 1))
    throw new RangeError(`resetAfter must be a positive integer (got ${rules.resetAfter}).`);
}

/** Whether two readings' paper counters are the same (the counters did not move). */
export function sameCounters(a: PaperCounters, b: PaperCounters): boolean {
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
    if (this.earliest === Number.POSITIVE_INFINITY) this.earliest = day;
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

  /** Starts from a computation's middle: the first rate ever added was on `day` (+∞: none yet). */
  startedAt(day: number): void {
    this.earliest = day;
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
    return nearestRank(this.sorted, q);
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
