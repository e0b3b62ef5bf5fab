import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { BankHolidays, PortalToday, civilDate, formatIsoDate, parseIsoDate, weekday, type DayNumber } from './calendar.js';
import { COLOUR, DUPLEX, IMPRESSIONS, LARGE, SCANS, USAGE_FIELDS } from './daily-usage.js';
import { FIRST_CUSTOMER_ID, FleetModel, ZERO_COUNTERS, countersFromTotals, type MeterCounters } from './fleet-model.js';
import { PortalState } from './portal-state.js';
import { ISO_FLEET_PAPER, US_FLEET_PAPER, standardPagesOfCounters } from './sheets.js';
import { truthOver } from './truth.js';

const day = (iso: string): DayNumber => {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new Error(`bad date ${iso}`);
  return d;
};

const TODAY = day('2026-03-10');

function fleet(opts: Partial<{ seed: number; customers: number; historyDays: number; today: DayNumber }> = {}) {
  return new FleetModel({ seed: 7, customers: 40, historyDays: 730, today: TODAY, ...opts });
}

function portalOf(model: FleetModel, today = model.startedToday) {
  return new PortalState(model, new PortalToday(fixedClock(new Date(0)), today));
}

function expectIdentities(c: MeterCounters, where: string) {
  for (const [k, v] of Object.entries(c)) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${where}: ${k} = ${v}`);
  }
  if (c.monoTotal + c.colourTotal !== c.deviceTotal) throw new Error(`${where}: mono + colour ≠ device`);
  if (c.smallTotal + c.largeTotal !== c.deviceTotal) throw new Error(`${where}: small + large ≠ device`);
  if (2 * c.duplexTotal > c.smallTotal) throw new Error(`${where}: duplex sheets exceed the small impressions`);
}

function expectNotBelow(c: MeterCounters, prev: MeterCounters, where: string) {
  for (const k of Object.keys(c) as Array<keyof MeterCounters>) {
    if (c[k] < prev[k]) throw new Error(`${where}: ${k} went down from ${prev[k]} to ${c[k]}`);
  }
}

describe('calendar', () => {
  it('parses only real YYYY-MM-DD dates and formats them back, independent of the time zone', () => {
    expect(parseIsoDate('2024-02-29')).toBe(day('2024-02-28') + 1);
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2025-13-01')).toBeUndefined();
    expect(parseIsoDate('2025-1-01')).toBeUndefined();
    expect(parseIsoDate('2025-01-01T00:00')).toBeUndefined();
    expect(formatIsoDate(day('1999-12-31'))).toBe('1999-12-31');
    expect(weekday(day('2026-03-10'))).toBe(2); // a Tuesday
  });

  it('computes the civil date of any day like Date does', () => {
    for (let d = day('1968-01-01'); d < day('2032-12-31'); d += 7) {
      const date = new Date(d * 86_400_000);
      expect(civilDate(d)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dom: date.getUTCDate() });
    }
  });

  it('knows the bank holidays of England and Wales, substitute days included', () => {
    const h = new BankHolidays();
    for (const iso of ['2025-12-25', '2025-12-26', '2025-08-25', '2025-04-18', '2025-04-21', '2026-12-28', '2022-09-19']) {
      expect(h.isHoliday(day(iso)), iso).toBe(true);
    }
    for (const iso of ['2025-08-26', '2025-03-17', '2025-11-05', '2026-12-24']) expect(h.isHoliday(day(iso)), iso).toBe(false);
  });

  it('follows the clock in Europe/London when no date is fixed', () => {
    const clock = fixedClock(new Date('2026-06-30T22:59:59Z')); // 23:59:59 BST
    const today = new PortalToday(clock);
    expect(formatIsoDate(today.get())).toBe('2026-06-30');
    clock.advance(1000); // midnight in London
    expect(formatIsoDate(today.get())).toBe('2026-07-01');
    clock.set(new Date('2026-12-31T23:59:59Z')); // GMT in winter
    expect(formatIsoDate(today.get())).toBe('2026-12-31');
    today.set(day('2026-01-05'));
    expect(formatIsoDate(today.get())).toBe('2026-01-05');
  });
});

describe('fleet model', () => {
  it('is deterministic: the same seed gives the same customers, parameters and counters', () => {
    const a = fleet();
    const b = fleet();
    expect(b.customers).toEqual(a.customers);
    for (const { id } of a.customers) {
      const { shape: _sa, ...pa } = a.profile(id)!;
      const { shape: _sb, ...pb } = b.profile(id)!;
      expect(pb).toEqual(pa);
      for (const d of [TODAY - 1, TODAY - 100, TODAY - 400, TODAY - 729]) expect(b.actual(id, d)).toEqual(a.actual(id, d));
    }
    const other = fleet({ seed: 8 });
    expect(other.customers.map((c) => c.name)).not.toEqual(a.customers.map((c) => c.name));
    expect(other.actual(FIRST_CUSTOMER_ID, TODAY - 1)).not.toEqual(a.actual(FIRST_CUSTOMER_ID, TODAY - 1));
  });

  it('gives the first customers the same names and counters whatever the fleet size', () => {
    const small = fleet({ customers: 10 });
    const large = fleet({ customers: 200 });
    expect(large.customers.slice(0, 10)).toEqual(small.customers);
    expect(large.actual(1005, TODAY - 1)).toEqual(small.actual(1005, TODAY - 1));
  });

  it('answers the same counters whatever order days are asked in (lazy checkpoints)', () => {
    const a = fleet();
    const b = fleet();
    const days = [TODAY - 1, TODAY - 700, TODAY - 33, TODAY - 32, TODAY - 31, TODAY - 365];
    for (const d of days) a.actual(1003, d);
    for (const d of [...days].reverse()) expect(b.actual(1003, d)).toEqual(a.actual(1003, d));
    const rows = a.actualOver(1003, TODAY - 50, TODAY - 1);
    for (let i = 0; i < 50; i++) expect(countersFromTotals(rows, i * USAGE_FIELDS)).toEqual(b.actual(1003, TODAY - 50 + i));
  });

  it('has plausible, unique UK business names, ids from 1001 and 1–40 devices', () => {
    const model = fleet({ customers: 1000 });
    const names = model.customers.map((c) => c.name);
    expect(new Set(names).size).toBe(1000);
    expect(model.customers.map((c) => c.id)).toEqual(Array.from({ length: 1000 }, (_, i) => 1001 + i));
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z&' ()0-9-]+$/);
    expect(names.filter((n) => /(Ltd|LLP)$/.test(n)).length).toBeGreaterThan(300);
    expect(names.some((n) => / & .* Solicitors LLP$/.test(n))).toBe(true);
    const devices = model.customers.map((c) => model.profile(c.id)!.devices);
    expect(Math.min(...devices)).toBe(1);
    expect(Math.max(...devices)).toBeLessThanOrEqual(40);
    expect(devices.filter((d) => d >= 20).length).toBeGreaterThan(5);
  });

  it('starts customers on different dates within the history, and has growing and declining ones', () => {
    const model = fleet({ customers: 200 });
    const starts = model.customers.map((c) => model.profile(c.id)!.startDay);
    expect(starts.filter((s) => s === model.firstDay).length).toBeGreaterThan(60);
    expect(new Set(starts).size).toBeGreaterThan(60);
    for (const s of starts) {
      expect(s).toBeGreaterThanOrEqual(model.firstDay);
      expect(s).toBeLessThanOrEqual(TODAY - 14);
    }
    const trends = model.customers.map((c) => model.profile(c.id)!.trendPerYear);
    expect(trends.some((t) => t > 0.05)).toBe(true);
    expect(trends.some((t) => t < -0.05)).toBe(true);
  });

  it('keeps the counter identities for every customer and every day over two years, true and reported', () => {
    const model = fleet({ customers: 60, historyDays: 730 });
    const portal = portalOf(model);
    portal.markStale(1004, TODAY - 6);
    portal.markStale(1010, TODAY - 30);
    for (const { id } of model.customers) {
      const rows = model.actualOver(id, model.firstDay - 1, TODAY - 1);
      let prevActual = ZERO_COUNTERS;
      let prevReported = ZERO_COUNTERS;
      for (let i = 0; i * USAGE_FIELDS < rows.length; i++) {
        const d = model.firstDay - 1 + i;
        const actual = countersFromTotals(rows, i * USAGE_FIELDS);
        expectIdentities(actual, `${id} ${formatIsoDate(d)} actual`);
        expectNotBelow(actual, prevActual, `${id} ${formatIsoDate(d)} actual`);
        const reported = portal.reported(id, d);
        expectIdentities(reported, `${id} ${formatIsoDate(d)} reported`);
        expectNotBelow(reported, prevReported, `${id} ${formatIsoDate(d)} reported`);
        expectNotBelow(actual, reported, `${id} ${formatIsoDate(d)} actual vs reported`);
        prevActual = actual;
        prevReported = reported;
      }
    }
  });

  it('returns zeros before the first reading, and the latest reading for any later date', () => {
    const model = fleet({ customers: 50 });
    const portal = portalOf(model);
    const late = model.customers.map((c) => model.profile(c.id)!).find((p) => p.startDay > model.firstDay + 30)!;
    expect(late).toBeDefined();
    expect(portal.reported(late.id, late.startDay - 1)).toEqual(ZERO_COUNTERS);
    expect(portal.reported(late.id, model.firstDay - 400)).toEqual(ZERO_COUNTERS);
    expect(portal.reported(late.id, late.startDay).deviceTotal).toBeGreaterThanOrEqual(0);
    const latest = portal.reported(late.id, TODAY - 1);
    expect(latest.deviceTotal).toBeGreaterThan(0);
    expect(portal.reported(late.id, TODAY)).toEqual(latest);
    expect(portal.reported(late.id, TODAY + 500)).toEqual(latest);
  });
});

describe('volume shape', () => {
  const model = fleet({ customers: 150, historyDays: 1100 });
  const holidays = new BankHolidays();
  const byDay = new Map<DayNumber, number>();
  for (const { id } of model.customers) {
    const rows = model.actualOver(id, model.firstDay - 1, TODAY - 1);
    for (let i = 1; i * USAGE_FIELDS < rows.length; i++) {
      const d = model.firstDay - 1 + i;
      byDay.set(d, (byDay.get(d) ?? 0) + rows[i * USAGE_FIELDS + IMPRESSIONS]! - rows[(i - 1) * USAGE_FIELDS + IMPRESSIONS]!);
    }
  }
  const meanOf = (pred: (d: DayNumber) => boolean) => {
    const xs = [...byDay].filter(([d]) => d >= TODAY - 730 && pred(d)).map(([, v]) => v);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const isWorkday = (d: DayNumber) => weekday(d) >= 1 && weekday(d) <= 5 && !holidays.isHoliday(d);
  const month = (d: DayNumber) => civilDate(d).month;

  it('prints far less at weekends and on bank holidays than on working days', () => {
    const workdays = meanOf(isWorkday);
    expect(meanOf((d) => weekday(d) === 0 || weekday(d) === 6)).toBeLessThan(workdays * 0.3);
    expect(meanOf((d) => holidays.isHoliday(d) && weekday(d) >= 1 && weekday(d) <= 5)).toBeLessThan(workdays * 0.3);
  });

  it('dips in August and in Christmas week', () => {
    const spring = meanOf((d) => isWorkday(d) && (month(d) === 5 || month(d) === 6));
    expect(meanOf((d) => isWorkday(d) && month(d) === 8)).toBeLessThan(spring * 0.9);
    const christmas = meanOf((d) => isWorkday(d) && month(d) === 12 && civilDate(d).dom >= 27);
    expect(christmas).toBeLessThan(spring * 0.5);
  });

  it('mixes mono and colour, small and large, duplex and scans in plausible shares', () => {
    let impressions = 0;
    let colour = 0;
    let large = 0;
    let duplex = 0;
    let scans = 0;
    for (const { id } of model.customers) {
      const c = model.actual(id, TODAY - 1);
      impressions += c.deviceTotal;
      colour += c.colourTotal;
      large += c.largeTotal;
      duplex += c.duplexTotal;
      scans += c.scanTotal;
    }
    expect(colour / impressions).toBeGreaterThan(0.1);
    expect(colour / impressions).toBeLessThan(0.45);
    expect(large / impressions).toBeGreaterThan(0.01);
    expect(large / impressions).toBeLessThan(0.12);
    expect((2 * duplex) / (impressions - large)).toBeGreaterThan(0.15);
    expect((2 * duplex) / (impressions - large)).toBeLessThan(0.7);
    expect(scans / impressions).toBeGreaterThan(0.05);
    expect(scans / impressions).toBeLessThan(0.8);
    // Each usage field is used.
    expect([IMPRESSIONS, COLOUR, LARGE, DUPLEX, SCANS]).toHaveLength(USAGE_FIELDS);
  });
});

describe('staleness', () => {
  const model = fleet({ customers: 200 });
  const portal = portalOf(model);
  const episodes = model.customers.flatMap((c) => model.profile(c.id)!.episodes.map((e) => ({ id: c.id, ...e })));

  it('has past episodes of both kinds: cached readings uploaded, and none', () => {
    expect(episodes.filter((e) => e.cached).length).toBeGreaterThan(20);
    expect(episodes.filter((e) => !e.cached).length).toBeGreaterThan(20);
    for (const e of episodes) {
      expect(e.last - e.first + 1).toBeGreaterThanOrEqual(2);
      expect(e.last - e.first + 1).toBeLessThanOrEqual(10);
      expect(e.last).toBeLessThan(TODAY - 4);
    }
  });

  it('without a cache: the counters stay frozen over the episode and jump to the true ones the day after', () => {
    for (const e of episodes.filter((x) => !x.cached)) {
      const before = model.actual(e.id, e.first - 1);
      for (let d = e.first; d <= e.last; d++) expect(portal.reported(e.id, d)).toEqual(before);
      expect(portal.reported(e.id, e.last + 1)).toEqual(model.actual(e.id, e.last + 1));
      const truth = truthOver(portal, e.id, e.first, e.last + 1, ISO_FLEET_PAPER);
      expect(truth.days.slice(0, -1).every((x) => x.reported_standard_pages === 0)).toBe(true);
      expect(truth.reported_standard_pages).toBe(truth.actual_standard_pages);
    }
  });

  it('with a cache: the history was filled in, so the portal shows the true counters', () => {
    for (const e of episodes.filter((x) => x.cached)) {
      for (let d = e.first - 1; d <= e.last + 1; d++) expect(portal.reported(e.id, d)).toEqual(model.actual(e.id, d));
    }
  });

  it('a current spell freezes the counters; online with a cache restores every day, without one the counters jump', () => {
    const p = portalOf(model);
    const id = 1020;
    p.markStale(id, TODAY - 5);
    expect(p.latestReadingDay(id)).toBe(TODAY - 6);
    expect(p.reported(id, TODAY - 1)).toEqual(model.actual(id, TODAY - 6));
    const during = truthOver(p, id, TODAY - 10, TODAY - 1, ISO_FLEET_PAPER);
    expect(during.actual_standard_pages).toBeGreaterThan(during.reported_standard_pages);
    p.markOnline(id, true);
    expect(p.reported(id, TODAY - 1)).toEqual(model.actual(id, TODAY - 1));
    const after = truthOver(p, id, TODAY - 10, TODAY - 1, ISO_FLEET_PAPER);
    expect(after.reported_standard_pages).toBe(after.actual_standard_pages);
    expect(after.days.every((x) => x.actual_standard_pages === x.reported_standard_pages)).toBe(true);

    p.markStale(id, TODAY - 3);
    p.markOnline(id, false);
    expect(p.reported(id, TODAY - 1)).toEqual(model.actual(id, TODAY - 4)); // stays frozen
    p.today.set(TODAY + 1); // the first day with data after the spell is today: visible tomorrow
    expect(p.reported(id, TODAY)).toEqual(model.actual(id, TODAY));
    expect(p.reported(id, TODAY - 1)).toEqual(model.actual(id, TODAY - 4));
  });
});

describe('truth', () => {
  it('equals round(S) differences of the reported counters, and the true figures where no agent was stale', () => {
    const model = fleet({ customers: 30 });
    const portal = portalOf(model);
    for (const paper of [ISO_FLEET_PAPER, US_FLEET_PAPER]) {
      for (const { id } of model.customers) {
        const from = TODAY - 120;
        const to = TODAY - 1;
        const truth = truthOver(portal, id, from, to, paper);
        const s = (d: DayNumber) => standardPagesOfCounters(portal.reported(id, d), paper);
        expect(truth.reported_standard_pages).toBe(s(to) - s(from - 1));
        expect(truth.days).toHaveLength(120);
        expect(truth.days.reduce((a, x) => a + x.actual_standard_pages, 0)).toBe(truth.actual_standard_pages);
        expect(truth.days.reduce((a, x) => a + x.reported_standard_pages, 0)).toBe(truth.reported_standard_pages);
        const gaps = portal.gapsOf(id).filter((g) => g.last >= from - 1);
        if (gaps.length === 0) {
          expect(truth.days.every((x) => x.actual_standard_pages === x.reported_standard_pages)).toBe(true);
        }
        expect(truth.reported_standard_pages).toBe(truth.actual_standard_pages); // every past spell has ended
      }
    }
  });
});

describe('cost', () => {
  it('answers a counters lookup in well under a millisecond once a customer is touched', () => {
    const model = fleet({ customers: 200, historyDays: 1826 });
    for (const { id } of model.customers) model.actual(id, TODAY - 1); // first touch computes the checkpoints
    let sink = 0;
    const n = 20_000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += model.actual(1001 + (i % 200), TODAY - 1 - ((i * 37) % 1826)).deviceTotal;
    const perLookupUs = Number(process.hrtime.bigint() - started) / 1000 / n;
    expect(sink).toBeGreaterThan(0);
    expect(perLookupUs).toBeLessThan(100);
    expect(model.cachedBytes() / 200).toBeLessThan(8 * 1024);
  });
});
