import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import type { StoredReading } from '../readings/reading-queries.js';
import { A4_PROFILE, LETTER_PROFILE, type PaperCounters, type PaperProfile } from '../standard-pages.js';
import { computeDeposits, DEFAULT_DEPOSIT_RULES, type ComputedDeposit, type DepositRules, type ReviewDecision } from './deposit-rules.js';
import { depositsFrom, type FeedHistory, type StoredDepositState } from './incremental.js';

// The truth here is the full recomputation: computeDeposits over all of a feed's readings. The incremental one must
// give exactly the same deposits (every field, reasons included) once written over the deposits stored before.

const START = '2024-01-01';

/** A feed's history in memory, answering as recompute.ts's queries do over the tables. */
function memoryHistory(readings: readonly StoredReading[], stored: readonly ComputedDeposit[], decisions: Map<string, ReviewDecision>) {
  const byDate = new Map(stored.map((d) => [d.date, d]));
  const calls = { all: 0 };
  const history: FeedHistory = {
    readingsBefore: async (date, count) => readings.filter((r) => r.date < date).slice(-count),
    readingsFrom: async (date) => readings.filter((r) => r.date >= date),
    firstReadings: async (count) => readings.slice(0, count),
    reading: async (date) => readings.find((r) => r.date === date),
    deposits: async (dates) => {
      const out = new Map<string, StoredDepositState>();
      for (const date of dates) {
        const d = byDate.get(date);
        if (d) out.set(date, { status: d.status, pages: d.pages, baseDate: d.baseDate, coveredDays: d.coveredDays });
      }
      return out;
    },
    depositsWithPages: async (from, through) =>
      stored.filter((d) => d.date >= from && d.date <= through && d.pages > 0).map((d) => ({ ...d })),
    firstDepositWithPages: async (through) => stored.find((d) => d.date <= through && d.pages > 0)?.date ?? null,
    allReadings: async () => {
      calls.all++;
      return [...readings];
    },
    decisions: async (from) => new Map([...decisions].filter(([date]) => from === null || date >= from)),
  };
  return { history, calls };
}

/** The deposits table after writing `fresh` over `stored` (one row per date, the fresh one winning). */
function written(stored: readonly ComputedDeposit[], fresh: readonly ComputedDeposit[]): ComputedDeposit[] {
  const rows = new Map(stored.map((d) => [d.date, d]));
  for (const d of fresh) rows.set(d.date, d);
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

type Day = { gap: number; print: number; glitch: 'none' | 'zero' | 'spike' | 'low' | 'reset' | 'jump' | 'still' };

const dayArb: fc.Arbitrary<Day> = fc.record({
  gap: fc.oneof({ weight: 12, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 9 }) }),
  print: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 900 }) }, { weight: 1, arbitrary: fc.constant(0) }),
  glitch: fc.oneof(
    { weight: 40, arbitrary: fc.constant('none' as const) },
    { weight: 1, arbitrary: fc.constantFrom('zero' as const, 'spike' as const, 'low' as const, 'jump' as const) },
    { weight: 1, arbitrary: fc.constant('still' as const) },
    { weight: 1, arbitrary: fc.constant('reset' as const) },
  ),
});

/** Readings of a feed: true printing with gaps, idle days, and every kind of portal nonsense. */
function series(days: readonly Day[], profile: PaperProfile): StoredReading[] {
  let date = START;
  let small = 100_000;
  let large = 1_000;
  let duplex = 20_000;
  const out: StoredReading[] = [];
  const at = (c: PaperCounters) => out.push({ date, counters: c });
  at({ smallTotal: small, largeTotal: large, duplexTotal: duplex });
  for (const d of days) {
    date = addDays(date, d.gap);
    if (d.glitch === 'reset') [small, large, duplex] = [d.print * 3, 0, 0];
    if (d.glitch === 'jump') small += 60_000;
    if (d.glitch !== 'still') {
      small += d.print;
      large += d.print % 7;
      duplex += Math.floor(d.print / 4);
    }
    if (d.glitch === 'zero') at({ smallTotal: 0, largeTotal: 0, duplexTotal: 0 });
    else if (d.glitch === 'spike') at({ smallTotal: small * 1_000, largeTotal: large, duplexTotal: duplex });
    else if (d.glitch === 'low') at({ smallTotal: Math.floor(small / 2), largeTotal: large, duplexTotal: Math.floor(duplex / 2) });
    else at({ smallTotal: small, largeTotal: large, duplexTotal: duplex });
  }
  void profile;
  return out;
}

const rulesArb: fc.Arbitrary<DepositRules> = fc.record({
  anomalyFactor: fc.constantFrom(3, 10),
  anomalyMinPages: fc.constantFrom(0, 500, 2_000),
  baselineDays: fc.constantFrom(7, 30, 90),
  ceilingPagesPerDay: fc.constantFrom(4_000, 1_000_000),
  resetAfter: fc.constantFrom(1, 2, 3, 4),
});

/** How the readings arrive: all but a batch were stored (and computed) first; the batch is new or re-read. */
const caseArb = fc
  .record({
    days: fc.array(dayArb, { minLength: 20, maxLength: 400, size: 'max' }),
    profile: fc.constantFrom(LETTER_PROFILE, A4_PROFILE),
    rules: rulesArb,
    batch: fc.record({
      kind: fc.constantFrom('tail', 'tail', 'tail', 'late', 'reread'),
      size: fc.integer({ min: 1, max: 40 }),
      at: fc.nat(),
    }),
    decide: fc.array(fc.tuple(fc.nat(), fc.constantFrom<ReviewDecision>('approved', 'rejected')), { maxLength: 4 }),
  })
  .map((c) => {
    const all = series(c.days, c.profile);
    const n = all.length;
    const size = Math.min(c.batch.size, n - 1);
    let old: StoredReading[];
    let changed: string;
    if (c.batch.kind === 'tail') {
      old = all.slice(0, n - size);
      changed = all[n - size]!.date;
    } else {
      // A batch in the middle: late readings (absent before) or readings the portal corrected (other counters before).
      const from = 1 + (c.batch.at % (n - size));
      const batch = all.slice(from, from + size);
      changed = batch[0]!.date;
      old =
        c.batch.kind === 'late'
          ? all.filter((r) => !batch.includes(r))
          : all.map((r) => (batch.includes(r) ? { ...r, counters: { ...r.counters, smallTotal: r.counters.smallTotal + 37 } } : r));
    }
    const decisions = new Map<string, ReviewDecision>(c.decide.map(([i, d]) => [all[1 + (i % (n - 1))]!.date, d]));
    return { all, old, changed, profile: c.profile, rules: c.rules, decisions };
  });

describe('recomputing from the earliest change', () => {
  it('gives exactly the deposits of a full recomputation, whatever the readings, rules, batches and decisions', async () => {
    let started = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ all, old, changed, profile, rules, decisions }) => {
        // Decisions on the old readings' days that are older than the change were there before; the newer may be new.
        const oldDecisions = new Map([...decisions].filter(([date]) => date < changed));
        const stored = computeDeposits(old, profile, oldDecisions, rules);
        const { history } = memoryHistory(all, stored, decisions);
        const result = await depositsFrom(history, changed, profile, rules);
        const truth = computeDeposits(all, profile, decisions, rules);
        expect(written(stored, result.deposits)).toEqual(truth);
        runs++;
        if (result.startedAt !== null) started++;
      }),
      { numRuns: 1_500 },
    );
    // The property says nothing if the incremental path is never taken: most runs must have started mid-way.
    expect(started / runs).toBeGreaterThan(0.5);
  });

  it('reads a bounded part of a long history: a night after five years starts a few readings back', async () => {
    const days: Day[] = Array.from({ length: 5 * 365 }, (_, i) => ({ gap: 1, print: 300 + (i % 17) * 20, glitch: 'none' }));
    const all = series(days, LETTER_PROFILE);
    const old = all.slice(0, -1);
    const stored = computeDeposits(old, LETTER_PROFILE, new Map(), DEFAULT_DEPOSIT_RULES);
    const { history, calls } = memoryHistory(all, stored, new Map());
    const result = await depositsFrom(history, all.at(-1)!.date, LETTER_PROFILE, DEFAULT_DEPOSIT_RULES);
    expect(calls.all).toBe(0);
    // N + 1 = 4 readings before the newest: the start is the 4th before it, and it computes the 4 days after it.
    expect(result.startedAt).toBe(all.at(-5)!.date);
    expect(result.deposits.map((d) => d.date)).toEqual(all.slice(-4).map((r) => r.date));
    expect(written(stored, result.deposits)).toEqual(computeDeposits(all, LETTER_PROFILE, new Map(), DEFAULT_DEPOSIT_RULES));
  });

  it('falls back to the whole feed when no reading near the change can be a start (a spell of glitches)', async () => {
    // Every day from the 30th on alternates a zero reading and a normal one: no accepted reading has its next 3 above it.
    const days: Day[] = Array.from({ length: 60 }, (_, i) => ({ gap: 1, print: 400, glitch: i >= 30 && i % 2 === 0 ? 'zero' : 'none' }));
    const all = series(days, LETTER_PROFILE);
    const stored = computeDeposits(all.slice(0, -1), LETTER_PROFILE, new Map(), DEFAULT_DEPOSIT_RULES);
    const { history, calls } = memoryHistory(all, stored, new Map());
    const result = await depositsFrom(history, all.at(-1)!.date, LETTER_PROFILE, DEFAULT_DEPOSIT_RULES);
    expect(result.startedAt).toBeNull();
    expect(calls.all).toBe(1);
    expect(written(stored, result.deposits)).toEqual(computeDeposits(all, LETTER_PROFILE, new Map(), DEFAULT_DEPOSIT_RULES));
  });
});
