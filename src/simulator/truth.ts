import { formatIsoDate, type DayNumber } from './calendar.js';
import { DUPLEX, IMPRESSIONS, LARGE, USAGE_FIELDS } from './daily-usage.js';
import { COUNTER_FIELDS, type GlitchKind, usableCounters } from './glitches.js';
import type { MeterCounters } from './fleet-model.js';
import type { PortalState } from './portal-state.js';
import { fleetPaper, standardPagesOfCounters, standardPagesOfUsage, type FleetPaper, type PaperChoice } from './sheets.js';

export interface TruthDay {
  date: string;
  actual_standard_pages: number;
  reported_standard_pages: number;
  /** What a correct consumer of the portal deposits for the day (see truthOver). */
  expected_standard_pages: number;
  /** The glitches that change the day's answer; only on such days. */
  glitches?: Array<{ id: number; kind: GlitchKind }>;
}

/** GET /_sim/truth (ONESTOP-API.md). */
export interface Truth {
  customer: number;
  from: string;
  to: string;
  actual_standard_pages: number;
  reported_standard_pages: number;
  /** What a correct consumer of the portal certifies for the period (see truthOver). */
  expected_standard_pages: number;
  /** The actual pages of the days in the period on which a `reset` glitch is dated (printing lost to the portal). */
  reset_day_pages: number;
  days: TruthDay[];
}

/**
 * Actual and reported standard pages of a customer from `from` to `to` (inclusive), per day and in total.
 * A period's figure is round(S(counters at its end)) − round(S(counters the day before it starts)), with the true
 * counters for `actual` and the portal's for `reported`; nothing is known after yesterday. Standard pages are the
 * simulator's own (sheets.ts): `choice` only names the fleet's paper.
 *
 * With glitches (glitches.ts), `reported` follows the counters answered, glitches included, wherever the answer is a
 * usable set of counters (all seven, non-negative, duplex ≤ small); a day whose answer is not (missing_field,
 * negative, stuck) counts at the counters the portal would have answered without its glitches.
 *
 * `expected` is what a correct consumer certifies: the portal's counters without glitches (so stale agents count as
 * in `reported` without glitches), except that a `reset` is a real meter reset: its day deposits 0 and each later day
 * the difference of round(S(counters − counters on the reset date)). Without a reset, expected = reported without
 * glitches (= actual where no agent was stale).
 */
export function truthOver(portal: PortalState, id: number, from: DayNumber, to: DayNumber, choice: PaperChoice): Truth {
  const paper = fleetPaper(choice);
  const yesterday = portal.yesterday();
  const base = from - 1;
  // True totals for every day that can matter: base … to, clamped to yesterday.
  const lo = Math.min(base, yesterday);
  const hi = Math.min(to, yesterday);
  const rows = portal.fleet.actualOver(id, lo, hi);
  const pagesAt = (row: number) =>
    standardPagesOfUsage(
      rows[row * USAGE_FIELDS + IMPRESSIONS]!,
      rows[row * USAGE_FIELDS + LARGE]!,
      rows[row * USAGE_FIELDS + DUPLEX]!,
      paper,
    );
  const actualPages = (day: DayNumber) => pagesAt(Math.min(day, yesterday) - lo);
  const earlier = new Map<DayNumber, number>(); // shown days before the window (a frozen spell that began earlier)
  const reportedPages = (day: DayNumber) => {
    const shown = portal.shownDay(id, day);
    if (shown >= lo) return pagesAt(shown - lo);
    let pages = earlier.get(shown);
    if (pages === undefined) {
      pages = standardPagesOfCounters(portal.fleet.actual(id, shown), paper);
      earlier.set(shown, pages);
    }
    return pages;
  };

  if (portal.glitches.has(id)) return glitchedTruthOver(portal, id, from, to, paper, actualPages, reportedPages);

  const days: TruthDay[] = [];
  let prevActual = actualPages(base);
  let prevReported = reportedPages(base);
  const firstActual = prevActual;
  const firstReported = prevReported;
  for (let day = from; day <= to; day++) {
    const a = actualPages(day);
    const r = reportedPages(day);
    days.push({
      date: formatIsoDate(day),
      actual_standard_pages: a - prevActual,
      reported_standard_pages: r - prevReported,
      expected_standard_pages: r - prevReported,
    });
    prevActual = a;
    prevReported = r;
  }
  return {
    customer: id,
    from: formatIsoDate(from),
    to: formatIsoDate(to),
    actual_standard_pages: prevActual - firstActual,
    reported_standard_pages: prevReported - firstReported,
    expected_standard_pages: prevReported - firstReported,
    reset_day_pages: 0,
    days,
  };
}

/** truthOver for a customer with glitches: one answer per day (slower, but glitches are rare). */
function glitchedTruthOver(
  portal: PortalState,
  id: number,
  from: DayNumber,
  to: DayNumber,
  paper: FleetPaper,
  actualPages: (day: DayNumber) => number,
  reportedPages: (day: DayNumber) => number,
): Truth {
  const glitches = portal.glitches;
  const bases = new Map<DayNumber, MeterCounters>();
  const baseCounters = (day: DayNumber) => {
    let c = bases.get(day);
    if (!c) {
      c = portal.reported(id, day);
      bases.set(day, c);
    }
    return c;
  };
  /** round(S) of the counters a consumer holds after the latest reset (the portal's counters without glitches). */
  const expectedLevel = (day: DayNumber, base: DayNumber | undefined) => {
    if (base === undefined) return reportedPages(day);
    const c = portal.reported(id, day);
    const at = baseCounters(base);
    const rebased = {} as MeterCounters;
    for (const f of COUNTER_FIELDS) rebased[f] = Math.max(0, c[f] - at[f]);
    return standardPagesOfCounters(rebased, paper);
  };
  /** round(S) of the counters answered, where usable. */
  const answeredLevel = (day: DayNumber) => {
    const usable = usableCounters(portal.answer(id, day, formatIsoDate(day)));
    return usable ? standardPagesOfCounters(usable, paper) : reportedPages(day);
  };

  const days: TruthDay[] = [];
  const start = from - 1;
  let prevActual = actualPages(start);
  let prevReported = answeredLevel(start);
  let prevBase = glitches.resetBase(id, start);
  let prevExpected = expectedLevel(start, prevBase);
  const firstActual = prevActual;
  const firstReported = prevReported;
  let expected = 0;
  let resetDayPages = 0;
  for (let day = from; day <= to; day++) {
    const a = actualPages(day);
    const r = answeredLevel(day);
    const base = glitches.resetBase(id, day);
    const e = expectedLevel(day, base);
    const expectedDay = base === prevBase ? e - prevExpected : 0;
    if (glitches.isResetDay(id, day)) resetDayPages += a - prevActual;
    const changing = glitches.changing(id, day);
    days.push({
      date: formatIsoDate(day),
      actual_standard_pages: a - prevActual,
      reported_standard_pages: r - prevReported,
      expected_standard_pages: expectedDay,
      ...(changing.length ? { glitches: changing.map((g) => ({ id: g.id, kind: g.kind })) } : {}),
    });
    expected += expectedDay;
    prevActual = a;
    prevReported = r;
    prevExpected = e;
    prevBase = base;
  }
  return {
    customer: id,
    from: formatIsoDate(from),
    to: formatIsoDate(to),
    actual_standard_pages: prevActual - firstActual,
    reported_standard_pages: prevReported - firstReported,
    expected_standard_pages: expected,
    reset_day_pages: resetDayPages,
    days,
  };
}
