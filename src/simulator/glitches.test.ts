import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from './calendar.js';
import type { Glitch } from './glitches.js';
import { ISO_FLEET_PAPER, standardPagesOfCounters } from './sheets.js';
import { startSimulator, type RunningSimulator } from './sim-server.js';
import { simClient, type SimClient } from './sim-test-client.js';
import type { Truth } from './truth.js';

/**
 * Glitch injection over real HTTPS. Every expected answer is worked out here from the answers the simulator gave
 * before the glitch was injected (the kinds' arithmetic of docs/onestop-api.md "Glitches", written again).
 */

type Answer = Record<string, number | string>;

const TODAY = '2026-03-10';
const YESTERDAY = '2026-03-09';
const D = '2026-02-10';
const FIELDS = ['deviceTotal', 'colourTotal', 'monoTotal', 'scanTotal', 'largeTotal', 'duplexTotal', 'smallTotal'] as const;

const day = (iso: string) => parseIsoDate(iso)!;
const iso = (d: number) => formatIsoDate(d);
/** The date `n` days after `date`. */
const plus = (date: string, n: number) => iso(day(date) + n);
const summaryPath = (id: number, date: string) => `/api/v1/customers/${id}/meter-readings/summary?date=${date}`;
const pages = (c: Answer) =>
  standardPagesOfCounters(
    { smallTotal: Number(c.smallTotal), largeTotal: Number(c.largeTotal), duplexTotal: Number(c.duplexTotal) },
    ISO_FLEET_PAPER,
  );

let tlsDir: string;
let sim: RunningSimulator;
let client: SimClient;
let token: string;
/** A customer with readings from the first day of the history and no past staleness near D; and another one. */
let A: number;
let B: number;

beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-glitches-'));
  sim = await startSimulator({ tlsDir, today: TODAY, customers: 12, seed: 11 });
  client = simClient(sim);
  token = await client.login();
  const steady = sim.fleet.customers
    .map((c) => c.id)
    .filter((id) => {
      const p = sim.fleet.profile(id)!;
      return p.startDay === sim.fleet.firstDay && p.episodes.every((e) => e.last < day(D) - 40 || e.first > day(YESTERDAY));
    });
  expect(steady.length).toBeGreaterThanOrEqual(2);
  [A, B] = steady as [number, number];
});

afterAll(async () => {
  await client?.close();
  await sim?.close();
  await fs.rm(tlsDir, { recursive: true, force: true });
});

afterEach(async () => {
  await client.call('DELETE', '/_sim/glitches');
});

async function answer(id: number, date: string): Promise<Answer> {
  const res = await client.json<Answer>('GET', summaryPath(id, date), { token });
  expect(res.status).toBe(200);
  return res.body;
}

/** The answers for `dates`, keyed by date. */
async function answers(id: number, dates: string[]): Promise<Map<string, Answer>> {
  return new Map(await Promise.all(dates.map(async (d) => [d, await answer(id, d)] as const)));
}

async function inject(body: Record<string, unknown>): Promise<Glitch> {
  const res = await client.json<Glitch>('POST', '/_sim/glitches', { body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function truth(id: number, from: string, to: string): Promise<Truth> {
  const res = await client.json<Truth>('GET', `/_sim/truth?customer=${id}&from=${from}&to=${to}`);
  expect(res.status).toBe(200);
  return res.body;
}

const range = (from: string, n: number) => Array.from({ length: n }, (_, i) => plus(from, i));

/** Counters plus `amount` impressions, added to small, mono and device as the simulator does. */
function withImpressions(c: Answer, amount: number): Answer {
  return {
    ...c,
    deviceTotal: Number(c.deviceTotal) + amount,
    monoTotal: Number(c.monoTotal) + amount,
    smallTotal: Number(c.smallTotal) + amount,
  };
}

const zeros = (c: Answer): Answer => ({ ...c, ...Object.fromEntries(FIELDS.map((f) => [f, 0])) });

/**
 * The common checks of one kind: the window's answers before the glitch, `expected` answers on the glitched dates,
 * every other date of the window unchanged, the other customer unchanged, truth's actual pages unchanged, and
 * DELETE restoring the original answers.
 */
async function checkGlitch(
  body: Record<string, unknown>,
  window: string[],
  expected: (before: Map<string, Answer>) => Map<string, Answer>,
): Promise<{ glitch: Glitch; before: Map<string, Answer>; truthBefore: Truth; truthDuring: Truth }> {
  const id = body.customer as number;
  const from = window[0]!;
  const to = window[window.length - 1]!;
  const before = await answers(id, window);
  const otherBefore = await answers(B === id ? A : B, window);
  const truthBefore = await truth(id, from, to);
  const glitch = await inject(body);
  const want = expected(before);
  const during = await answers(id, window);
  for (const d of window) {
    if (want.has(d)) expect(during.get(d), d).toStrictEqual(want.get(d));
    else expect(during.get(d), d).toStrictEqual(before.get(d));
  }
  expect(await answers(B === id ? A : B, window)).toStrictEqual(otherBefore);
  const truthDuring = await truth(id, from, to);
  expect(truthDuring.actual_standard_pages).toBe(truthBefore.actual_standard_pages);
  expect(truthDuring.days.map((x) => x.actual_standard_pages)).toEqual(truthBefore.days.map((x) => x.actual_standard_pages));
  expect(truthBefore.expected_standard_pages).toBe(truthBefore.actual_standard_pages);
  for (const x of truthDuring.days) {
    if (want.has(x.date)) expect(x.glitches, x.date).toEqual([{ id: glitch.id, kind: glitch.kind }]);
  }

  const deleted = await client.json<Glitch>('DELETE', `/_sim/glitches/${glitch.id}`);
  expect(deleted.status).toBe(200);
  expect(deleted.body).toEqual(glitch);
  expect(await answers(id, window)).toStrictEqual(before);
  expect(await truth(id, from, to)).toStrictEqual(truthBefore);
  return { glitch, before, truthBefore, truthDuring };
}

describe('glitches, kind by kind', () => {
  it('zero: all seven counters 0 on `date` for `days` days', async () => {
    const window = range(plus(D, -2), 6);
    const { glitch, before, truthBefore, truthDuring } = await checkGlitch({ customer: A, kind: 'zero', date: D, days: 2 }, window, (b) => {
      return new Map([D, plus(D, 1)].map((d) => [d, zeros(b.get(d)!)]));
    });
    expect(glitch).toEqual({ id: glitch.id, customer: A, kind: 'zero', date: D, days: 2, until: plus(D, 1), amount: null, field: null });
    expect(Number(before.get(D)!.deviceTotal)).toBeGreaterThan(0);
    // A correct consumer certifies the actual pages; the portal's counters show a fall to 0 and a climb back.
    expect(truthDuring.expected_standard_pages).toBe(truthBefore.actual_standard_pages);
    expect(truthDuring.reported_standard_pages).toBe(truthBefore.reported_standard_pages);
    const dayOf = (t: Truth, d: string) => t.days.find((x) => x.date === d)!;
    expect(dayOf(truthDuring, D).reported_standard_pages).toBe(-pages(before.get(plus(D, -1))!));
    expect(dayOf(truthDuring, plus(D, 2)).reported_standard_pages).toBe(pages(before.get(plus(D, 2))!));
    expect(dayOf(truthDuring, plus(D, -1)).glitches).toBeUndefined();
  });

  it('zero defaults to one day', async () => {
    await checkGlitch({ customer: A, kind: 'zero', date: D }, range(plus(D, -1), 3), (b) => new Map([[D, zeros(b.get(D)!)]]));
  });

  it('spike: the true counters plus 10^12 impressions (default), consistently', async () => {
    const window = range(plus(D, -1), 3);
    const { glitch, before, truthDuring, truthBefore } = await checkGlitch({ customer: A, kind: 'spike', date: D }, window, (b) => {
      return new Map([[D, withImpressions(b.get(D)!, 1e12)]]);
    });
    expect(glitch).toMatchObject({ kind: 'spike', days: 1, until: D, amount: 1e12, field: null });
    expect(truthDuring.expected_standard_pages).toBe(truthBefore.actual_standard_pages);
    const spiked = withImpressions(before.get(D)!, 1e12);
    expect(truthDuring.days[1]!.reported_standard_pages).toBe(pages(spiked) - pages(before.get(plus(D, -1))!));
    expect(truthDuring.days[2]!.reported_standard_pages).toBe(pages(before.get(plus(D, 1))!) - pages(spiked));
  });

  it('spike with amount and days', async () => {
    await checkGlitch({ customer: A, kind: 'spike', date: D, days: 2, amount: 777 }, range(plus(D, -1), 4), (b) => {
      return new Map([D, plus(D, 1)].map((d) => [d, withImpressions(b.get(d)!, 777)]));
    });
  });

  it('flap: +500 impressions on the 1st, 3rd, … of 10 days (default), the true counters in between', async () => {
    const window = range(plus(D, -1), 12);
    const flapped = range(D, 10).filter((_, i) => i % 2 === 0);
    expect(flapped).toHaveLength(5);
    const { glitch, truthDuring, truthBefore } = await checkGlitch({ customer: A, kind: 'flap', date: D }, window, (b) => {
      return new Map(flapped.map((d) => [d, withImpressions(b.get(d)!, 500)]));
    });
    expect(glitch).toMatchObject({ days: 10, until: plus(D, 9), amount: 500 });
    expect(truthDuring.expected_standard_pages).toBe(truthBefore.actual_standard_pages);
    expect(truthDuring.days.filter((x) => x.glitches).map((x) => x.date)).toEqual(flapped);
  });

  it('flap with amount and days', async () => {
    const window = range(plus(D, -1), 5);
    await checkGlitch({ customer: A, kind: 'flap', date: D, days: 3, amount: 40 }, window, (b) => {
      return new Map([D, plus(D, 2)].map((d) => [d, withImpressions(b.get(d)!, 40)]));
    });
  });

  it('drop: by default all counters 0 (like zero), then back', async () => {
    const { glitch } = await checkGlitch(
      { customer: A, kind: 'drop', date: D },
      range(plus(D, -1), 3),
      (b) => new Map([[D, zeros(b.get(D)!)]]),
    );
    expect(glitch).toMatchObject({ days: 1, amount: null });
  });

  it('drop by an amount: mono small impressions fewer, duplex at most half the small ones', async () => {
    await checkGlitch({ customer: A, kind: 'drop', date: D, days: 2, amount: 100 }, range(plus(D, -1), 4), (b) => {
      return new Map(
        [D, plus(D, 1)].map((d) => {
          const c = withImpressions(b.get(d)!, -100);
          return [d, { ...c, duplexTotal: Math.min(Number(c.duplexTotal), Math.floor(Number(c.smallTotal) / 2)) }];
        }),
      );
    });
  });

  it('drop by more than there is stops at 0 with the identities kept', async () => {
    const early = '2024-03-12'; // the third day of the history: few impressions
    await checkGlitch({ customer: A, kind: 'drop', date: early, amount: 1e12 }, range(plus(early, -1), 3), (b) => {
      const c = b.get(early)!;
      const a = Math.min(Number(c.monoTotal), Number(c.smallTotal));
      const low = withImpressions(c, -a);
      return new Map([[early, { ...low, duplexTotal: Math.min(Number(low.duplexTotal), Math.floor(Number(low.smallTotal) / 2)) }]]);
    });
  });

  it("reset: from `date` on every counter minus those of `date`; the reset day's printing is lost", async () => {
    const from = plus(D, -2);
    const window = [...range(from, 8), YESTERDAY, TODAY, '2027-01-01'];
    const dayBeforeFrom = await answer(A, plus(from, -1));
    const base = await answer(A, D);
    const rebase = (c: Answer): Answer => ({ ...c, ...Object.fromEntries(FIELDS.map((f) => [f, Number(c[f]) - Number(base[f])])) });
    const { glitch, before, truthDuring, truthBefore } = await checkGlitch({ customer: A, kind: 'reset', date: D }, window, (b) => {
      return new Map(window.filter((d) => d >= D).map((d) => [d, rebase(b.get(d)!)]));
    });
    expect(glitch).toMatchObject({ kind: 'reset', days: null, until: null, amount: null, field: null });
    expect(before.get(D)).toStrictEqual(base);

    // Over from … 2027-01-01 a correct consumer deposits the days before the reset, 0 on it, and the climb from 0 after.
    expect(truthDuring.expected_standard_pages).toBe(
      pages(before.get(plus(D, -1))!) - pages(dayBeforeFrom) + pages(rebase(before.get(YESTERDAY)!)),
    );
    const dayBefore = (d: string) => truthBefore.days.find((x) => x.date === d)!;
    const dayDuring = (d: string) => truthDuring.days.find((x) => x.date === d)!;
    const resetDay = dayBefore(D).actual_standard_pages;
    expect(resetDay).toBeGreaterThan(0);
    expect(truthBefore.reset_day_pages).toBe(0);
    expect(truthDuring.reset_day_pages).toBe(resetDay);
    // = actual − the reset day's pages, but for the rounding of standard pages (round S(a − b) against round S(a) − round S(b)).
    expect(Math.abs(truthDuring.expected_standard_pages - (truthBefore.actual_standard_pages - resetDay))).toBeLessThanOrEqual(1);
    expect(dayDuring(plus(D, -1)).expected_standard_pages).toBe(dayBefore(plus(D, -1)).actual_standard_pages);
    expect(dayDuring(D).expected_standard_pages).toBe(0);
    expect(dayDuring(plus(D, 1)).expected_standard_pages).toBe(pages(rebase(before.get(plus(D, 1))!)));
    expect(dayDuring(plus(D, 2)).expected_standard_pages).toBe(
      pages(rebase(before.get(plus(D, 2))!)) - pages(rebase(before.get(plus(D, 1))!)),
    );
    // reported follows the counters answered: the fall to 0 on the reset day.
    expect(dayDuring(D).reported_standard_pages).toBe(-pages(before.get(plus(D, -1))!));
    expect(truthDuring.reported_standard_pages).toBe(pages(rebase(before.get(YESTERDAY)!)) - pages(dayBeforeFrom));
  });

  it('missing_field: the answer omits duplexTotal (default), or the field asked for', async () => {
    const omit = (c: Answer, f: string) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== f));
    const { truthDuring, truthBefore } = await checkGlitch(
      { customer: A, kind: 'missing_field', date: D },
      range(plus(D, -1), 3),
      (b) => new Map([[D, omit(b.get(D)!, 'duplexTotal')]]),
    );
    expect(truthDuring.expected_standard_pages).toBe(truthBefore.actual_standard_pages);
    expect(truthDuring.reported_standard_pages).toBe(truthBefore.reported_standard_pages);
    await checkGlitch({ customer: A, kind: 'missing_field', date: D, days: 2, field: 'scanTotal' }, range(plus(D, -1), 4), (b) => {
      return new Map([D, plus(D, 1)].map((d) => [d, omit(b.get(d)!, 'scanTotal')]));
    });
    await inject({ customer: A, kind: 'missing_field', date: D, field: 'scanTotal' });
    const res = await client.call('GET', summaryPath(A, D), { token });
    expect(res.text).not.toContain('scanTotal');
    expect(res.text).toContain('"duplexTotal"');
  });

  it('negative: monoTotal (default) answered as −1 × its value, −1 where it is 0', async () => {
    const { truthDuring, truthBefore } = await checkGlitch({ customer: A, kind: 'negative', date: D }, range(plus(D, -1), 3), (b) => {
      return new Map([[D, { ...b.get(D)!, monoTotal: -Number(b.get(D)!.monoTotal) }]]);
    });
    expect(truthDuring.reported_standard_pages).toBe(truthBefore.reported_standard_pages);
    // Before the history every counter is 0.
    const old = '2020-01-01';
    await checkGlitch({ customer: A, kind: 'negative', date: old, days: 2, field: 'largeTotal' }, range(plus(old, -1), 4), (b) => {
      expect(b.get(old)!.largeTotal).toBe(0);
      return new Map([old, plus(old, 1)].map((d) => [d, { ...b.get(d)!, largeTotal: -1 }]));
    });
  });

  it('wrong_date: the answer names the day before the asked date, with the counters of the asked date', async () => {
    const { truthDuring, truthBefore } = await checkGlitch(
      { customer: A, kind: 'wrong_date', date: D, days: 2 },
      range(plus(D, -1), 4),
      (b) => {
        return new Map([D, plus(D, 1)].map((d) => [d, { ...b.get(d)!, date: plus(d, -1) }]));
      },
    );
    expect(truthDuring.reported_standard_pages).toBe(truthBefore.reported_standard_pages);
    expect(truthDuring.expected_standard_pages).toBe(truthBefore.actual_standard_pages);
  });

  it('stuck: from `date` on, forever, colourTotal (default) negative', async () => {
    const dates = [...range(plus(D, -2), 5), YESTERDAY, TODAY, '2030-06-01'];
    const { glitch, truthDuring, truthBefore } = await checkGlitch({ customer: A, kind: 'stuck', date: D }, dates, (b) => {
      return new Map(dates.filter((d) => d >= D).map((d) => [d, { ...b.get(d)!, colourTotal: -Number(b.get(d)!.colourTotal) || -1 }]));
    });
    expect(glitch).toMatchObject({ kind: 'stuck', days: null, until: null, field: 'colourTotal' });
    expect(truthDuring.reported_standard_pages).toBe(truthBefore.reported_standard_pages);
    const old = '2020-01-01';
    await checkGlitch({ customer: A, kind: 'stuck', date: old, field: 'smallTotal' }, [plus(old, -1), old, D], (b) => {
      return new Map([old, D].map((d) => [d, { ...b.get(d)!, smallTotal: -Number(b.get(d)!.smallTotal) || -1 }]));
    });
  });
});

describe('glitches together', () => {
  it('several glitches for one customer combine; GET lists them; DELETE one and DELETE all restore', async () => {
    const window = range(plus(D, -1), 5);
    const before = await answers(A, window);
    const spike = await inject({ customer: A, kind: 'spike', date: D, amount: 1000 });
    const missing = await inject({ customer: A, kind: 'missing_field', date: D, field: 'scanTotal' });
    const wrong = await inject({ customer: A, kind: 'wrong_date', date: plus(D, 2) });
    const other = await inject({ customer: B, kind: 'zero', date: D });
    const list = await client.json<{ items: Glitch[] }>('GET', '/_sim/glitches');
    expect(list.body.items).toEqual([spike, missing, wrong, other]);
    expect((await client.json<{ items: Glitch[] }>('GET', `/_sim/glitches?customer=${A}`)).body.items).toEqual([spike, missing, wrong]);
    expect(new Set([spike.id, missing.id, wrong.id, other.id]).size).toBe(4);

    const { scanTotal: _, ...spikedWithoutScans } = withImpressions(before.get(D)!, 1000);
    expect(await answer(A, D)).toStrictEqual(spikedWithoutScans);
    expect(await answer(A, plus(D, 2))).toStrictEqual({ ...before.get(plus(D, 2))!, date: plus(D, 1) });
    expect(await answer(A, plus(D, 1))).toStrictEqual(before.get(plus(D, 1)));

    expect((await client.json('DELETE', `/_sim/glitches/${missing.id}`)).body).toEqual(missing);
    expect(await answer(A, D)).toStrictEqual(withImpressions(before.get(D)!, 1000));
    expect((await client.call('DELETE', `/_sim/glitches/${missing.id}`)).status).toBe(404);
    expect((await client.call('DELETE', '/_sim/glitches/x')).status).toBe(400);

    const cleared = await client.json<{ deleted: number }>('DELETE', '/_sim/glitches');
    expect(cleared.body).toEqual({ deleted: 3 });
    expect(await answers(A, window)).toStrictEqual(before);
    expect((await client.json<{ items: Glitch[] }>('GET', '/_sim/glitches')).body.items).toEqual([]);
    const next = await inject({ customer: A, kind: 'zero', date: D });
    expect(next.id).toBeGreaterThan(other.id);
  });

  it('a reset under other glitches: the value glitches apply to the rebased counters', async () => {
    const base = await answer(A, D);
    const later = await answer(A, plus(D, 3));
    await inject({ customer: A, kind: 'reset', date: D });
    await inject({ customer: A, kind: 'spike', date: plus(D, 3), amount: 5 });
    await inject({ customer: A, kind: 'negative', date: plus(D, 3), field: 'deviceTotal' });
    const rebased = { ...later, ...Object.fromEntries(FIELDS.map((f) => [f, Number(later[f]) - Number(base[f])])) };
    const spiked = withImpressions(rebased, 5);
    expect(await answer(A, plus(D, 3))).toStrictEqual({ ...spiked, deviceTotal: -Number(spiked.deviceTotal) });
  });

  it("apply to what a stale agent's portal answers: the frozen counters, glitched", async () => {
    const id = B;
    const r = await client.json('POST', '/_sim/control', { body: { customer: id, dca: 'stale', days: 4 } });
    expect(r.status).toBe(200);
    try {
      const frozenDay = plus(TODAY, -5);
      const frozen = await answer(id, frozenDay);
      const truthBefore = await truth(id, plus(TODAY, -8), YESTERDAY);
      expect(truthBefore.expected_standard_pages).toBe(truthBefore.reported_standard_pages);
      expect(truthBefore.expected_standard_pages).toBeLessThan(truthBefore.actual_standard_pages);
      await inject({ customer: id, kind: 'spike', date: plus(TODAY, -2), amount: 321 });
      expect(await answer(id, plus(TODAY, -2))).toStrictEqual(withImpressions({ ...frozen, date: plus(TODAY, -2) }, 321));
      expect(await answer(id, plus(TODAY, -3))).toStrictEqual({ ...frozen, date: plus(TODAY, -3) });
      const truthDuring = await truth(id, plus(TODAY, -8), YESTERDAY);
      expect(truthDuring.actual_standard_pages).toBe(truthBefore.actual_standard_pages);
      expect(truthDuring.expected_standard_pages).toBe(truthBefore.expected_standard_pages);
      // The agent comes back with its cache: the glitch applies to the true counters now.
      await client.call('POST', '/_sim/control', { body: { customer: id, dca: 'online' } });
      await client.call('DELETE', '/_sim/glitches');
      const real = await answer(id, plus(TODAY, -2));
      await inject({ customer: id, kind: 'spike', date: plus(TODAY, -2), amount: 321 });
      expect(await answer(id, plus(TODAY, -2))).toStrictEqual(withImpressions(real, 321));
    } finally {
      await client.call('POST', '/_sim/control', { body: { customer: id, dca: 'online' } });
    }
  });

  it('leave the control state and the statistics alone', async () => {
    const control = (await client.json('GET', '/_sim/control')).body;
    await client.call('POST', '/_sim/stats/reset');
    await inject({ customer: A, kind: 'zero', date: D });
    await client.call('GET', '/_sim/glitches');
    await client.call('DELETE', '/_sim/glitches');
    expect((await client.json('GET', '/_sim/control')).body).toEqual(control);
    expect((await client.json<{ write_attempts: number }>('GET', '/_sim/stats')).body.write_attempts).toBe(0);
  });
});

describe('glitch control input', () => {
  it('is validated strictly: 400 for bad input, 404 for an unknown customer, and nothing is stored', async () => {
    for (const body of [
      {},
      { customer: A },
      { customer: A, kind: 'zero' },
      { customer: A, kind: 'wobble', date: D },
      { customer: A, kind: 'zero', date: '2026-02-30' },
      { customer: A, kind: 'zero', date: '10/02/2026' },
      { customer: A, kind: 'zero', date: D, days: 0 },
      { customer: A, kind: 'zero', date: D, days: 1.5 },
      { customer: A, kind: 'zero', date: D, days: '2' },
      { customer: A, kind: 'zero', date: D, days: 36_501 },
      { customer: A, kind: 'zero', date: D, amount: 5 },
      { customer: A, kind: 'zero', date: D, field: 'monoTotal' },
      { customer: A, kind: 'spike', date: D, amount: 0 },
      { customer: A, kind: 'spike', date: D, amount: -3 },
      { customer: A, kind: 'spike', date: D, amount: 1e16 },
      { customer: A, kind: 'spike', date: D, field: 'monoTotal' },
      { customer: A, kind: 'reset', date: D, days: 2 },
      { customer: A, kind: 'stuck', date: D, days: 2 },
      { customer: A, kind: 'negative', date: D, field: 'customerId' },
      { customer: A, kind: 'missing_field', date: D, field: 'date' },
      { customer: A, kind: 'missing_field', date: D, amount: 1 },
      { customer: 'x', kind: 'zero', date: D },
      { customer: 1.5, kind: 'zero', date: D },
      { customer: A, kind: 'zero', date: D, surprise: true },
      [{ customer: A, kind: 'zero', date: D }],
    ]) {
      const res = await client.json<{ message: string }>('POST', '/_sim/glitches', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message).toEqual(expect.any(String));
    }
    const notJson = await client.call('POST', '/_sim/glitches', { body: undefined });
    expect(notJson.status).toBe(400);
    expect((await client.call('POST', '/_sim/glitches', { body: { customer: 4242, kind: 'zero', date: D } })).status).toBe(404);
    expect((await client.call('GET', '/_sim/glitches?customer=4242')).status).toBe(404);
    expect((await client.call('GET', '/_sim/glitches?customer=abc')).status).toBe(400);
    expect((await client.json<{ items: Glitch[] }>('GET', '/_sim/glitches')).body.items).toEqual([]);
    // A customer id as a string of digits is accepted, as on /_sim/control.
    expect((await inject({ customer: String(A), kind: 'zero', date: D })).customer).toBe(A);
  });
});
