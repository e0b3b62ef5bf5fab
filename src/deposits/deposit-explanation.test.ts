import { describe, expect, it } from 'vitest';
import { explainDeposit, type ReadingExplanation } from './deposit-explanation.js';
import type { StoredReading } from '../readings/reading-queries.js';
import { computeDeposits } from './deposit-rules.js';
import {
  A4_PROFILE,
  LETTER_PROFILE,
  roundedStandardPages,
  standardPages,
  standardPagesBetween,
  type PaperCounters,
  type PaperProfile,
} from '../standard-pages.js';

const SIDES_PROFILE: PaperProfile = { ...A4_PROFILE, id: 'a4-sides', duplexCountedIn: 'sides' };
const c = (smallTotal: number, largeTotal = 0, duplexTotal = 0): PaperCounters => ({ smallTotal, largeTotal, duplexTotal });
const at = (date: string, counters: PaperCounters): StoredReading => ({ date, counters });

/** A decimal string ("4.9896", "-12", "0.5") as an integer number of 1e-12 units: exact arithmetic for the checks. */
const SCALE = 12;
function units(text: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a decimal: ${text}`);
  const fraction = (m[3] ?? '').padEnd(SCALE, '0');
  if (fraction.length > SCALE) throw new Error(`too many decimals: ${text}`);
  const v = BigInt(m[2]! + fraction);
  return m[1] ? -v : v;
}
const ONE = 10n ** BigInt(SCALE);

/** Checks every step of one reading's explanation from its own figures, in exact arithmetic. */
function checkReading(r: ReadingExplanation, profile: PaperProfile, masses: { small: string; large: string; standard: string }) {
  const { smallTotal, largeTotal, duplexTotal } = r.counters;
  expect(r.saved).toBe(profile.duplexCountedIn === 'sides' ? duplexTotal / 2 : duplexTotal);
  expect(r.smallSheets).toBe(smallTotal - r.saved);
  // smallMass = smallSheets × m_small; largeMass = largeTotal × m_large; paper = small + large (exact decimals).
  expect(units(r.smallMassG) * ONE).toBe(units(String(r.smallSheets)) * units(masses.small));
  expect(units(r.largeMassG)).toBe(BigInt(largeTotal) * units(masses.large));
  expect(units(r.paperMassG)).toBe(units(r.smallMassG) + units(r.largeMassG));
  // S = paper / m_std, and the exact fraction is that quotient.
  const n = BigInt(r.standardPagesExact.numerator);
  const d = BigInt(r.standardPagesExact.denominator);
  expect(d > 0n).toBe(true);
  expect(units(r.paperMassG) * d).toBe(n * units(masses.standard));
  // round(S), halves up: floor(S + ½) = floor((2n + d) / 2d) (n ≥ 0 here).
  expect(BigInt(r.rounded)).toBe((2n * n + d) / (2n * d));
  // The 6-decimal figure is S rounded to 6 places.
  const sixth = units(r.standardPages) / 10n ** BigInt(SCALE - 6);
  expect(sixth).toBe((2n * n * 1_000_000n + d) / (2n * d));
  expect(r.formula).toContain(`round(S) = ${r.rounded}`);
}

function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return (max: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % max;
  };
}

describe('explainDeposit', () => {
  it("shows DOMAIN.md's masses: A4 and A3 at 80 g/m², Letter and Tabloid at 74 g/m², and the standard page", () => {
    const a4 = explainDeposit(at('2026-03-08', c(0)), at('2026-03-09', c(1)), A4_PROFILE);
    expect(a4.masses.small).toMatchObject({ format: 'A4 80 g/m²', widthM: 0.21, heightM: 0.297, gsm: 80, massG: '4.9896' });
    expect(a4.masses.large).toMatchObject({ widthM: 0.297, heightM: 0.42, gsm: 80, massG: '9.9792' });
    expect(a4.masses.standard).toMatchObject({ widthM: 0.2159, heightM: 0.2794, gsm: 74, massG: '4.46386204' });
    expect(a4.masses.small.formula).toBe('0.21 m × 0.297 m × 80 g/m² = 4.9896 g');
    // 4.9896 / 4.46386204 = 1.1178 standard pages per A4 sheet (docs/domain.md).
    expect(Number(a4.end.standardPages)).toBeCloseTo(1.1178, 4);
    const letter = explainDeposit(at('2026-03-08', c(0)), at('2026-03-09', c(1, 1)), LETTER_PROFILE);
    expect(letter.masses.small.massG).toBe('4.46386204');
    expect(letter.masses.large.massG).toBe('8.92772408');
    expect(letter.end.standardPages).toBe('3.000000');
    expect(letter.rawPages).toBe(3);
  });

  it('walks through a day of a real-looking feed step by step', () => {
    const base = at('2026-03-08', c(206_049, 9_139, 16_594));
    const end = at('2026-03-09', c(206_549, 9_159, 16_694));
    const e = explainDeposit(base, end, A4_PROFILE);
    expect(e.base).toMatchObject({
      date: '2026-03-08',
      counters: { smallTotal: 206_049, largeTotal: 9_139, duplexTotal: 16_594 },
      saved: 16_594,
      savedFormula: 'saved = duplexTotal = 16594',
      smallSheets: 189_455,
      smallMassG: '945304.668', // 189,455 × 4.9896 g
      largeMassG: '91199.9088', // 9,139 × 9.9792 g
      paperMassG: '1036504.5768',
      standardPages: '232199.061600',
      rounded: 232_199,
    });
    expect(e.end.rounded).toBe(232_691);
    expect(e.rawPages).toBe(492);
    expect(e.rawPagesFormula).toBe('232691 − 232199 = 492');
    expect(e.formula).toBe('pages = round(S(C(end))) − round(S(C(base)))');
    expect(e.base.formula).toBe(
      'S = ((206049 − 16594) × 4.9896 g + 9139 × 9.9792 g) / 4.46386204 g = ' +
        '(945304.668 g + 91199.9088 g) / 4.46386204 g = 232199.061600; round(S) = 232199',
    );
    expect(Number(e.base.standardPages)).toBeCloseTo(standardPages(base.counters, A4_PROFILE), 5);
    expect(e.profile).toEqual({ id: 'a4', duplexCountedIn: 'sheets' });
  });

  it('halves the duplex count when it counts sides', () => {
    const e = explainDeposit(at('2026-03-08', c(0)), at('2026-03-09', c(101, 3, 41)), SIDES_PROFILE);
    expect(e.end).toMatchObject({ saved: 20.5, smallSheets: 80.5, savedFormula: 'saved = duplexTotal / 2 = 41 / 2 = 20.5' });
    expect(e.end.smallMassG).toBe('401.6628'); // 80.5 × 4.9896 g
    expect(e.standardPageFormula).toContain('duplexTotal / 2');
    checkReading(e.end, SIDES_PROFILE, { small: e.masses.small.massG, large: e.masses.large.massG, standard: e.masses.standard.massG });
  });

  it('reproduces the raw pages of the deposit exactly, every step checkable (seeded, three profiles)', () => {
    const next = prng(4242);
    for (let k = 0; k < 600; k++) {
      const profile = [A4_PROFILE, LETTER_PROFILE, SIDES_PROFILE][k % 3]!;
      const small = next(5_000_000);
      const base = c(small, next(400_000), next(Math.floor(small / 2) + 1));
      const grow = next(3) === 0 ? 0 : next(30_000);
      const endSmall = next(20) === 0 ? next(small + 1) : small + grow; // now and then a reset
      const end = c(
        endSmall,
        next(20) === 0 ? 0 : base.largeTotal + next(1_000),
        Math.min(Math.floor(endSmall / 2), base.duplexTotal + next(grow + 1)),
      );
      const readings = [at('2025-06-01', base), at('2025-06-02', end)];
      const [deposit] = computeDeposits(readings, profile, new Map());
      const e = explainDeposit(readings[0]!, readings[1]!, profile);
      const masses = { small: e.masses.small.massG, large: e.masses.large.massG, standard: e.masses.standard.massG };
      checkReading(e.base, profile, masses);
      checkReading(e.end, profile, masses);
      expect(e.base.rounded).toBe(roundedStandardPages(base, profile));
      expect(e.end.rounded).toBe(roundedStandardPages(end, profile));
      expect(e.rawPages).toBe(e.end.rounded - e.base.rounded);
      expect(e.rawPages).toBe(deposit!.rawPages);
      expect(e.rawPages).toBe(standardPagesBetween(base, end, profile));
      expect(JSON.parse(JSON.stringify(e))).toEqual(e); // JSON-friendly
    }
  });

  it('explains a negative difference as well (the deposit re-bases)', () => {
    // A drop that persists for three readings is a meter reset.
    const readings = [
      at('2025-06-01', c(90_000, 100, 10)),
      at('2025-06-02', c(1_200, 0, 0)),
      at('2025-06-03', c(1_300, 0, 0)),
      at('2025-06-04', c(1_400, 0, 0)),
    ];
    const e = explainDeposit(readings[0]!, readings[1]!, A4_PROFILE);
    const [deposit] = computeDeposits(readings, A4_PROFILE, new Map());
    expect(deposit!.status).toBe('rebased');
    expect(e.rawPages).toBe(deposit!.rawPages);
    expect(e.rawPages).toBeLessThan(0);
  });

  it('is deterministic, and refuses counters that are not non-negative integers', () => {
    const a = at('2025-06-01', c(10, 2, 3));
    const b = at('2025-06-02', c(20, 2, 4));
    expect(explainDeposit(a, b, A4_PROFILE)).toEqual(explainDeposit(structuredClone(a), structuredClone(b), A4_PROFILE));
    expect(() => explainDeposit(a, at('2025-06-02', c(1.5)), A4_PROFILE)).toThrow(RangeError);
    expect(() => explainDeposit(at('2025-06-01', c(-1)), b, A4_PROFILE)).toThrow(RangeError);
  });
});
