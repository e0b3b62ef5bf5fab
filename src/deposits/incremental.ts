/**
 * Recomputing a feed's deposits from its earliest changed reading instead of its first (docs/domain.md, "Deposits
 * from a feed's readings"), so a night's work is proportional to the days it reads, not to the days the feed has. The
 * result is the same as computeDeposits over all the feed's readings (a property test holds it: incremental.test.ts).
 *
 * Why it is the same. A reading's resolution (reading-resolution.ts) depends only on the readings before it and the
 * next N − 1 (N = resetAfter), so readings more than N before the earliest change keep theirs. The computation can
 * start at such a reading s, taken as the base, when what it would carry past s is known:
 * - the resolution: s must be accepted (deposited, held or rejected) or a meter reset, and, unless a reset, the next N
 *   readings must be at or above it. Then no later reading looks below s (a spike's end within N readings finds s or a
 *   later reading, an earlier level more than N readings back is s or later), as from the feed's first reading;
 * - the usual volume: the deposits with pages in the baselineDays days up to s, the date of the feed's first deposit
 *   with pages, and the feed's first readings (the early volume: it depends on all of them, so a change among the
 *   feed's first baselineDays days and N readings more recomputes everything);
 * - when the counters last moved: s's date, unless s's counters equal those of its base (then s's date − its covered
 *   days, as stored).
 * The stored deposits of the readings before the change are those of the readings now stored (their inputs have not
 * changed), so they give all of this. When no such s lies within LOOKBACK readings of the change, everything is
 * recomputed (a short history, or a spell of glitches).
 */
import { addDays } from '../calendar.js';
import type { StoredReading } from '../readings/reading-queries.js';
import { roundedStandardPages, type PaperProfile } from '../standard-pages.js';
import {
  computeDeposits,
  sameCounters,
  type ComputedDeposit,
  type DepositRules,
  type DepositStatus,
  type ReviewDecision,
} from './deposit-rules.js';

/** What a recomputation needs of a stored deposit. */
export interface StoredDepositState {
  status: DepositStatus;
  pages: number;
  baseDate: string | null;
  coveredDays: number | null;
}

/** The stored history of one feed, from the day before its activation (recompute.ts reads it from the database). */
export interface FeedHistory {
  /** The latest `count` readings dated before `date`, in date order. */
  readingsBefore(date: string, count: number): Promise<StoredReading[]>;
  /** The readings dated on or after `date`, in date order. */
  readingsFrom(date: string): Promise<StoredReading[]>;
  /** The first `count` readings, in date order. */
  firstReadings(count: number): Promise<StoredReading[]>;
  /** The reading of `date`, if any. */
  reading(date: string): Promise<StoredReading | undefined>;
  /** The stored deposits of these dates. */
  deposits(dates: readonly string[]): Promise<Map<string, StoredDepositState>>;
  /** The deposits with pages > 0 dated from `from` through `through`, in date order. */
  depositsWithPages(from: string, through: string): Promise<Array<{ date: string; pages: number; coveredDays: number }>>;
  /** The date of the first deposit with pages > 0 on or before `through`, or null. */
  firstDepositWithPages(through: string): Promise<string | null>;
  /** Every reading, in date order. */
  allReadings(): Promise<StoredReading[]>;
  /** The review decisions of held anomalies dated on or after `from` (all when null). */
  decisions(from: string | null): Promise<Map<string, ReviewDecision>>;
}

/** Readings looked back over from the earliest change for a place to start (beyond the N the rule needs). */
export const LOOKBACK_SLACK = 14;

/** Whether a recomputation from `changedFrom` started at a later reading than the feed's first. */
export interface Recomputed {
  deposits: ComputedDeposit[];
  /** The date of the reading the computation started from (null: the feed's first). */
  startedAt: string | null;
}

/**
 * The deposits of every reading after the reading the computation starts from, when the readings (or review
 * decisions) dated from `changedFrom` on are new or changed and nothing before them is. Writing them (upsert) gives the
 * same deposits as recomputing the whole feed.
 */
export async function depositsFrom(
  history: FeedHistory,
  changedFrom: string,
  profile: PaperProfile,
  rules: DepositRules,
): Promise<Recomputed> {
  const n = rules.resetAfter;
  const lookback = n + 1 + LOOKBACK_SLACK;
  // The early volume is a function of the feed's first readings (its first baselineDays days and N more): a change
  // among them changes it for every day, so all is recomputed (a short history: all of it is as cheap).
  const earlyCount = rules.baselineDays + 1 + n;
  const first = await history.firstReadings(earlyCount);
  if (first.length < earlyCount || first.at(-1)!.date >= changedFrom) return full(history, profile, rules);
  const before = await history.readingsBefore(changedFrom, lookback);
  if (before.length < lookback) return full(history, profile, rules);
  const stored = await history.deposits(before.map((r) => r.date));
  const s = startIndex(before, stored, profile, n);
  if (s === null) return full(history, profile, rules);
  const start = before[s]!;
  const own = stored.get(start.date)!;
  let movedAt = start.date;
  if (own.status !== 'rebased') {
    const base = own.baseDate === null ? undefined : await history.reading(own.baseDate);
    if (!base || own.coveredDays === null) return full(history, profile, rules);
    if (sameCounters(base.counters, start.counters)) movedAt = addDays(start.date, -own.coveredDays);
  }
  const [later, recent, firstDeposit, decisions] = await Promise.all([
    history.readingsFrom(changedFrom),
    history.depositsWithPages(addDays(start.date, -rules.baselineDays), start.date),
    history.firstDepositWithPages(start.date),
    history.decisions(start.date),
  ]);
  const readings = [...before.slice(s), ...later];
  const deposits = computeDeposits(readings, profile, decisions, rules, {
    firstReadings: first,
    recent,
    firstDepositDate: firstDeposit,
    movedAt,
  });
  return { deposits, startedAt: start.date };
}

async function full(history: FeedHistory, profile: PaperProfile, rules: DepositRules): Promise<Recomputed> {
  const [readings, decisions] = await Promise.all([history.allReadings(), history.decisions(null)]);
  return { deposits: computeDeposits(readings, profile, decisions, rules), startedAt: null };
}

/**
 * The latest reading of `before` (the readings just before the earliest change, in date order) a computation can start
 * from (see the module comment), or null. Only readings at least N + 1 before the change qualify: their stored
 * deposits are final.
 */
export function startIndex(
  before: readonly StoredReading[],
  stored: ReadonlyMap<string, StoredDepositState>,
  profile: PaperProfile,
  resetAfter: number,
): number | null {
  const pages = before.map((r) => roundedStandardPages(r.counters, profile));
  for (let s = before.length - resetAfter - 1; s >= 0; s--) {
    const status = stored.get(before[s]!.date)?.status;
    if (status === 'rebased') return s;
    if (status !== 'deposited' && status !== 'held' && status !== 'rejected') continue;
    let above = true;
    for (let j = s + 1; j <= s + resetAfter; j++) if (pages[j]! < pages[s]!) above = false;
    if (above) return s;
  }
  return null;
}
