import { describe, expect, it } from 'vitest';
import { MIN_SHARE_PAGES, planAccountClose, planRollups, shownTrees, splitPages, type RollupMember } from './close-rules.js';

// Every expected figure below is worked by hand (1 tree = 8,333 pages; a share of p pages shows p × 100 / 8,333
// hundredths of a tree, rounded down, plus one for the largest remainders until the total as shown is reached).

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const hundredths = (xs: number[]) => Math.round(sum(xs) * 100);

describe('the split of a certificate across its projects', () => {
  it('splits evenly over as many projects as keep each share at least 0.1 tree (834 pages); the first takes the rest', () => {
    expect(MIN_SHARE_PAGES).toBe(834);
    // 5.61 trees over 3 projects.
    expect(splitPages(46_722, 3)).toEqual([15_574, 15_574, 15_574]);
    // 1.00 tree over 3 projects: 8,333 = 2,778 + 2,778 + 2,777.
    expect(splitPages(8_333, 3)).toEqual([2_778, 2_778, 2_777]);
    // 0.25 tree (2,083 pages) over 6 projects: two shares of at least 834 pages fit, three do not (3 × 834 = 2,502).
    expect(splitPages(2_083, 6)).toEqual([1_042, 1_041, 0, 0, 0, 0]);
    // Under 0.1 tree: all on the first project.
    expect(splitPages(833, 6)).toEqual([833, 0, 0, 0, 0, 0]);
    expect(splitPages(10, 3)).toEqual([10, 0, 0]);
    // 5,003 pages: 5 shares (5 × 834 = 4,170 ≤ 5,003 < 6 × 834 = 5,004); 5,003 = 3 × 1,001 + 2 × 1,000.
    expect(splitPages(5_003, 6)).toEqual([1_001, 1_001, 1_001, 1_000, 1_000, 0]);
    expect(splitPages(5_004, 6)).toEqual([834, 834, 834, 834, 834, 834]);
    expect(splitPages(0, 3)).toEqual([0, 0, 0]);
    expect(splitPages(100, 0)).toEqual([]);
  });

  it('shows shares with two decimals that add up exactly to the total as shown (largest remainder)', () => {
    // 15,574 pages = 1.868954 trees (186 hundredths, remainder); 3 × 186 = 558, the total 46,722 = 5.6069 → 561: +1 each.
    expect(shownTrees([15_574, 15_574, 15_574])).toEqual([1.87, 1.87, 1.87]);
    // 2,778 → 33.337, 2,777 → 33.325 hundredths: 99 rounded down, 100 wanted: the first of the two largest remainders.
    expect(shownTrees([2_778, 2_778, 2_777])).toEqual([0.34, 0.33, 0.33]);
    // 1,042 → 12.504, 1,041 → 12.492: 24, the total 2,083 → 24.997 → 25.
    expect(shownTrees([1_042, 1_041])).toEqual([0.13, 0.12]);
    expect(shownTrees([2_083])).toEqual([0.25]);
    // Rounding each share would show 0.51 + 0.51 = 1.02 for a total shown as 1.01 (8,434 pages → 101.212).
    expect(shownTrees([4_217, 4_217])).toEqual([0.51, 0.5]);
    expect(shownTrees([])).toEqual([]);
    expect(shownTrees([0])).toEqual([0]);
    for (const [shares, total] of [
      [[15_574, 15_574, 15_574], 561],
      [[2_778, 2_778, 2_777], 100],
      [[1_042, 1_041], 25],
      [[4_217, 4_217], 101],
    ] as const)
      expect(hundredths(shownTrees([...shares]))).toBe(total);
  });
});

describe("an account's certificates at a month close", () => {
  it('gives each month never certified its own certificate', () => {
    const plan = planAccountClose({
      certifiedThrough: null,
      last: '2026-02-01',
      outstanding: new Map([
        ['2025-12-01', 100],
        ['2026-01-01', 200],
        ['2026-02-01', 300],
      ]),
    });
    expect(plan.certificates).toEqual([
      { month: '2025-12-01', own: 100, adjustment: 0, pages: 100, lines: [{ month: '2025-12-01', pages: 100 }] },
      { month: '2026-01-01', own: 200, adjustment: 0, pages: 200, lines: [{ month: '2026-01-01', pages: 200 }] },
      { month: '2026-02-01', own: 300, adjustment: 0, pages: 300, lines: [{ month: '2026-02-01', pages: 300 }] },
    ]);
    expect(plan.certifiedThrough).toBe('2026-02-01');
    expect([...plan.remaining.values()]).toEqual([0, 0, 0]);
  });

  it('puts late pages of a certified month on the next certificate, whole', () => {
    const plan = planAccountClose({
      certifiedThrough: '2026-02-01',
      last: '2026-03-01',
      outstanding: new Map([
        ['2026-01-01', 5000],
        ['2026-03-01', 7000],
      ]),
    });
    expect(plan.certificates).toEqual([
      {
        month: '2026-03-01',
        own: 7000,
        adjustment: 5000,
        pages: 12_000,
        lines: [
          { month: '2026-03-01', pages: 7000 },
          { month: '2026-01-01', pages: 5000 },
        ],
      },
    ]);
    // No pages of its own in March: the late pages still make March's certificate.
    expect(
      planAccountClose({ certifiedThrough: '2026-02-01', last: '2026-03-01', outstanding: new Map([['2026-01-01', 500]]) }).certificates,
    ).toEqual([{ month: '2026-03-01', own: 0, adjustment: 500, pages: 500, lines: [{ month: '2026-01-01', pages: 500 }] }]);
    // Nothing closes after the certified month yet: the late pages wait.
    const waiting = planAccountClose({ certifiedThrough: '2026-03-01', last: '2026-03-01', outstanding: new Map([['2026-01-01', 500]]) });
    expect(waiting.certificates).toEqual([]);
    expect(waiting.remaining.get('2026-01-01')).toBe(500);
  });

  it('applies a negative correction as far as the pages allow and carries the rest, never skipping a month with pages', () => {
    // January was certified with 10,000 pages; 6,000 of them are withdrawn; February has 4,000 pages.
    const feb = planAccountClose({
      certifiedThrough: '2026-01-01',
      last: '2026-02-01',
      outstanding: new Map([
        ['2026-01-01', -6000],
        ['2026-02-01', 4000],
      ]),
    });
    expect(feb.certificates).toEqual([
      {
        month: '2026-02-01',
        own: 4000,
        adjustment: -4000,
        pages: 0,
        lines: [
          { month: '2026-02-01', pages: 4000 },
          { month: '2026-01-01', pages: -4000 },
        ],
      },
    ]);
    expect(Object.fromEntries(feb.remaining)).toEqual({ '2026-01-01': -2000, '2026-02-01': 0 });
    // March: 3,000 pages, the 2,000 still to withdraw.
    const march = planAccountClose({
      certifiedThrough: '2026-02-01',
      last: '2026-03-01',
      outstanding: new Map([
        ['2026-01-01', -2000],
        ['2026-03-01', 3000],
      ]),
    });
    expect(march.certificates).toEqual([
      {
        month: '2026-03-01',
        own: 3000,
        adjustment: -2000,
        pages: 1000,
        lines: [
          { month: '2026-03-01', pages: 3000 },
          { month: '2026-01-01', pages: -2000 },
        ],
      },
    ]);
    expect(Object.fromEntries(march.remaining)).toEqual({ '2026-01-01': 0, '2026-03-01': 0 });
    // A month without pages issues nothing and the correction waits.
    const none = planAccountClose({ certifiedThrough: '2026-02-01', last: '2026-03-01', outstanding: new Map([['2026-01-01', -100]]) });
    expect(none.certificates).toEqual([]);
    expect(none.certifiedThrough).toBe('2026-03-01');
    expect(none.remaining.get('2026-01-01')).toBe(-100);
  });

  it('applies late pages whole and corrections oldest first, within what the month and the late pages allow', () => {
    const plan = planAccountClose({
      certifiedThrough: '2026-02-01',
      last: '2026-03-01',
      outstanding: new Map([
        ['2025-11-01', -3000],
        ['2026-01-01', 1000],
        ['2026-03-01', 1500],
      ]),
    });
    // 1,500 + 1,000 = 2,500 pages to offset 2,500 of the 3,000 withdrawn.
    expect(plan.certificates).toEqual([
      {
        month: '2026-03-01',
        own: 1500,
        adjustment: -1500,
        pages: 0,
        lines: [
          { month: '2026-03-01', pages: 1500 },
          { month: '2026-01-01', pages: 1000 },
          { month: '2025-11-01', pages: -2500 },
        ],
      },
    ]);
    expect(Object.fromEntries(plan.remaining)).toEqual({ '2025-11-01': -500, '2026-01-01': 0, '2026-03-01': 0 });
  });
});

describe("a provider's roll-ups", () => {
  const member = (certificateId: string, accountId: string, month: string, pages: number, adjustment = 0): RollupMember => ({
    certificateId,
    accountId,
    month,
    pages,
    adjustment,
  });

  it('rolls up each month after the latest roll-up', () => {
    const plans = planRollups({
      rolledUpThrough: null,
      last: '2026-01-01',
      waiting: [member('c1', 'A', '2025-12-01', 100), member('c2', 'A', '2026-01-01', 200), member('c3', 'B', '2026-01-01', 50)],
    });
    expect(plans.map((p) => [p.month, p.pages, p.adjustment, p.customers, p.members.map((m) => m.certificateId)])).toEqual([
      ['2025-12-01', 100, 0, 1, ['c1']],
      ['2026-01-01', 250, 0, 2, ['c2', 'c3']],
    ]);
  });

  it('puts customers certified late for rolled-up months on the next roll-up', () => {
    const late = [member('old1', 'C', '2024-03-01', 1000), member('old2', 'C', '2024-04-01', 2000)];
    const plans = planRollups({
      rolledUpThrough: '2026-02-01',
      last: '2026-03-01',
      waiting: [...late, member('m', 'A', '2026-03-01', 300, 10)],
    });
    expect(plans.map((p) => [p.month, p.pages, p.adjustment, p.customers, p.members.length])).toEqual([['2026-03-01', 3300, 3010, 2, 3]]);
    // No roll-up closes after the latest yet: they wait.
    expect(planRollups({ rolledUpThrough: '2026-03-01', last: '2026-03-01', waiting: late })).toEqual([]);
    // A month closed after the latest roll-up, but no customer of that month: the late ones make its roll-up.
    expect(planRollups({ rolledUpThrough: '2026-02-01', last: '2026-03-01', waiting: late }).map((p) => [p.month, p.pages])).toEqual([
      ['2026-03-01', 3000],
    ]);
  });
});
