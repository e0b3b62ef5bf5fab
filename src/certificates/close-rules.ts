import { nextMonth } from '../calendar.js';
import { PAGES_PER_TREE } from '../trees.js';

/**
 * The month close's rules (docs/domain.md, Certificates of Reforestation), pure: no I/O, no wall time.
 * Months are 'YYYY-MM-01' strings (they sort as they follow each other).
 */

/** The smallest share of a certificate a project is given: 0.1 tree, to the page (834 pages). */
export const MIN_SHARE_PAGES = Math.ceil(PAGES_PER_TREE / 10);

/**
 * Splits a certificate's pages across the account's `n` projects (in the account's order: project name): evenly over as
 * many of them as keep every share at least 0.1 tree (MIN_SHARE_PAGES), at least one, to the page; the first projects
 * take the remainder, so the first is the largest share and a certificate too small to split goes to it whole.
 * Returns n shares (the unused projects' are 0).
 */
export function splitPages(pages: number, n: number): number[] {
  if (n <= 0) return [];
  const used = Math.min(n, Math.max(1, Math.floor(pages / MIN_SHARE_PAGES)));
  const base = Math.floor(pages / used);
  const rest = pages - base * used;
  return Array.from({ length: n }, (_, i) => (i < used ? base + (i < rest ? 1 : 0) : 0));
}

/**
 * The trees each share shows (two decimals) so that the shown shares add up exactly to the certificate's trees as
 * shown (`trees2` of the total): each share's hundredths of a tree rounded down, then the hundredths still missing
 * one each to the shares with the largest remainders (the earlier share on a tie). Integer arithmetic throughout.
 */
export function shownTrees(shares: number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const target = Math.floor((total * 200 + PAGES_PER_TREE) / (2 * PAGES_PER_TREE)); // hundredths, halves up
  const base = shares.map((p) => Math.floor((p * 100) / PAGES_PER_TREE));
  let missing = target - base.reduce((a, b) => a + b, 0);
  const order = shares.map((p, i) => ({ i, remainder: (p * 100) % PAGES_PER_TREE })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; missing > 0 && order.length > 0; k = (k + 1) % order.length, missing--) base[order[k]!.i]! += 1;
  return base.map((h) => h / 100);
}

export interface PlannedCertificate {
  month: string;
  /** The month's own pages. */
  own: number;
  /** Pages of earlier months applied on this certificate (negative: a correction); pages = own + adjustment ≥ 0. */
  adjustment: number;
  pages: number;
  /** What it certifies of each month (its own month first), never 0: Σ deposits(m) − Σ lines(m) stays what is still to certify. */
  lines: Array<{ month: string; pages: number }>;
}

export interface AccountClosePlan {
  certificates: PlannedCertificate[];
  /** Every month given, with what is still to certify after the plan (0: done). */
  remaining: Map<string, number>;
  certifiedThrough: string;
}

/**
 * One account's certificates when its months up to `last` close (rule: a month close's cost does not depend on the
 * oldest deposit; negative corrections are carried).
 *
 * `outstanding`: for each month that changed since the account's last close, Σ deposits − Σ certificate lines. Months
 * after `certifiedThrough` (null: none yet) up to `last` get a certificate of their own when they have pages; changes
 * to months at or before it are an adjustment on the next certificate issued. A positive adjustment is applied whole
 * (it makes a certificate of the first month after `certifiedThrough` if no month has pages); a negative one as far as
 * the month's pages allow (the certificate's pages never below 0), oldest month first, and the rest is carried to the
 * next certificate. Months after `last` are left as they are.
 */
export function planAccountClose(input: {
  certifiedThrough: string | null;
  last: string;
  outstanding: ReadonlyMap<string, number>;
}): AccountClosePlan {
  const { certifiedThrough: through, last } = input;
  const remaining = new Map(input.outstanding);
  const isOld = (m: string) => through !== null && m <= through;
  const carry: Array<{ month: string; pages: number }> = [...remaining]
    .filter(([m, p]) => isOld(m) && p !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, pages]) => ({ month, pages }));
  const months = [...remaining.keys()].filter((m) => !isOld(m) && m <= last && remaining.get(m) !== 0).sort();
  const first = through === null ? undefined : nextMonth(through);
  if (first && first <= last && !months.includes(first) && carry.reduce((n, c) => n + c.pages, 0) > 0) months.unshift(first);

  const certificates: PlannedCertificate[] = [];
  for (const month of months) {
    const own = remaining.get(month) ?? 0;
    if (own < 0) {
      carry.push({ month, pages: own }); // negative pages in a month never certified: carried like a correction
      continue;
    }
    const positives = carry.filter((c) => c.pages > 0);
    let budget = own + positives.reduce((n, c) => n + c.pages, 0);
    if (budget <= 0) continue; // no pages this month: a negative correction waits for the next month with pages
    const lines = own > 0 ? [{ month, pages: own }] : [];
    for (const c of positives) lines.push({ month: c.month, pages: c.pages });
    const left: typeof carry = [];
    for (const c of carry.filter((x) => x.pages < 0)) {
      const take = Math.min(-c.pages, budget);
      budget -= take;
      if (take > 0) lines.push({ month: c.month, pages: -take });
      if (c.pages + take < 0) left.push({ month: c.month, pages: c.pages + take });
    }
    carry.splice(0, carry.length, ...left);
    for (const l of lines) remaining.set(l.month, (remaining.get(l.month) ?? 0) - l.pages);
    certificates.push({ month, own, adjustment: budget - own, pages: budget, lines });
  }
  return { certificates, remaining, certifiedThrough: through !== null && through > last ? through : last };
}

export interface RollupMember {
  certificateId: string;
  accountId: string;
  month: string;
  pages: number;
  adjustment: number;
}

export interface PlannedRollup {
  month: string;
  members: RollupMember[];
  pages: number;
  /** Pages of months before the roll-up's (its members' adjustments, and whole certificates of earlier months). */
  adjustment: number;
  /** Distinct customer accounts. */
  customers: number;
}

/**
 * A provider's roll-ups when its customers' certificates up to `last` are waiting (rule: an issued certificate never
 * changes). A month after the provider's latest roll-up (`rolledUpThrough`, null: none) gets a roll-up of its
 * customers' certificates of that month; certificates of a month already rolled up (a customer certified late) go
 * on the next roll-up issued, or make one of the month after the latest roll-up if none is. Nothing is dropped and
 * nothing is counted twice; waiting members after `last` are left out.
 */
export function planRollups(input: { rolledUpThrough: string | null; last: string; waiting: RollupMember[] }): PlannedRollup[] {
  const { rolledUpThrough: through, last } = input;
  const isLate = (m: string) => through !== null && m <= through;
  const late = input.waiting.filter((w) => isLate(w.month));
  const byMonth = new Map<string, RollupMember[]>();
  for (const w of input.waiting) if (!isLate(w.month) && w.month <= last) byMonth.set(w.month, [...(byMonth.get(w.month) ?? []), w]);
  const months = [...byMonth.keys()].sort();
  const first = through === null ? undefined : nextMonth(through);
  if (late.length && !months.length && first && first <= last) months.push(first);
  return months.map((month, i) => {
    const members = [...(i === 0 ? late : []), ...(byMonth.get(month) ?? [])];
    const pages = members.reduce((n, m) => n + m.pages, 0);
    const adjustment = members.reduce((n, m) => n + (m.month === month ? m.adjustment : m.pages), 0);
    return { month, members, pages, adjustment, customers: new Set(members.map((m) => m.accountId)).size };
  });
}
