import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredReading } from '../readings/reading-queries.js';
import { formatIsoDate, parseIsoDate } from '../simulator/calendar.js';
import { LETTER_PROFILE } from '../standard-pages.js';
import { computeDeposits, DEFAULT_DEPOSIT_RULES, type ComputedDeposit, type DepositRules } from './deposit-rules.js';
import { resolveReadings } from './reading-resolution.js';

// With the Letter profile and no large or duplex counts, S(C) = smallTotal exactly: the figures below are by hand.
const START = parseIsoDate('2026-03-01')!;
const feed = (totals: readonly number[]): StoredReading[] =>
  totals.map((t, i) => ({ date: formatIsoDate(START + i), counters: { smallTotal: t, largeTotal: 0, duplexTotal: 0 } }));
const NEVER_HOLD: DepositRules = { ...DEFAULT_DEPOSIT_RULES, anomalyFactor: 1e12, ceilingPagesPerDay: Number.MAX_SAFE_INTEGER };
const run = (totals: readonly number[], rules: DepositRules = NEVER_HOLD) =>
  computeDeposits(feed(totals), LETTER_PROFILE, new Map(), rules);
const shape = (ds: readonly ComputedDeposit[]) => ds.map((d) => [d.status, d.pages]);
const total = (ds: readonly ComputedDeposit[]) => ds.reduce((n, d) => n + d.pages, 0);

describe('glitches are resolved, not believed', () => {
  it('one day of all-zero counters between normal ones is a glitch: the lifetime count is not credited', () => {
    const ds = run([560_000, 560_006, 0, 560_010, 560_020]);
    expect(shape(ds)).toEqual([
      ['deposited', 6],
      ['glitch', 0],
      ['deposited', 4],
      ['deposited', 10],
    ]);
    expect(ds[2]!.baseDate).toBe(formatIsoDate(START + 1)); // measured across the zero day
    expect(total(ds)).toBe(20);
  });

  it('a one-day spike that comes back down is a glitch, under any rules, and the next day is measured from before it', () => {
    for (const rules of [NEVER_HOLD, DEFAULT_DEPOSIT_RULES]) {
      const ds = run([1_000, 1_100, 1_000_000_001_100, 1_150, 1_200], rules);
      expect(shape(ds)).toEqual([
        ['deposited', 100],
        ['glitch', 0],
        ['deposited', 50],
        ['deposited', 50],
      ]);
      expect(ds[2]!.baseDate).toBe(formatIsoDate(START + 1));
    }
  });

  it('a spike on the latest day is held by the ceiling, never deposited, until the next reading shows it was a glitch', () => {
    const latest = run([1_000, 1_100, 1_000_000_001_100], DEFAULT_DEPOSIT_RULES);
    expect(shape(latest)).toEqual([
      ['deposited', 100],
      ['held', 0],
    ]);
    expect(latest[1]!.threshold).toBe(1_000_000);
  });

  it('counters that bounce up and down while nothing is printed add nothing', () => {
    const ds = run([5_000, 5_500, 5_000, 5_500, 5_000, 5_500, 5_000, 5_000]);
    expect(total(ds)).toBe(0);
    expect(ds.filter((d) => d.status === 'glitch')).toHaveLength(3);
  });

  it('bouncing while printing adds exactly what was printed', () => {
    // True: 100 a day from 5,000; every other day answered 500 too high.
    const ds = run([5_000, 5_600, 5_200, 5_800, 5_400, 6_000, 5_600, 5_700]);
    expect(total(ds)).toBe(700);
  });

  it('two consecutive low days are still a glitch (fewer than 3); a drop that lasts 3 readings is a meter reset', () => {
    expect(shape(run([900, 1_000, 0, 0, 1_010, 1_020]))).toEqual([
      ['deposited', 100],
      ['glitch', 0],
      ['glitch', 0],
      ['deposited', 10],
      ['deposited', 10],
    ]);
    const reset = run([900, 1_000, 0, 7, 20, 31]);
    expect(shape(reset)).toEqual([
      ['deposited', 100],
      ['rebased', 0],
      ['deposited', 7],
      ['deposited', 13],
      ['deposited', 11],
    ]);
    expect(reset[1]!.reason).toMatch(/^meter reset/);
  });

  it('a drop not yet confirmed either way is pending (0), and the next readings decide', () => {
    expect(shape(run([900, 1_000, 10]))).toEqual([
      ['deposited', 100],
      ['pending', 0],
    ]);
    expect(shape(run([900, 1_000, 10, 25]))).toEqual([
      ['deposited', 100],
      ['pending', 0],
      ['pending', 0],
    ]);
    expect(shape(run([900, 1_000, 10, 1_030]))).toEqual([
      ['deposited', 100],
      ['glitch', 0],
      ['deposited', 30],
    ]);
  });

  it('a multi-day spike shorter than 3 readings comes back down: both days are glitches', () => {
    expect(shape(run([100, 500, 600, 110, 120]))).toEqual([
      ['glitch', 0],
      ['glitch', 0],
      ['deposited', 10],
      ['deposited', 10],
    ]);
  });

  it('resolution is a pure function of the readings: the kinds by hand', () => {
    expect(resolveReadings([10, 20, 5, 30]).map((r) => r.kind)).toEqual(['base', 'accepted', 'low', 'accepted']);
    expect(resolveReadings([10, 20, 1e9, 30]).map((r) => r.kind)).toEqual(['base', 'accepted', 'spike', 'accepted']);
    expect(resolveReadings([10, 20, 1, 2, 3]).map((r) => r.kind)).toEqual(['base', 'accepted', 'reset', 'accepted', 'accepted']);
    expect(resolveReadings([10, 20, 1], 1).map((r) => r.kind)).toEqual(['base', 'accepted', 'reset']);
    expect(() => resolveReadings([1], 0)).toThrow(RangeError);
  });
});

/**
 * A true printing series and glitches injected into it: runs of at most 2 consecutive glitched readings (each a spike
 * above the truth or a low reading below it, zero included), never on the first reading or the last 3 (a glitch on the
 * latest days cannot be told yet), never a persistent drop.
 */
const glitchedSeries = fc
  .record({
    start: fc.integer({ min: 0, max: 5_000_000 }),
    daily: fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 4, maxLength: 80 }),
    glitches: fc.array(
      fc.oneof(
        fc.constant(null),
        fc.constant(null),
        fc.record({ kind: fc.constant('high' as const), by: fc.integer({ min: 1, max: 1e12 }) }),
        fc.record({ kind: fc.constant('low' as const), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
      ),
      { minLength: 84, maxLength: 84 },
    ),
  })
  .map(({ start, daily, glitches }) => {
    const truth = [start];
    for (const d of daily) truth.push(truth.at(-1)! + d);
    const shown = [...truth];
    let runLength = 0;
    for (let i = 1; i < truth.length - 3; i++) {
      const g = glitches[i];
      if (!g || runLength === 2) {
        runLength = 0;
        continue;
      }
      runLength++;
      shown[i] = g.kind === 'high' ? truth[i]! + g.by : Math.floor(truth[i]! * g.to);
    }
    return { truth, shown };
  });

describe('properties (fast-check)', () => {
  it('for any true series and any glitches that are not persistent drops, Σ deposits = Σ truth', () => {
    fc.assert(
      fc.property(glitchedSeries, ({ truth, shown }) => {
        const ds = run(shown);
        expect(total(ds)).toBe(truth.at(-1)! - truth[0]!);
        expect(ds.every((d) => d.pages >= 0 && d.status !== 'rebased')).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('recomputing from the same readings in any arrival order gives the same deposits', () => {
    fc.assert(
      fc.property(glitchedSeries, fc.integer(), ({ shown }, seed) => {
        const readings = feed(shown);
        // Arrival in a shuffled order, stored by date as the readings table does, read back in date order.
        const arrived = fc.sample(fc.shuffledSubarray(readings, { minLength: readings.length }), { seed, numRuns: 1 })[0]!;
        const stored = new Map<string, StoredReading>();
        for (const r of arrived) stored.set(r.date, r);
        const back = [...stored.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
        expect(computeDeposits(back, LETTER_PROFILE, new Map())).toEqual(computeDeposits(readings, LETTER_PROFILE, new Map()));
      }),
      { numRuns: 300 },
    );
  });
});
