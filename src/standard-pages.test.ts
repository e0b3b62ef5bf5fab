import { describe, expect, it } from 'vitest';
import {
  A3_80,
  A4_80,
  A4_PROFILE,
  LETTER_74,
  LETTER_PROFILE,
  PAPER_PROFILES,
  STANDARD_PAGE,
  TABLOID_74,
  exactStandardPages,
  roundedStandardPages,
  standardPages,
  standardPagesBetween,
  standardPagesPerSheet,
  type PaperCounters,
  type PaperProfile,
} from './standard-pages.js';

const c = (smallTotal: number, largeTotal = 0, duplexTotal = 0): PaperCounters => ({ smallTotal, largeTotal, duplexTotal });

/** A deterministic PRNG for the property tests (no dependency on Math.random). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (max: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % max;
  };
}

describe('paper formats', () => {
  it('match DOMAIN.md: A4 80 g/m² = 1.1178 and A3 = 2.2356 standard pages, Letter/Tabloid 74 g/m² = 1 and 2', () => {
    expect(standardPagesPerSheet(A4_80)).toBeCloseTo(1.1178, 4);
    expect(standardPagesPerSheet(A3_80)).toBeCloseTo(2.2356, 4);
    expect(standardPagesPerSheet(LETTER_74)).toBe(1);
    expect(standardPagesPerSheet(TABLOID_74)).toBe(2);
    expect(standardPagesPerSheet(STANDARD_PAGE)).toBe(1);
  });

  it('offers the a4 (default for a UK portal) and letter profiles, both counting duplex in sheets', () => {
    expect(PAPER_PROFILES.a4).toBe(A4_PROFILE);
    expect(PAPER_PROFILES.letter).toBe(LETTER_PROFILE);
    expect(A4_PROFILE).toMatchObject({ small: A4_80, large: A3_80, duplexCountedIn: 'sheets' });
    expect(LETTER_PROFILE).toMatchObject({ small: LETTER_74, large: TABLOID_74, duplexCountedIn: 'sheets' });
  });

  it('rejects a format that is not exact to 0.1 mm / 0.1 g/m², or not positive', () => {
    const bad = (f: Partial<typeof A4_80>): PaperProfile => ({ ...A4_PROFILE, id: 'bad', small: { ...A4_80, ...f } });
    expect(() => standardPages(c(1), bad({ widthMm: 210.05 }))).toThrow(RangeError);
    expect(() => standardPages(c(1), bad({ gsm: 0 }))).toThrow(RangeError);
    expect(() => standardPages(c(1), bad({ heightMm: Number.NaN }))).toThrow(RangeError);
    expect(() => standardPages(c(1), bad({ gsm: 80.5 }))).not.toThrow();
  });
});

describe('S(C)', () => {
  it('is zero for zero counters', () => {
    expect(standardPages(c(0), A4_PROFILE)).toBe(0);
    expect(roundedStandardPages(c(0), LETTER_PROFILE)).toBe(0);
  });

  it('counts a small impression as one small sheet, a large impression as one large sheet', () => {
    expect(standardPages(c(1), A4_PROFILE)).toBeCloseTo(1.117776, 6);
    expect(standardPages(c(0, 1), A4_PROFILE)).toBeCloseTo(2.235553, 6);
    expect(standardPages(c(7, 3), LETTER_PROFILE)).toBe(13);
  });

  it('lets each duplex sheet (two small impressions) save one small sheet', () => {
    expect(standardPages(c(2, 0, 1), A4_PROFILE)).toBeCloseTo(standardPagesPerSheet(A4_80), 12);
    expect(standardPages(c(100, 10, 50), LETTER_PROFILE)).toBe(50 + 20);
  });

  it('halves the saving when duplex is counted in sides', () => {
    const sides: PaperProfile = { ...LETTER_PROFILE, id: 'letter-sides', duplexCountedIn: 'sides' };
    expect(standardPages(c(100, 0, 50), sides)).toBe(75);
    expect(standardPages(c(100, 0, 100), sides)).toBe(50);
  });

  it('matches a worked example: A4/A3, 10,000 small, 2,000 duplex sheets, 500 large = 10,059.988… → 10,060', () => {
    const counters = c(10_000, 500, 2_000);
    expect(exactStandardPages(counters, A4_PROFILE).numerator * 10_145_141n).toBe(
      102_060_000_000n * exactStandardPages(counters, A4_PROFILE).denominator,
    );
    expect(standardPages(counters, A4_PROFILE)).toBeCloseTo(10_059.988323474263, 9);
    expect(roundedStandardPages(counters, A4_PROFILE)).toBe(10_060);
  });

  it('is exact for Letter/Tabloid however large the counters (no float drift)', () => {
    const big = 2 ** 50;
    expect(roundedStandardPages(c(big, big, big / 2), LETTER_PROFILE)).toBe(big / 2 + 2 * big);
    expect(roundedStandardPages(c(0, 123_456_789), LETTER_PROFILE)).toBe(246_913_578);
  });

  it('is linear: S(a + b) = S(a) + S(b) exactly', () => {
    const rnd = lcg(7);
    for (const profile of [A4_PROFILE, LETTER_PROFILE]) {
      for (let i = 0; i < 500; i++) {
        const a = c(rnd(1e6), rnd(1e5), rnd(4e5));
        const b = c(rnd(1e6), rnd(1e5), rnd(4e5));
        const sum = c(a.smallTotal + b.smallTotal, a.largeTotal + b.largeTotal, a.duplexTotal + b.duplexTotal);
        const ea = exactStandardPages(a, profile);
        const eb = exactStandardPages(b, profile);
        const es = exactStandardPages(sum, profile);
        expect(es.denominator).toBe(ea.denominator);
        expect(es.numerator).toBe(ea.numerator + eb.numerator);
      }
    }
  });

  it('rejects counters that are not non-negative integers', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => standardPages(c(bad), A4_PROFILE)).toThrow(RangeError);
      expect(() => standardPages(c(0, bad), A4_PROFILE)).toThrow(RangeError);
      expect(() => standardPages(c(0, 0, bad), A4_PROFILE)).toThrow(RangeError);
    }
  });
});

describe('rounding', () => {
  // Half a standard page by mass: half of Letter (5.5 in × 8.5 in) at 74 g/m².
  const halfLetter: PaperProfile = {
    id: 'half-letter',
    small: { name: 'Statement 74 g/m²', widthMm: 139.7, heightMm: 215.9, gsm: 74 },
    large: LETTER_74,
    duplexCountedIn: 'sheets',
  };
  const sides: PaperProfile = { ...LETTER_PROFILE, id: 'letter-sides', duplexCountedIn: 'sides' };

  it('rounds exact halves up', () => {
    expect(standardPages(c(1), halfLetter)).toBe(0.5);
    expect(roundedStandardPages(c(1), halfLetter)).toBe(1);
    expect(roundedStandardPages(c(3), halfLetter)).toBe(2);
    expect(roundedStandardPages(c(5), halfLetter)).toBe(3);
    expect(roundedStandardPages(c(3, 0, 1), sides)).toBe(3); // 3 − ½ = 2.5
    expect(roundedStandardPages(c(2 ** 40 + 1), halfLetter)).toBe(2 ** 39 + 1);
  });

  it('rounds halves towards +∞ when S is negative (impossible counters still give a defined answer)', () => {
    expect(roundedStandardPages(c(0, 0, 1), sides)).toBe(0); // −0.5 → 0
    expect(roundedStandardPages(c(0, 0, 3), sides)).toBe(-1); // −1.5 → −1
    expect(roundedStandardPages(c(0, 0, 1), LETTER_PROFILE)).toBe(-1);
  });

  it('rounds to the nearest integer otherwise (A4 never lands on an exact half)', () => {
    expect(roundedStandardPages(c(1), A4_PROFILE)).toBe(1); // 1.118
    expect(roundedStandardPages(c(2), A4_PROFILE)).toBe(2); // 2.236
    expect(roundedStandardPages(c(4), A4_PROFILE)).toBe(4); // 4.471
    expect(roundedStandardPages(c(5), A4_PROFILE)).toBe(6); // 5.589
    expect(roundedStandardPages(c(0, 1), A4_PROFILE)).toBe(2); // 2.236
    expect(roundedStandardPages(c(0, 3), A4_PROFILE)).toBe(7); // 6.707
    const rnd = lcg(11);
    for (let i = 0; i < 2000; i++) {
      const counters = c(rnd(5e7), rnd(5e6), rnd(2e7));
      const s = standardPages(counters, A4_PROFILE);
      if (Math.abs(s - Math.floor(s) - 0.5) > 1e-6) expect(roundedStandardPages(counters, A4_PROFILE)).toBe(Math.floor(s + 0.5));
    }
  });
});

describe('periods', () => {
  it('are round(S(end)) − round(S(start))', () => {
    expect(standardPagesBetween(c(4), c(5), A4_PROFILE)).toBe(2); // 4.47 → 4, 5.59 → 6
    expect(standardPagesBetween(c(5), c(4), A4_PROFILE)).toBe(-2);
    expect(standardPagesBetween(c(100, 10, 20), c(100, 10, 20), A4_PROFILE)).toBe(0);
  });

  it('add up to the same total however the days are split, delayed or caught up', () => {
    const rnd = lcg(3);
    for (const profile of [A4_PROFILE, LETTER_PROFILE]) {
      let counters = c(rnd(1e6), rnd(1e5), 0);
      const start = counters;
      const days: PaperCounters[] = [start];
      for (let d = 0; d < 365; d++) {
        const small = rnd(400);
        counters = c(counters.smallTotal + small, counters.largeTotal + rnd(20), counters.duplexTotal + rnd(Math.floor(small / 2) + 1));
        days.push(counters);
      }
      let daily = 0;
      for (let d = 1; d < days.length; d++) daily += standardPagesBetween(days[d - 1]!, days[d]!, profile);
      let weekly = 0;
      for (let d = 7; d < days.length; d += 7) weekly += standardPagesBetween(days[d - 7]!, days[d]!, profile);
      const lastWeekStart = Math.floor((days.length - 1) / 7) * 7;
      weekly += standardPagesBetween(days[lastWeekStart]!, days.at(-1)!, profile);
      const whole = standardPagesBetween(start, counters, profile);
      expect(daily).toBe(whole);
      expect(weekly).toBe(whole);
      expect(whole).toBe(Math.round(standardPages(counters, profile)) - Math.round(standardPages(start, profile)));
    }
  });
});
