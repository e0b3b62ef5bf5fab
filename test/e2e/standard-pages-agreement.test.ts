/**
 * The product's standard-page rule (src/collector/standard-pages.ts) and the simulator's own (src/simulator/sheets.ts)
 * are written independently, so that the simulator's truth checks the product instead of repeating it. This is the one
 * place that imports both: over many random counters, for both paper profiles, they must agree exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { A4_PROFILE, LETTER_PROFILE, PAPER_PROFILES, roundedStandardPages, type PaperProfile } from '../../src/standard-pages.js';
import { FLEET_PAPER_NAMES, FLEET_PAPERS, standardPagesOfCounters, type FleetPaper } from '../../src/simulator/sheets.js';

const SEED = 20_260_310;
const RUNS = 5_000;

interface Counters {
  smallTotal: number;
  largeTotal: number;
  duplexTotal: number;
}

/** Counters a portal can show: non-negative integers with 2 × duplexTotal ≤ smallTotal, of every magnitude. */
function countersUpTo(max: number): fc.Arbitrary<Counters> {
  return fc
    .record({
      smallTotal: fc.integer({ min: 0, max }),
      largeTotal: fc.integer({ min: 0, max }),
      duplexShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .chain(({ smallTotal, largeTotal, duplexShare }) =>
      fc
        .oneof(
          fc.constant(Math.floor((smallTotal / 2) * duplexShare)),
          fc.constant(Math.floor(smallTotal / 2)), // every small impression duplexed
          fc.constant(0),
          fc.integer({ min: 0, max: Math.floor(smallTotal / 2) }),
        )
        .map((duplexTotal) => ({ smallTotal, largeTotal, duplexTotal })),
    );
}

const counters: fc.Arbitrary<Counters> = fc.oneof(
  countersUpTo(20), // where the rounding of every fraction shows
  countersUpTo(5_000),
  countersUpTo(10_000_000), // a customer's life counters
  countersUpTo(2 ** 47), // far beyond any fleet, still exact in a double after conversion
);

const PAIRS: Array<[string, PaperProfile, FleetPaper]> = [
  ['a4', A4_PROFILE, FLEET_PAPERS.a4],
  ['letter', LETTER_PROFILE, FLEET_PAPERS.letter],
];

describe('standard pages: the product and the simulator agree', () => {
  it('offer the same paper names', () => {
    expect(Object.keys(PAPER_PROFILES).sort()).toEqual([...FLEET_PAPER_NAMES].sort());
  });

  for (const [name, product, simulator] of PAIRS) {
    it(`${name}: round(S(C)) is the same for ${RUNS} random counter sets`, () => {
      fc.assert(
        fc.property(counters, (c) => {
          expect(roundedStandardPages(c, product), `product's round(S) of ${JSON.stringify(c)} (expected: the simulator's)`).toBe(
            standardPagesOfCounters(c, simulator),
          );
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });

    it(`${name}: the same for every small counter set (all fractions, every rounding boundary)`, () => {
      const mismatches: Array<Counters & { product: number; simulator: number }> = [];
      let compared = 0;
      for (let smallTotal = 0; smallTotal <= 80; smallTotal++) {
        for (let largeTotal = 0; largeTotal <= 20; largeTotal++) {
          for (let duplexTotal = 0; 2 * duplexTotal <= smallTotal; duplexTotal++) {
            const c = { smallTotal, largeTotal, duplexTotal };
            const [p, s] = [roundedStandardPages(c, product), standardPagesOfCounters(c, simulator)];
            if (p !== s) mismatches.push({ ...c, product: p, simulator: s });
            compared++;
          }
        }
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
      // Every set: Σ over small 0–80 of (⌊small/2⌋ + 1) duplex values = 861 + 820 = 1,681, times 21 large values.
      expect(compared).toBe(35_301);
    });
  }
});
