import { formatIsoDate, type DayNumber } from './calendar.js';
import { DUPLEX, IMPRESSIONS, LARGE, USAGE_FIELDS } from './daily-usage.js';
import type { PortalState } from './portal-state.js';
import { fleetPaper, standardPagesOfCounters, standardPagesOfUsage, type PaperChoice } from './sheets.js';

export interface TruthDay {
  date: string;
  actual_standard_pages: number;
  reported_standard_pages: number;
}

/** GET /_sim/truth (ONESTOP-API.md). */
export interface Truth {
  customer: number;
  from: string;
  to: string;
  actual_standard_pages: number;
  reported_standard_pages: number;
  days: TruthDay[];
}

/**
 * Actual and reported standard pages of a customer from `from` to `to` (inclusive), per day and in total.
 * A period's figure is round(S(counters at its end)) − round(S(counters the day before it starts)), with the true
 * counters for `actual` and the portal's for `reported`; nothing is known after yesterday. Standard pages are the
 * simulator's own (sheets.ts): `choice` only names the fleet's paper.
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

  const days: TruthDay[] = [];
  let prevActual = actualPages(base);
  let prevReported = reportedPages(base);
  const firstActual = prevActual;
  const firstReported = prevReported;
  for (let day = from; day <= to; day++) {
    const a = actualPages(day);
    const r = reportedPages(day);
    days.push({ date: formatIsoDate(day), actual_standard_pages: a - prevActual, reported_standard_pages: r - prevReported });
    prevActual = a;
    prevReported = r;
  }
  return {
    customer: id,
    from: formatIsoDate(from),
    to: formatIsoDate(to),
    actual_standard_pages: prevActual - firstActual,
    reported_standard_pages: prevReported - firstReported,
    days,
  };
}
