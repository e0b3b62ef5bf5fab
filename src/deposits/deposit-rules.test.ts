import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { formatIsoDate, parseIsoDate, PortalToday, type DayNumber } from '../simulator/calendar.js';
import { FleetModel } from '../simulator/fleet-model.js';
import { PortalState } from '../simulator/portal-state.js';
import { truthOver } from '../simulator/truth.js';
import {
  BASELINE_QUANTILE,
  computeDeposits,
  DEFAULT_DEPOSIT_RULES,
  explainDeposit,
  MIN_BASELINE_OBSERVATIONS,
  PARTIAL_HISTORY_FACTOR,
  type ComputedDeposit,
  type DepositRules,
  type ReviewDecision,
} from './deposit-rules.js';
import type { StoredReading } from '../readings/reading-queries.js';
import { A4_PROFILE, LETTER_PROFILE, roundedStandardPages, type PaperCounters, type PaperProfile } from '../standard-pages.js';

// ---------------------------------------------------------------------------------------------------------------
// Helpers. With the Letter profile S(C) = smallTotal − duplexTotal + 2 × largeTotal exactly, which keeps hand-made
// sequences readable; the A4 profile and a "duplex counted in sides" profile exercise the rounding.

const SIDES_PROFILE: PaperProfile = { ...A4_PROFILE, id: 'a4-sides', duplexCountedIn: 'sides' };
const NONE: ReadonlyMap<string, ReviewDecision> = new Map();
/** Rules under which nothing is ever held. */
const NEVER_HOLD: DepositRules = { ...DEFAULT_DEPOSIT_RULES, anomalyFactor: 1e12 };

const day = (iso: string): DayNumber => {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new Error(`bad date ${iso}`);
  return d;
};
const plusDays = (iso: string, n: number) => formatIsoDate(day(iso) + n);
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday

const reading = (date: string, smallTotal: number, largeTotal = 0, duplexTotal = 0): StoredReading => ({
  date,
  counters: { smallTotal, largeTotal, duplexTotal },
});

/** Readings on consecutive days from `start`: the first is `base` pages, each next one adds daily[i] (Letter: S = small). */
function series(start: string, daily: readonly number[], base = 1_000_000): StoredReading[] {
  const out = [reading(start, base)];
  let total = base;
  daily.forEach((pages, i) => {
    total += pages;
    out.push(reading(plusDays(start, i + 1), total));
  });
  return out;
}

/** The same readings with `extra` small impressions added to every counter from index `from` on (a device added). */
function withJump(readings: readonly StoredReading[], from: number, extra: number): StoredReading[] {
  return readings.map((r, i) => (i < from ? r : { date: r.date, counters: { ...r.counters, smallTotal: r.counters.smallTotal + extra } }));
}

/** A deterministic PRNG (no dependency on Math.random): uniform in [0, 1). */
function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

/** An office's daily pages: ~`perDay` on weekdays (± 30 %), a handful at weekends. */
function officeDays(seed: number, start: string, n: number, perDay = 500): number[] {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const wd = weekdayOf(plusDays(start, i + 1));
    return wd === 0 || wd === 6 ? Math.floor(rnd() * 10) : Math.round(perDay * (0.7 + 0.6 * rnd()));
  });
}

const R = (r: StoredReading, profile: PaperProfile = LETTER_PROFILE) => roundedStandardPages(r.counters, profile);
const sum = (ds: readonly ComputedDeposit[]) => ds.reduce((a, d) => a + d.pages, 0);
const byDate = (ds: readonly ComputedDeposit[], date: string) => {
  const d = ds.find((x) => x.date === date);
  if (!d) throw new Error(`no deposit on ${date}`);
  return d;
};

const START = '2025-01-05'; // a Sunday: the first deposit is on a Monday
const OFFICE = series(START, officeDays(1, START, 200)); // 201 readings, 2025-01-05 … 2025-07-24

// ---------------------------------------------------------------------------------------------------------------

describe('computeDeposits: the difference of two readings', () => {
  it('deposits round(S(d)) − round(S(previous)) for every reading after the first, measured from the previous one', () => {
    const readings = [
      reading('2025-03-02', 1000),
      reading('2025-03-03', 1100),
      reading('2025-03-04', 1250),
      reading('2025-03-05', 1250),
      reading('2025-03-06', 1400),
    ];
    const deposits = computeDeposits(readings, LETTER_PROFILE, NONE);
    expect(deposits.map((d) => [d.date, d.pages, d.status, d.baseDate, d.rawPages, d.coveredDays])).toEqual([
      ['2025-03-03', 100, 'deposited', '2025-03-02', 100, 1],
      ['2025-03-04', 150, 'deposited', '2025-03-03', 150, 1],
      ['2025-03-05', 0, 'deposited', '2025-03-04', 0, 1],
      ['2025-03-06', 150, 'deposited', '2025-03-05', 150, 2], // the counters last moved on the 4th
    ]);
    // Three increases (100, 150 and 150 over 2 days = 75 a day). A day with an increase is judged by the other two:
    // too few for a usual volume, so only the ceiling of 1,000,000 a day covered applies. The day without one is judged
    // by all three: their median is 100 a day, × 10 × 10 (a short history) = 10,000.
    expect(deposits.map((d) => [d.anomaly, d.threshold, d.usualDailyPages, d.reason])).toEqual([
      [false, 1_000_000, null, null],
      [false, 1_000_000, null, null],
      [false, 10_000, 100, null],
      [false, 2_000_000, null, null],
    ]);
  });

  it('has nothing to deposit for no reading or only the base reading', () => {
    expect(computeDeposits([], A4_PROFILE, NONE)).toEqual([]);
    expect(computeDeposits([reading('2025-03-02', 5)], A4_PROFILE, NONE)).toEqual([]);
  });

  it('uses the paper profile: large sheets, duplex in sheets or sides, rounding halves up on each reading', () => {
    // Letter: S = small − duplex + 2 × large.
    const letter = computeDeposits([reading('2025-03-02', 100, 10, 20), reading('2025-03-03', 300, 15, 60)], LETTER_PROFILE, NONE);
    expect(letter[0]!.rawPages).toBe(300 - 60 + 30 - (100 - 20 + 20));
    // A4 80 g/m²: the difference of the rounded cumulative figures, not the rounded difference.
    const a = reading('2025-03-02', 1, 0, 0); // S = 1.1178… → 1
    const b = reading('2025-03-03', 2, 0, 0); // S = 2.2356… → 2
    const c = reading('2025-03-04', 3, 0, 0); // S = 3.3534… → 3
    const d = reading('2025-03-05', 5, 0, 0); // S = 5.589… → 6
    expect(computeDeposits([a, b, c, d], A4_PROFILE, NONE).map((x) => x.rawPages)).toEqual([1, 1, 3]);
    // Duplex counted in sides saves half a sheet per side.
    const sides = computeDeposits([reading('2025-03-02', 0), reading('2025-03-03', 100, 0, 20)], SIDES_PROFILE, NONE);
    expect(sides[0]!.rawPages).toBe(roundedStandardPages({ smallTotal: 90, largeTotal: 0, duplexTotal: 0 }, A4_PROFILE));
  });

  it('measures across missing dates from the last reading present, covering all the days in between', () => {
    const readings = [
      reading('2025-03-02', 1000),
      reading('2025-03-03', 1100),
      reading('2025-03-07', 1600),
      reading('2025-03-08', 1650),
      reading('2025-04-08', 9000),
    ];
    // (too few readings to judge anomalies: MIN_BASELINE_OBSERVATIONS)
    const deposits = computeDeposits(readings, LETTER_PROFILE, NONE);
    expect(deposits.map((d) => [d.date, d.baseDate, d.pages, d.coveredDays])).toEqual([
      ['2025-03-03', '2025-03-02', 100, 1],
      ['2025-03-07', '2025-03-03', 500, 4],
      ['2025-03-08', '2025-03-07', 50, 1],
      ['2025-04-08', '2025-03-08', 7350, 31],
    ]);
    expect(sum(deposits)).toBe(9000 - 1000);
  });

  it('ignores counter fields other than the paper ones (scans use no paper)', () => {
    const full = (date: string, small: number, scans: number) => ({
      date,
      counters: { smallTotal: small, largeTotal: 0, duplexTotal: 0, scanTotal: scans, deviceTotal: small },
    });
    const deposits = computeDeposits(
      [full('2025-03-02', 10, 0), full('2025-03-03', 10, 500), full('2025-03-04', 30, 900)],
      LETTER_PROFILE,
      NONE,
    );
    expect(deposits.map((d) => [d.pages, d.coveredDays])).toEqual([
      [0, 1],
      [20, 2],
    ]);
  });
});

describe('computeDeposits: stale spells and catch-ups', () => {
  it('deposits 0 while the counters stand still and the whole catch-up on the day they move again, not held', () => {
    const days = officeDays(2, START, 160);
    for (let i = 130; i < 140; i++) days[i] = 0; // the agent stopped reporting for 10 days …
    days[140] = 11 * 500; // … and its counters jump to the true ones on the 11th
    const readings = series(START, days);
    const deposits = computeDeposits(readings, LETTER_PROFILE, NONE);
    const catchUp = deposits[140]!;
    expect(deposits.slice(130, 140).every((d) => d.pages === 0 && d.status === 'deposited')).toBe(true);
    expect(catchUp).toMatchObject({ status: 'deposited', pages: 5500, rawPages: 5500, coveredDays: 11, anomaly: false });
    expect(catchUp.threshold).not.toBeNull(); // judged (the feed has history), and far below the threshold
    expect(catchUp.rawPages).toBeLessThan(catchUp.threshold! / 5);
    expect(sum(deposits)).toBe(R(readings.at(-1)!) - R(readings[0]!));
  });

  it('does not hold a catch-up after a long stale spell either: it is compared with all the days it covers', () => {
    const days = officeDays(3, START, 200);
    const stale = days.slice(120, 180).reduce((a, b) => a + b, 0);
    for (let i = 120; i < 180; i++) days[i] = 0;
    days[180]! += stale; // sixty days caught up at once
    const readings = series(START, days);
    const deposits = computeDeposits(readings, LETTER_PROFILE, NONE);
    expect(deposits[180]).toMatchObject({ status: 'deposited', coveredDays: 61, anomaly: false });
    expect(deposits[180]!.pages).toBeGreaterThan(20_000);
    expect(deposits.some((d) => d.status !== 'deposited')).toBe(false);
    expect(sum(deposits)).toBe(R(readings.at(-1)!) - R(readings[0]!));
  });
});

describe('computeDeposits: negative differences', () => {
  it('deposits 0 and re-bases: later days are measured from the new, lower counters', () => {
    const readings = [
      reading('2025-03-02', 5000),
      reading('2025-03-03', 5200),
      reading('2025-03-04', 300),
      reading('2025-03-05', 450),
      reading('2025-03-06', 700),
    ];
    const deposits = computeDeposits(readings, LETTER_PROFILE, NONE);
    expect(deposits.map((d) => [d.status, d.pages, d.rawPages, d.baseDate])).toEqual([
      ['deposited', 200, 200, '2025-03-02'],
      ['rebased', 0, -4900, '2025-03-03'],
      ['deposited', 150, 150, '2025-03-04'],
      ['deposited', 250, 250, '2025-03-05'],
    ]);
    expect(sum(deposits)).toBe(200 + 150 + 250);
  });

  it('re-bases on a decrease of any counter that lowers S (a device removed), also in the middle of a busy feed', () => {
    const readings = OFFICE.map((r, i) =>
      i < 150 ? r : { date: r.date, counters: { ...r.counters, smallTotal: r.counters.smallTotal - 40_000 } },
    );
    const deposits = computeDeposits(readings, LETTER_PROFILE, NONE);
    const removed = deposits[149]!;
    expect(removed.status).toBe('rebased');
    expect(removed.pages).toBe(0);
    expect(removed.rawPages).toBe(R(readings[150]!) - R(readings[149]!));
    expect(deposits.slice(150).every((d) => d.status === 'deposited')).toBe(true);
    expect(sum(deposits.slice(150))).toBe(R(readings.at(-1)!) - R(readings[150]!));
  });
});

describe('computeDeposits: anomalies', () => {
  const JUMP_AT = 150; // reading index (a date well past the first baselineDays days of the feed)
  const withDevice = withJump(OFFICE, JUMP_AT, 50_000); // a used device added with its life count of 50,000 pages
  const jumpDate = withDevice[JUMP_AT]!.date;

  it('holds a used device added with its life count on a feed of ~500 pages a day', () => {
    const deposits = computeDeposits(withDevice, LETTER_PROFILE, NONE);
    const held = byDate(deposits, jumpDate);
    expect(held).toMatchObject({ status: 'held', pages: 0, anomaly: true, coveredDays: 1 });
    expect(held.rawPages).toBe(50_000 + (R(OFFICE[JUMP_AT]!) - R(OFFICE[JUMP_AT - 1]!)));
    expect(held.usualDailyPages).toBeGreaterThan(500);
    expect(held.usualDailyPages).toBeLessThan(700);
    expect(held.threshold).toBe(Math.max(DEFAULT_DEPOSIT_RULES.anomalyMinPages, Math.floor(10 * held.usualDailyPages!)));
    expect(deposits.filter((d) => d.status !== 'deposited')).toEqual([held]);
  });

  it('a held day blocks nothing and is not counted twice: later days are measured from its counters', () => {
    const deposits = computeDeposits(withDevice, LETTER_PROFILE, NONE);
    const plain = computeDeposits(OFFICE, LETTER_PROFILE, NONE);
    for (let i = JUMP_AT; i < deposits.length; i++) {
      expect(deposits[i]!.status).toBe('deposited');
      expect(deposits[i]!.baseDate).toBe(withDevice[i]!.date);
      expect(deposits[i]!.pages).toBe(plain[i]!.pages); // exactly what they would have been without the device
      expect(deposits[i]!.usualDailyPages).toBe(plain[i]!.usualDailyPages); // the held day is not in the baseline
    }
    expect(sum(deposits)).toBe(R(withDevice.at(-1)!) - R(withDevice[0]!) - byDate(deposits, jumpDate).rawPages);
  });

  it('approved: deposits its full raw pages, once; the total is the exact difference of the first and last readings', () => {
    const deposits = computeDeposits(withDevice, LETTER_PROFILE, new Map([[jumpDate, 'approved']]));
    const approved = byDate(deposits, jumpDate);
    expect(approved).toMatchObject({ status: 'deposited', anomaly: true });
    expect(approved.pages).toBe(approved.rawPages);
    expect(sum(deposits)).toBe(R(withDevice.at(-1)!) - R(withDevice[0]!));
    expect(deposits.filter((d) => d.status !== 'deposited')).toEqual([]);
  });

  it('rejected: deposits 0 and re-bases, so the jump is never deposited and later days are unchanged', () => {
    const deposits = computeDeposits(withDevice, LETTER_PROFILE, new Map([[jumpDate, 'rejected']]));
    const rejected = byDate(deposits, jumpDate);
    expect(rejected).toMatchObject({ status: 'rejected', pages: 0, anomaly: true });
    const plain = computeDeposits(OFFICE, LETTER_PROFILE, NONE);
    expect(deposits.map((d) => (d.date === jumpDate ? 0 : d.pages))).toEqual(plain.map((d) => (d.date === jumpDate ? 0 : d.pages)));
    expect(deposits[JUMP_AT]!.baseDate).toBe(jumpDate);
  });

  it('ignores decisions for days that are not anomalies', () => {
    const decisions = new Map<string, ReviewDecision>([
      [OFFICE[10]!.date, 'rejected'],
      [OFFICE[170]!.date, 'rejected'],
      ['2030-01-01', 'approved'],
    ]);
    expect(computeDeposits(OFFICE, LETTER_PROFILE, decisions)).toEqual(computeDeposits(OFFICE, LETTER_PROFILE, NONE));
  });

  it('holds each of several jumps independently, and approval of one leaves the others held', () => {
    const twice = withJump(withJump(OFFICE, 120, 60_000), 170, 80_000);
    const first = twice[120]!.date;
    const second = twice[170]!.date;
    const undecided = computeDeposits(twice, LETTER_PROFILE, NONE);
    expect(undecided.filter((d) => d.status === 'held').map((d) => d.date)).toEqual([first, second]);
    const one = computeDeposits(twice, LETTER_PROFILE, new Map([[first, 'approved']]));
    expect(byDate(one, first).status).toBe('deposited');
    expect(byDate(one, second).status).toBe('held'); // one approved outlier does not raise the 90th percentile
    const both = computeDeposits(
      twice,
      LETTER_PROFILE,
      new Map([
        [first, 'approved'],
        [second, 'approved'],
      ]),
    );
    expect(sum(both)).toBe(R(twice.at(-1)!) - R(twice[0]!));
  });

  it('compares a jump after days without any printing with the usual volume of all the days it covers', () => {
    const days = officeDays(9, START, 200);
    const monday = days.findIndex((_, i) => plusDays(START, i + 1) === '2025-06-02');
    days[monday - 1] = 0; // nothing printed on Saturday and Sunday: the counters stood still
    days[monday - 2] = 0;
    const readings = series(START, days);
    const wednesday = monday + 2;
    const usual = computeDeposits(readings, LETTER_PROFILE, NONE)[monday]!.usualDailyPages!;
    const extra = Math.round(usual * 15); // 15 days' worth, on top of the day's own pages
    const onMonday = computeDeposits(withJump(readings, monday + 1, extra), LETTER_PROFILE, NONE)[monday]!;
    expect(onMonday).toMatchObject({ date: '2025-06-02', status: 'deposited', coveredDays: 3 }); // < 10 × 3 days
    const onWednesday = computeDeposits(withJump(readings, wednesday + 1, extra), LETTER_PROFILE, NONE)[wednesday]!;
    expect(onWednesday).toMatchObject({ date: '2025-06-04', status: 'held', coveredDays: 1 }); // > 10 × 1 day
  });

  it('never holds a small difference, whatever the ratio (anomalyMinPages)', () => {
    const tiny = series(START, officeDays(4, START, 150, 5)); // ~5 pages a day
    const jump = withJump(tiny, 120, 1_900);
    const deposits = computeDeposits(jump, LETTER_PROFILE, NONE);
    expect(deposits[119]).toMatchObject({ status: 'deposited', pages: 1_900 + (R(tiny[120]!) - R(tiny[119]!)), threshold: 2_000 });
    expect(computeDeposits(withJump(tiny, 120, 2_500), LETTER_PROFILE, NONE)[119]!.status).toBe('held');
  });

  it('before the feed has baselineDays of history, holds only a difference out of all proportion (× PARTIAL_HISTORY_FACTOR)', () => {
    // A feed that starts in a holiday has not seen its usual volume yet: its first weeks are judged ten times more leniently.
    const firstWithPages = computeDeposits(OFFICE, LETTER_PROFILE, NONE).find((d) => d.pages > 0)!;
    const lenient = computeDeposits(withJump(OFFICE, 60, 50_000), LETTER_PROFILE, NONE)[59]!; // ~80 × the usual volume
    expect(day(lenient.date) - day(firstWithPages.date)).toBeLessThan(DEFAULT_DEPOSIT_RULES.baselineDays);
    expect(lenient).toMatchObject({ status: 'deposited', pages: 50_000 + (R(OFFICE[60]!) - R(OFFICE[59]!)), anomaly: false });
    expect(lenient.threshold).toBe(Math.floor(10 * PARTIAL_HISTORY_FACTOR * lenient.usualDailyPages! * lenient.coveredDays));
    expect(computeDeposits(withJump(OFFICE, 60, 100_000), LETTER_PROFILE, NONE)[59]!.status).toBe('held');
    // Once the window is full, the ordinary factor applies: the same 50,000 pages are held.
    expect(computeDeposits(withJump(OFFICE, 150, 50_000), LETTER_PROFILE, NONE)[149]!.status).toBe('held');
  });

  it('holds a device added with 80,000 pages after 40 days of 500 pages a day', () => {
    const days: number[] = Array.from({ length: 57 }, (_, i) => (i === 40 ? 80_500 : 500));
    const deposits = computeDeposits(series('2026-01-01', days, 100_000), LETTER_PROFILE, NONE);
    expect(deposits.filter((d) => d.status === 'held').map((d) => [d.date, d.rawPages, d.threshold])).toEqual([
      ['2026-02-11', 80_500, 50_000],
    ]);
  });

  it("with fewer than MIN_BASELINE_OBSERVATIONS days in the window, judges by the feed's first days (the batch itself)", () => {
    // Day 15 of a new office feed: the jump of 1,000,000 is compared with the office's own first 90 days (×100).
    const early = computeDeposits(withJump(OFFICE, 15, 1_000_000), LETTER_PROFILE, NONE);
    expect(early[14]).toMatchObject({ status: 'held', anomaly: true });
    expect(early[14]!.usualDailyPages).toBeGreaterThan(500);
    expect(early[14]!.usualDailyPages).toBeLessThan(700);
    // Once a week 400 pages: the window never has 20 days with pages; the first 90 days have 13 (median 400 / 7 a day,
    // the weekly deposit covering 7 days), so 50,000 on one day is 100 × 400/7 × 1 = 5,714 → held.
    const sparseDays: number[] = Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 400 : 0));
    sparseDays[190] = 50_000;
    const sparse = computeDeposits(series(START, sparseDays), LETTER_PROFILE, NONE);
    expect(sparse.filter((d) => d.status !== 'deposited').map((d) => d.date)).toEqual([sparse[190]!.date]);
    expect(sparse[190]!.threshold).toBe(Math.floor(100 * (400 / 7) * 1));
    // Fewer than MIN_EARLY_OBSERVATIONS increases in all: only the ceiling (1,000,000 a day covered).
    const two = computeDeposits(series(START, [300, 999_999]), LETTER_PROFILE, NONE);
    expect(two.map((d) => d.status)).toEqual(['deposited', 'deposited']);
    expect(computeDeposits(series(START, [300, 1_000_001]), LETTER_PROFILE, NONE).map((d) => d.status)).toEqual(['deposited', 'held']);
    expect(MIN_BASELINE_OBSERVATIONS).toBe(20);
  });

  it('uses the 90th percentile of the per-day rates of the deposits of the last baselineDays days', () => {
    // 100 days at 100 pages a day, then 100 days at 1,000: the usual volume follows within the window.
    const days = [...Array<number>(100).fill(100), ...Array<number>(100).fill(1_000)];
    const deposits = computeDeposits(series(START, days), LETTER_PROFILE, NONE, NEVER_HOLD);
    expect(deposits[99]!.usualDailyPages).toBe(100);
    // On day 110 the window (days 20 … 109) holds 81 days at 100 and 9 at 1,000: the 81st of 90 sorted rates is 100 …
    expect(deposits[109]!.usualDailyPages).toBe(100);
    // … on day 111, 80 at 100 and 10 at 1,000: the 81st is 1,000.
    expect(deposits[110]!.usualDailyPages).toBe(1_000);
    expect(BASELINE_QUANTILE).toBe(0.9);
    // Under the default rules, the step from 100 to 1,000 a day (10×) is not held: 1,000 ≤ max(2,000, 10 × 100).
    expect(computeDeposits(series(START, days), LETTER_PROFILE, NONE).some((d) => d.status === 'held')).toBe(false);
  });

  it('the rules are configurable', () => {
    const strict: DepositRules = { ...DEFAULT_DEPOSIT_RULES, anomalyFactor: 2, anomalyMinPages: 0, baselineDays: 30 };
    const days = officeDays(5, START, 100);
    days[80] = 5_000;
    const deposits = computeDeposits(series(START, days), LETTER_PROFILE, NONE, strict);
    expect(deposits[80]!.status).toBe('held');
    expect(computeDeposits(series(START, days), LETTER_PROFILE, NONE).every((d) => d.status === 'deposited')).toBe(true);
  });
});

describe('computeDeposits: ordinary busy days are never held under the default rules', () => {
  it('month-end peaks of 6× an ordinary day', () => {
    const start = '2024-12-31';
    const days = officeDays(6, start, 400).map((pages, i) => {
      const date = plusDays(start, i + 1);
      const next = plusDays(date, 1);
      return next.slice(8) === '01' && weekdayOf(date) !== 0 && weekdayOf(date) !== 6 ? pages * 6 : pages;
    });
    const deposits = computeDeposits(series(start, days), LETTER_PROFILE, NONE);
    expect(deposits.filter((d) => d.threshold !== null).length).toBeGreaterThan(250);
    expect(deposits.filter((d) => d.status !== 'deposited')).toEqual([]);
  });

  it('the first day back after a holiday closure, with its backlog', () => {
    const days = officeDays(7, START, 200);
    for (let i = 150; i < 160; i++) days[i] = 0; // closed for ten days, nothing printed
    days[160] = 4 * 650; // a backlog of four busy days on the first day back
    days[161] = 3 * 650;
    const deposits = computeDeposits(series(START, days), LETTER_PROFILE, NONE);
    expect(deposits[160]).toMatchObject({ status: 'deposited', coveredDays: 11 });
    expect(deposits[161]).toMatchObject({ status: 'deposited', coveredDays: 1 }); // 3× a busy day, still ordinary
    expect(deposits.every((d) => d.status === 'deposited')).toBe(true);
  });

  it("a school's return after its summer holidays (six weeks at 5 %), whether or not its feed saw a term", () => {
    const start = '2024-12-31';
    const schoolDay = (date: string, rnd: () => number) => {
      const wd = weekdayOf(date);
      const [m, d] = [Number(date.slice(5, 7)), Number(date.slice(8))];
      const holiday = (m === 7 && d >= 22) || m === 8 || (m === 12 && d >= 20) || (m === 1 && d <= 3);
      const base = wd === 0 || wd === 6 ? 10 : 2_000;
      return Math.round(base * (holiday ? 0.05 : 1) * (0.7 + 0.6 * rnd()));
    };
    const rnd = prng(8);
    const days = Array.from({ length: 600 }, (_, i) => schoolDay(plusDays(start, i + 1), rnd));
    const readings = series(start, days);
    expect(computeDeposits(readings, LETTER_PROFILE, NONE).filter((d) => d.status !== 'deposited')).toEqual([]);
    // A feed activated in the middle of the summer: September is twenty times August, but the window is not full.
    const fromAugust = readings.slice(readings.findIndex((r) => r.date === '2025-08-01'));
    const deposits = computeDeposits(fromAugust, LETTER_PROFILE, NONE);
    const back = byDate(deposits, '2025-09-02');
    expect(back.status).toBe('deposited');
    expect(back.rawPages).toBeGreaterThan(10 * back.usualDailyPages!);
    expect(deposits.filter((d) => d.status !== 'deposited')).toEqual([]);
  });
});

describe('computeDeposits: inputs', () => {
  it('throws on unsorted readings, duplicate dates and dates that are not YYYY-MM-DD', () => {
    const a = reading('2025-03-02', 1);
    const b = reading('2025-03-03', 2);
    expect(() => computeDeposits([b, a], LETTER_PROFILE, NONE)).toThrow(RangeError);
    expect(() => computeDeposits([a, b, b], LETTER_PROFILE, NONE)).toThrow(/sorted/);
    expect(() => computeDeposits([a, { ...b, date: '2025-3-03' }], LETTER_PROFILE, NONE)).toThrow(RangeError);
    expect(() => computeDeposits([a, { ...b, date: '2025-02-30' }], LETTER_PROFILE, NONE)).toThrow(RangeError);
    expect(() => computeDeposits([{ ...a, date: 'yesterday' }], LETTER_PROFILE, NONE)).toThrow(RangeError);
  });

  it('throws on counters that are not non-negative integers, and on invalid rules', () => {
    expect(() => computeDeposits([reading('2025-03-02', 1), reading('2025-03-03', 1.5)], LETTER_PROFILE, NONE)).toThrow(RangeError);
    expect(() => computeDeposits([reading('2025-03-02', -1), reading('2025-03-03', 1)], LETTER_PROFILE, NONE)).toThrow(RangeError);
    for (const bad of [
      { anomalyFactor: 0 },
      { anomalyFactor: Number.NaN },
      { anomalyMinPages: -1 },
      { anomalyMinPages: 1.5 },
      { baselineDays: 0 },
      { baselineDays: 2.5 },
    ]) {
      expect(() => computeDeposits(OFFICE, LETTER_PROFILE, NONE, { ...DEFAULT_DEPOSIT_RULES, ...bad })).toThrow(RangeError);
    }
  });

  it('is deterministic and does not touch its inputs', () => {
    const readings = withJump(OFFICE, 150, 50_000);
    const frozen = readings.map((r) => Object.freeze({ date: r.date, counters: Object.freeze({ ...r.counters }) }));
    Object.freeze(frozen);
    const decisions = new Map<string, ReviewDecision>([[readings[150]!.date, 'approved']]);
    const once = computeDeposits(frozen, A4_PROFILE, decisions);
    const again = computeDeposits(structuredClone(readings), A4_PROFILE, new Map(decisions));
    expect(again).toEqual(once);
    expect(JSON.parse(JSON.stringify(once))).toEqual(once); // JSON-friendly: plain numbers, strings, booleans, nulls
    expect(DEFAULT_DEPOSIT_RULES).toEqual({
      anomalyFactor: 10,
      anomalyMinPages: 2_000,
      baselineDays: 90,
      ceilingPagesPerDay: 1_000_000,
      resetAfter: 3,
    });
    expect(Object.isFrozen(DEFAULT_DEPOSIT_RULES)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property-style checks over seeded random sequences.

interface Generated {
  readings: StoredReading[];
  profile: PaperProfile;
}

/**
 * Random cumulative counters: busy and quiet days, stale spells (counters frozen), missing dates; with `resets`,
 * occasional decreases; with `jumps`, occasional huge increases.
 */
function generate(seed: number, opts: { resets?: boolean; jumps?: boolean } = {}): Generated {
  const rnd = prng(seed * 7919 + 17);
  const int = (max: number) => Math.floor(rnd() * max);
  const profile = [A4_PROFILE, LETTER_PROFILE, SIDES_PROFILE][int(3)]!;
  const n = 2 + int(300);
  const volume = [5, 60, 500, 5_000][int(4)]!;
  let date = formatIsoDate(day('2023-01-01') + int(900));
  const c: PaperCounters = { smallTotal: int(1_000_000), largeTotal: int(50_000), duplexTotal: 0 };
  c.duplexTotal = int(Math.floor(c.smallTotal / 2));
  const readings: StoredReading[] = [{ date, counters: { ...c } }];
  let stale = 0;
  for (let i = 1; i < n; i++) {
    date = formatIsoDate(day(date) + (rnd() < 0.08 ? 2 + int(6) : 1));
    if (stale > 0) stale--;
    else if (rnd() < 0.03) stale = 1 + int(20);
    if (stale === 0) {
      const impressions = int(volume * 2);
      const large = int(Math.floor(impressions / 10) + 1);
      const small = impressions - Math.min(large, impressions);
      c.smallTotal += small;
      c.largeTotal += Math.min(large, impressions);
      c.duplexTotal += int(Math.floor(small / 2) + 1);
      if (opts.jumps && rnd() < 0.02) c.smallTotal += 20_000 + int(200_000);
      if (opts.resets && rnd() < 0.02) {
        c.smallTotal = int(c.smallTotal);
        c.largeTotal = int(c.largeTotal);
        c.duplexTotal = int(Math.floor(c.smallTotal / 2));
      }
    }
    readings.push({ date, counters: { ...c } });
  }
  return { readings, profile };
}

describe('computeDeposits: properties (seeded)', () => {
  const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);

  it('with non-decreasing counters and nothing held, the deposits of any range add up to round(S(last)) − round(S(first))', () => {
    for (const seed of SEEDS) {
      const { readings, profile } = generate(seed);
      for (const rules of [NEVER_HOLD, DEFAULT_DEPOSIT_RULES]) {
        const deposits = computeDeposits(readings, profile, NONE, rules);
        if (rules === NEVER_HOLD) expect(deposits.every((d) => d.status === 'deposited')).toBe(true);
        if (deposits.some((d) => d.status !== 'deposited')) continue;
        const prefix = [0];
        for (const d of deposits) prefix.push(prefix.at(-1)! + d.pages);
        const rnd = prng(seed);
        for (let k = 0; k < 20; k++) {
          const i = Math.floor(rnd() * readings.length);
          const j = i + Math.floor(rnd() * (readings.length - i));
          expect(prefix[j]! - prefix[i]!, `seed ${seed}: readings ${i}..${j}`).toBe(R(readings[j]!, profile) - R(readings[i]!, profile));
        }
      }
    }
  });

  it('accounts for every difference: within each segment the measured days add up, nothing lost or doubled', () => {
    let anomalies = 0;
    let rebased = 0;
    for (const seed of SEEDS) {
      const { readings, profile } = generate(seed, { resets: true, jumps: true });
      const rnd = prng(seed + 1);
      const undecided = computeDeposits(readings, profile, NONE);
      const decisions = new Map<string, ReviewDecision>();
      for (const d of undecided) if (d.status === 'held' && rnd() < 0.7) decisions.set(d.date, rnd() < 0.5 ? 'approved' : 'rejected');
      const deposits = computeDeposits(readings, profile, decisions);
      expect(deposits).toHaveLength(readings.length - 1);
      const pagesOf = new Map(readings.map((r) => [r.date, R(r, profile)]));
      // Segments start at the first reading and at each confirmed reset; a measured day (deposited, held, rejected)
      // is measured from the previous measured reading of its segment, so their raw pages telescope.
      let segmentStart = readings[0]!.date;
      let last = segmentStart;
      let measured = 0;
      const close = () => expect(measured).toBe(pagesOf.get(last)! - pagesOf.get(segmentStart)!);
      deposits.forEach((d, i) => {
        expect(d.date).toBe(readings[i + 1]!.date);
        expect(d.rawPages).toBe(pagesOf.get(d.date)! - pagesOf.get(d.baseDate)!);
        expect(d.pages).toBe(d.status === 'deposited' ? d.rawPages : 0);
        expect(d.pages).toBeGreaterThanOrEqual(0);
        if (d.status === 'rebased') {
          close();
          segmentStart = d.date;
          last = d.date;
          measured = 0;
          rebased++;
        } else if (d.status === 'deposited' || d.status === 'held' || d.status === 'rejected') {
          expect(d.baseDate).toBe(last);
          expect(d.rawPages).toBeGreaterThanOrEqual(0);
          measured += d.rawPages;
          last = d.date;
          if (d.anomaly) {
            expect(d.rawPages).toBeGreaterThan(d.threshold!);
            expect(d.status).toBe({ approved: 'deposited', rejected: 'rejected', none: 'held' }[decisions.get(d.date) ?? 'none']);
          } else {
            expect(d.status).toBe('deposited');
            expect(d.rawPages).toBeLessThanOrEqual(d.threshold!);
          }
          if (d.status === 'held') anomalies++;
        } else {
          expect(['glitch', 'pending']).toContain(d.status);
        }
      });
      close();
    }
    expect(anomalies).toBeGreaterThan(20); // the generator does exercise both rules
    expect(rebased).toBeGreaterThan(20);
  });

  it('approving every anomaly of non-decreasing counters deposits exactly round(S(last)) − round(S(first))', () => {
    let approved = 0;
    for (const seed of SEEDS) {
      const { readings, profile } = generate(seed, { jumps: true });
      const held = computeDeposits(readings, profile, NONE).filter((d) => d.status === 'held');
      approved += held.length;
      const deposits = computeDeposits(readings, profile, new Map(held.map((d) => [d.date, 'approved' as const])));
      expect(deposits.every((d) => d.status === 'deposited')).toBe(true);
      expect(sum(deposits)).toBe(R(readings.at(-1)!, profile) - R(readings[0]!, profile));
    }
    expect(approved).toBeGreaterThan(20);
  });

  it('a suffix from any reading gives the same differences, and the same statuses once its baseline window is full', () => {
    for (const seed of SEEDS) {
      const { readings, profile } = generate(seed, { resets: true, jumps: true });
      const whole = computeDeposits(readings, profile, NONE);
      const rnd = prng(seed + 2);
      for (let k = 0; k < 3; k++) {
        const from = Math.floor(rnd() * readings.length);
        const suffix = computeDeposits(readings.slice(from), profile, NONE);
        const overlap = whole.slice(from);
        expect(suffix.map((d) => [d.date, d.baseDate, d.rawPages])).toEqual(overlap.map((d) => [d.date, d.baseDate, d.rawPages]));
        // Outside anomalies, the deposits agree too.
        suffix.forEach((d, i) => {
          if (!d.anomaly && !overlap[i]!.anomaly) expect(d.pages).toBe(overlap[i]!.pages);
        });
      }
    }
    // Without anomalies the deposits agree on every day, and so do the covered days once the counters have moved.
    const pick = (d: ComputedDeposit) => [d.date, d.baseDate, d.rawPages, d.pages, d.status];
    for (const seed of SEEDS) {
      const { readings, profile } = generate(seed);
      const whole = computeDeposits(readings, profile, NONE, NEVER_HOLD);
      const from = Math.floor(prng(seed)() * readings.length);
      const suffix = computeDeposits(readings.slice(from), profile, NONE, NEVER_HOLD);
      const overlap = whole.slice(from);
      expect(suffix.map(pick)).toEqual(overlap.map(pick));
      // Deposit k is that of reading k + 1 of the suffix: from the suffix's first move on, both count from the same move.
      const part = readings.slice(from);
      const moved = part.findIndex((r, i) => i > 0 && JSON.stringify(r.counters) !== JSON.stringify(part[i - 1]!.counters));
      if (moved > 0) expect(suffix.slice(moved).map((d) => d.coveredDays)).toEqual(overlap.slice(moved).map((d) => d.coveredDays));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Realistic data: the simulator's fleet model (weekdays, bank holidays, August, Christmas, schools, trends, and past
// stale spells whose counters froze and then jumped), as the portal reports it.

const TODAY = day('2026-03-10');

function fleetReadings(seed: number, customers: number, historyDays = 730) {
  const fleet = new FleetModel({ seed, customers, historyDays, today: TODAY });
  const portal = new PortalState(fleet, new PortalToday(fixedClock(new Date(0)), TODAY));
  const feeds = fleet.customers.map(({ id }) => {
    const readings: StoredReading[] = [];
    for (let d = fleet.firstDay - 1; d <= TODAY - 1; d++) readings.push({ date: formatIsoDate(d), counters: portal.reported(id, d) });
    return { id, readings, profile: fleet.profile(id)! };
  });
  return { fleet, portal, feeds };
}

describe('computeDeposits on the simulated fleet (25 customers × 2 years)', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: the default rules hold nothing, and every day and the total equal the portal's truth`, () => {
      const { fleet, portal, feeds } = fleetReadings(seed, 25);
      let judged = 0;
      let catchUps = 0;
      for (const { id, readings } of feeds) {
        const deposits = computeDeposits(readings, A4_PROFILE, NONE);
        expect(
          deposits.filter((d) => d.status !== 'deposited'),
          `customer ${id}`,
        ).toEqual([]);
        const truth = truthOver(portal, id, fleet.firstDay, TODAY - 1, A4_PROFILE);
        expect(deposits.map((d) => d.pages)).toEqual(truth.days.map((t) => t.reported_standard_pages));
        expect(sum(deposits)).toBe(truth.reported_standard_pages);
        expect(sum(deposits)).toBe(truth.actual_standard_pages); // every past stale spell has been caught up
        judged += deposits.filter((d) => d.threshold !== null).length;
        catchUps += deposits.filter(
          (d) => d.pages > 0 && d.coveredDays >= 3 && fleet.profile(id)!.episodes.some((e) => !e.cached && day(d.date) === e.last + 1),
        ).length;
      }
      expect(judged).toBeGreaterThan(25 * 200); // the rules did look at most days
      expect(catchUps).toBeGreaterThan(0); // including catch-ups after stale spells
    });
  }

  it('holds nothing either with the Letter profile, or for feeds activated at any date (seed 1)', () => {
    const { feeds } = fleetReadings(1, 25);
    for (const { id, readings } of feeds) {
      for (const back of [400, 200, 120, 60]) {
        const suffix = readings.slice(readings.length - 1 - back);
        for (const profile of [LETTER_PROFILE, A4_PROFILE]) {
          const deposits = computeDeposits(suffix, profile, NONE);
          expect(
            deposits.filter((d) => d.status !== 'deposited'),
            `customer ${id} from ${suffix[0]!.date}`,
          ).toEqual([]);
          expect(sum(deposits)).toBe(R(suffix.at(-1)!, profile) - R(suffix[0]!, profile));
        }
      }
    }
  });

  it('holds a used device added with its life count on a realistic feed, and the whole history agrees with any suffix', () => {
    const { feeds } = fleetReadings(2, 25);
    let tested = 0;
    for (const { id, readings } of feeds) {
      const plain = computeDeposits(readings, A4_PROFILE, NONE);
      const at = 600;
      const { usualDailyPages: usual, coveredDays } = plain[at - 1]!;
      if (usual === null || usual * coveredDays > 4_000) continue; // a big fleet: 50,000 pages are a few ordinary days
      const firstWithPages = plain.find((d) => d.pages > 0)!;
      if (day(readings[at]!.date) - day(firstWithPages.date) < DEFAULT_DEPOSIT_RULES.baselineDays) continue; // joined lately
      tested++;
      const jumped = withJump(readings, at, 45_000); // ≈ 50,300 standard pages of A4
      const deposits = computeDeposits(jumped, A4_PROFILE, NONE);
      expect(
        deposits.filter((d) => d.status === 'held').map((d) => d.date),
        `customer ${id}`,
      ).toEqual([readings[at]!.date]);
      const approved = computeDeposits(jumped, A4_PROFILE, new Map([[readings[at]!.date, 'approved']]));
      expect(sum(approved)).toBe(R(jumped.at(-1)!, A4_PROFILE) - R(jumped[0]!, A4_PROFILE));
      const rejected = computeDeposits(jumped, A4_PROFILE, new Map([[readings[at]!.date, 'rejected']]));
      const heldRaw = deposits[at - 1]!.rawPages; // the jump and that day's own pages
      expect(sum(rejected)).toBe(R(jumped.at(-1)!, A4_PROFILE) - R(jumped[0]!, A4_PROFILE) - heldRaw);
      expect(Math.abs(sum(rejected) - (sum(plain) - plain[at - 1]!.pages))).toBeLessThanOrEqual(1); // A4 rounding
      // A suffix starting at any earlier reading agrees on every day once its own window is full.
      for (const from of [0, 150, 300, 450]) {
        const suffix = computeDeposits(jumped.slice(from), A4_PROFILE, NONE);
        const whole = deposits.slice(from);
        const firstWithPages = suffix.find((d) => d.pages > 0)!;
        suffix.forEach((d, i) => {
          expect(d.rawPages).toBe(whole[i]!.rawPages);
          if (day(d.date) > day(firstWithPages.date) + DEFAULT_DEPOSIT_RULES.baselineDays) expect(d).toEqual(whole[i]);
        });
      }
    }
    expect(tested).toBeGreaterThan(10);
  });
});

describe('explainDeposit', () => {
  it('is exported here too, and its steps reproduce the raw pages of every deposit', () => {
    const { feeds } = fleetReadings(3, 5, 120);
    for (const { readings } of feeds) {
      for (const profile of [A4_PROFILE, LETTER_PROFILE, SIDES_PROFILE]) {
        const deposits = computeDeposits(readings, profile, NONE);
        deposits.forEach((d, i) => {
          const e = explainDeposit(readings[i]!, readings[i + 1]!, profile);
          expect(e.base.date).toBe(d.baseDate);
          expect(e.end.date).toBe(d.date);
          expect(e.rawPages).toBe(d.rawPages);
          expect(e.end.rounded - e.base.rounded).toBe(d.rawPages);
        });
      }
    }
  });
});
