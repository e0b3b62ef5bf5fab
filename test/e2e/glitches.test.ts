/**
 * A portal that answers nonsense (issue 15): the simulator's per-customer glitches (docs/onestop-api.md "Glitches"),
 * met by running feeds (collected night by night as the glitch arrives) and by brand-new feeds' backfills (the
 * glitch already inside the window). The figures to match come from the simulator's `/_sim/truth`
 * (`expected_standard_pages`, `reset_day_pages`, the `glitches` markers) and from the rules of docs/domain.md, never
 * from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

const START = '2026-05-08'; // the simulator's today when the running feeds are created (data up to 7 May)
const END = '2026-06-10'; // the last night: May's grace period (5 business days of June) is over
const ACTIVATION = '2026-05-01';
const LAST = addDays(END, -1);
const MAY = { from: '2026-05-01', to: '2026-05-31', periodStart: '2026-04-30T23:00:00Z' }; // London midnight, BST

const s = useSimulator({ today: START, customers: 40, seed: 15, historyDays: 200 });
const clock = fixedClock(new Date(`${START}T09:00:00Z`));
const t = useTestApp({ clock, outboundCa: () => s.sim().ca });

type Kind = 'zero' | 'spike' | 'flap' | 'drop' | 'reset' | 'missing_field' | 'negative' | 'wrong_date' | 'stuck';
type Mode = 'running' | 'backfill';

interface Case {
  mode: Mode;
  kind: Kind;
  date: string;
  days?: number;
  /** Impressions, from the customer's usual weekday volume (`/_sim/model`). */
  amount?: (dailyVolume: number) => number;
  field?: string;
}

interface Deposit {
  id: string;
  date: string;
  pages: number;
  standard_pages: number;
  status: string;
}

interface TruthDay {
  date: string;
  actual_standard_pages: number;
  reported_standard_pages: number;
  expected_standard_pages: number;
  glitches?: Array<{ id: number; kind: string }>;
}

interface Truth {
  actual_standard_pages: number;
  reported_standard_pages: number;
  expected_standard_pages: number;
  reset_day_pages: number;
  days: TruthDay[];
}

// One customer per case; for a given customer only one glitch, so the glitches never meet. Running glitches fall
// after START (each is first seen as the newest reading), backfill glitches inside the new feeds' window.
const CASES: Case[] = [
  { mode: 'running', kind: 'zero', date: '2026-05-12' },
  { mode: 'running', kind: 'spike', date: '2026-05-13' }, // default amount: 10¹² impressions, held for review
  { mode: 'running', kind: 'flap', date: '2026-05-11', amount: (v) => Math.max(500, 3 * v) }, // default 10 days
  { mode: 'running', kind: 'drop', date: '2026-05-12', days: 2, amount: (v) => 10 * v },
  { mode: 'running', kind: 'reset', date: '2026-05-14' },
  { mode: 'running', kind: 'missing_field', date: '2026-05-12' }, // duplexTotal
  { mode: 'running', kind: 'negative', date: '2026-05-13' }, // monoTotal
  { mode: 'running', kind: 'wrong_date', date: '2026-05-14' },
  { mode: 'running', kind: 'stuck', date: '2026-05-19' }, // a Tuesday; colourTotal negative from then on
  { mode: 'backfill', kind: 'zero', date: '2026-05-06' },
  { mode: 'backfill', kind: 'spike', date: '2026-05-07', amount: (v) => 50 * v },
  { mode: 'backfill', kind: 'flap', date: '2026-05-11', days: 6, amount: (v) => Math.max(500, 3 * v) },
  { mode: 'backfill', kind: 'drop', date: '2026-05-18', days: 2, amount: (v) => 10 * v },
  { mode: 'backfill', kind: 'reset', date: '2026-05-12' },
  { mode: 'backfill', kind: 'missing_field', date: '2026-05-13', field: 'scanTotal' },
  { mode: 'backfill', kind: 'negative', date: '2026-05-14', field: 'largeTotal' },
  { mode: 'backfill', kind: 'wrong_date', date: '2026-05-15' },
  { mode: 'backfill', kind: 'stuck', date: '2026-05-20' },
];

interface Setup {
  customer: string;
  dailyVolume: number;
  accountId: string;
  feedId?: string;
  glitchId: number;
}

const state = {
  key: '',
  serverId: '',
  setups: new Map<Case, Setup>(),
  /** Deposits of a running case's account as they stood after the night of `today`: `${kind}@${today}`. */
  snapshots: new Map<string, Map<string, Deposit>>(),
  /** The running stuck feed's health after given nights. */
  stuckHealth: new Map<string, { health_check: string; health_reason: string | null }>(),
  runStatuses: [] as string[],
};

const setupOf = (c: Case): Setup => state.setups.get(c) ?? expect.fail(`case ${c.mode} ${c.kind} was not set up`);

async function sim<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await s.client().json<T>(method, path, body === undefined ? {} : { body });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

async function truth(customer: string, from: string, to: string): Promise<Truth> {
  return sim<Truth>('GET', `/_sim/truth?customer=${customer}&from=${from}&to=${to}`);
}

async function deposits(accountId: string): Promise<Deposit[]> {
  const res = await t.api('GET', `/v1/accounts/${accountId}/deposits`, { key: state.key });
  expect(res.status, res.text).toBe(200);
  return (res.json as Deposit[]).map((d) => ({ ...d, date: d.date.slice(0, 10) }));
}

async function depositsByDate(accountId: string): Promise<Map<string, Deposit>> {
  const list = await deposits(accountId);
  const byDate = new Map(list.map((d) => [d.date, d]));
  expect(byDate.size, `one deposit per date for account ${accountId}`).toBe(list.length);
  return byDate;
}

async function createFeed(c: Case): Promise<void> {
  const setup = setupOf(c);
  const feed = await t.api('POST', `/v1/accounts/${setup.accountId}/feeds`, {
    key: state.key,
    body: { type: 'onestop', server_id: state.serverId, external_id: setup.customer, activated_at: ACTIVATION },
  });
  expect(feed.status, feed.text).toBe(201);
  setup.feedId = feed.json.id;
}

/** One night: the portal's today moves on, Canopy's clock with it, and the server is collected. */
async function night(today: string): Promise<void> {
  await sim('POST', '/_sim/control', { today });
  clock.set(new Date(`${today}T09:00:00Z`));
  const run = await t.app().services.collector.collectServer(state.serverId, { trigger: 'test', wait: true });
  state.runStatuses.push(`${today}:${run.status}`);
}

/** Nights after which a running case's deposits are kept, to check what the docs say of a glitch not yet resolved. */
function probeNights(c: Case): string[] {
  if (c.kind === 'zero' || c.kind === 'spike') return [addDays(c.date, 1)];
  if (c.kind === 'drop') return [addDays(c.date, 1), addDays(c.date, 2)];
  if (c.kind === 'reset') return [addDays(c.date, 1), addDays(c.date, 2), addDays(c.date, 3)];
  return [];
}

const running = CASES.filter((c) => c.mode === 'running');
const backfill = CASES.filter((c) => c.mode === 'backfill');
const byKind = (mode: Mode, kind: Kind) => CASES.find((c) => c.mode === mode && c.kind === kind)!;
// Stuck from Tuesday 19 May: the last valid reading is Monday 18. Through Wednesday 20 (collected on the 21st) two
// business days have failed; Thursday 21 (collected on the 22nd) is the third.
const STUCK_STILL_HEALTHY = '2026-05-21';
const STUCK_UNHEALTHY = '2026-05-22';

function sumPages(list: Iterable<Deposit>): number {
  let n = 0;
  for (const d of list) n += d.pages;
  return n;
}

const expectedOn = (tr: Truth, date: string) =>
  tr.days.find((d) => d.date === date)?.expected_standard_pages ?? expect.fail(`no truth for ${date}`);

/** The pages a correct consumer certifies over the window: every day's expected figure, but none after a stuck date. */
function certifiable(c: Case, tr: Truth): number {
  if (c.kind !== 'stuck') return tr.expected_standard_pages;
  return tr.days.filter((d) => d.date < c.date).reduce((n, d) => n + d.expected_standard_pages, 0);
}

describe('glitches in the portal answers', () => {
  it('sets up a server, one customer per case, and the glitches', async () => {
    const provider = await buildAccount(t.app(), { name: 'Glitchy Portal MPS' });
    state.key = provider.api_key;
    const server = await t.api('POST', '/v1/servers', {
      key: state.key,
      body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' },
    });
    expect(server.status, server.text).toBe(201);
    state.serverId = server.json.id;

    // Customers with readings long before the window, no past staleness episode near it, and daily printing.
    const dropdown = await t.api('GET', `/v1/servers/${state.serverId}/customers`, { key: state.key });
    expect(dropdown.status, dropdown.text).toBe(200);
    const eligible: Array<{ id: string; name: string; volume: number }> = [];
    for (const c of dropdown.json as Array<{ external_id: string; name: string }>) {
      const model = await sim<{ daily_volume: number; first_reading: string; episodes: Array<{ last: string }> }>(
        'GET',
        `/_sim/model?customer=${c.external_id}`,
      );
      const calm = model.episodes.every((e) => e.last < '2026-03-01');
      if (model.first_reading <= '2026-03-01' && calm && model.daily_volume >= 100) {
        eligible.push({ id: c.external_id, name: c.name, volume: model.daily_volume });
      }
    }
    expect(eligible.length, 'eligible simulator customers').toBeGreaterThanOrEqual(CASES.length);

    for (const [i, c] of CASES.entries()) {
      const customer = eligible[i]!;
      const account = await t.api('POST', '/v1/accounts', { key: state.key, body: { name: `${customer.name} (${c.mode} ${c.kind})` } });
      expect(account.status, account.text).toBe(201);
      const amount = c.amount?.(customer.volume);
      const glitch = await sim<{ id: number; kind: string; date: string }>('POST', '/_sim/glitches', {
        customer: Number(customer.id),
        kind: c.kind,
        date: c.date,
        ...(c.days !== undefined ? { days: c.days } : {}),
        ...(amount !== undefined ? { amount } : {}),
        ...(c.field !== undefined ? { field: c.field } : {}),
      });
      expect(glitch).toMatchObject({ kind: c.kind, date: c.date });
      state.setups.set(c, { customer: customer.id, dailyVolume: customer.volume, accountId: account.json.id, glitchId: glitch.id });
    }
    const listed = await sim<{ items: unknown[] }>('GET', '/_sim/glitches');
    expect(listed.items).toHaveLength(CASES.length);
  });

  it('collects the running feeds night by night while the glitches arrive', async () => {
    for (const c of running) await createFeed(c);
    const stuck = setupOf(byKind('running', 'stuck'));
    for (let today = START; today <= END; today = addDays(today, 1)) {
      await night(today);
      for (const c of running) {
        if (probeNights(c).includes(today)) state.snapshots.set(`${c.kind}@${today}`, await depositsByDate(setupOf(c).accountId));
      }
      if (today === STUCK_STILL_HEALTHY || today === STUCK_UNHEALTHY) {
        const feed = await t.api('GET', `/v1/feeds/${stuck.feedId}`, { key: state.key });
        expect(feed.status, feed.text).toBe(200);
        state.stuckHealth.set(today, { health_check: feed.json.health_check, health_reason: feed.json.health_reason ?? null });
      }
    }
    expect(
      state.runStatuses.filter((r) => r.endsWith(':failed')),
      'failed nightly runs',
    ).toEqual([]);
  }, 120_000);

  it('backfills brand-new feeds whose window already holds the glitches; collecting again changes nothing', async () => {
    for (const c of backfill) await createFeed(c);
    const run = await t.app().services.collector.collectServer(state.serverId, { trigger: 'test', wait: true });
    expect(run.status).not.toBe('failed');
    const before = await Promise.all(CASES.map(async (c) => deposits(setupOf(c).accountId)));
    const again = await t.app().services.collector.collectServer(state.serverId, { trigger: 'test', wait: true });
    expect(again.status).not.toBe('failed');
    const after = await Promise.all(CASES.map(async (c) => deposits(setupOf(c).accountId)));
    expect(after.map((list) => list.map((d) => [d.date, d.pages, d.status]))).toEqual(
      before.map((list) => list.map((d) => [d.date, d.pages, d.status])),
    );
  }, 60_000);

  for (const c of CASES) {
    const label = `${c.mode} feed, ${c.kind} on ${c.date}${c.days ? ` for ${c.days} days` : ''}`;
    it(`${label}: Σ deposits equals what a correct consumer certifies`, async () => {
      const setup = setupOf(c);
      const tr = await truth(setup.customer, ACTIVATION, LAST);
      // The glitch really changed the answers inside the window.
      const marked = tr.days.filter((d) => d.glitches?.some((g) => g.id === setup.glitchId));
      expect(marked.length, 'days the glitch changed').toBeGreaterThan(0);
      const byDate = await depositsByDate(setup.accountId);
      const dates = [...byDate.keys()].sort();
      expect(dates[0]! >= ACTIVATION && dates.at(-1)! <= LAST, `deposit dates ${dates[0]} … ${dates.at(-1)}`).toBe(true);
      const total = sumPages(byDate.values());
      expect(total, `Σ deposits of customer ${setup.customer} (actual ${tr.actual_standard_pages})`).toBe(certifiable(c, tr));
      if (c.kind === 'reset') {
        expect(tr.reset_day_pages).toBeGreaterThan(0);
        expect(tr.expected_standard_pages).not.toBe(tr.actual_standard_pages);
      } else {
        expect(tr.reset_day_pages).toBe(0);
      }
    });

    it(`${label}: the glitch days deposit what the docs say`, async () => {
      const setup = setupOf(c);
      const tr = await truth(setup.customer, ACTIVATION, LAST);
      const byDate = await depositsByDate(setup.accountId);
      const on = (date: string) => byDate.get(date);
      const span = (from: string, days: number) => Array.from({ length: days }, (_, i) => addDays(from, i));
      /** The first valid, believed reading after the glitch's `days` is measured from the last believed one before them. */
      const coversFrom = (from: string, days: number) => {
        const through = addDays(from, days);
        expect(on(through)?.pages, `deposit of ${through}, covering ${from} … ${through}`).toBe(
          span(from, days + 1).reduce((n, d) => n + expectedOn(tr, d), 0),
        );
      };
      switch (c.kind) {
        case 'zero':
        case 'drop': {
          const days = span(c.date, c.days ?? 1);
          for (const d of days) expect([d, on(d)?.status, on(d)?.pages]).toEqual([d, 'glitch', 0]);
          coversFrom(c.date, days.length);
          break;
        }
        case 'spike': {
          expect(['held', 'glitch']).toContain(on(c.date)?.status);
          expect(on(c.date)?.pages).toBe(0);
          coversFrom(c.date, 1);
          break;
        }
        case 'flap': {
          // Each raised day the counters then fall back from (a negative reported day after it) is a spike: 0.
          const raised = tr.days.filter((d) => d.glitches?.some((g) => g.id === setup.glitchId));
          const bounced = raised.filter((d) => (tr.days.find((x) => x.date === addDays(d.date, 1))?.reported_standard_pages ?? 0) < 0);
          expect(bounced.length, 'raised days the counters fall back from').toBeGreaterThan(0);
          for (const d of bounced) {
            expect([d.date, on(d.date)?.pages]).toEqual([d.date, 0]);
            expect(['held', 'glitch']).toContain(on(d.date)?.status);
          }
          break;
        }
        case 'reset': {
          expect([on(c.date)?.status, on(c.date)?.pages]).toEqual(['rebased', 0]);
          break;
        }
        case 'missing_field':
        case 'negative':
        case 'wrong_date': {
          // An invalid answer is no reading: the day is skipped and the next valid reading covers it.
          expect(on(c.date)?.pages ?? 0).toBe(0);
          coversFrom(c.date, 1);
          break;
        }
        case 'stuck': {
          const later = [...byDate.values()].filter((d) => d.date >= c.date && d.pages !== 0);
          expect(later, 'deposits from invalid answers').toEqual([]);
          break;
        }
      }
    });
  }

  it('running feeds: a glitch not yet resolved is pending or held, then resolved as the docs say', () => {
    const snap = (kind: Kind, today: string, date: string) => {
      const d = state.snapshots.get(`${kind}@${today}`)?.get(date);
      return [kind, today, date, d?.status, d?.pages];
    };
    const zero = byKind('running', 'zero').date;
    expect(snap('zero', addDays(zero, 1), zero)).toEqual(['zero', addDays(zero, 1), zero, 'pending', 0]);
    // 10¹² impressions in a day: far above 1,000,000 standard pages per customer-day, held from the first day.
    const spike = byKind('running', 'spike').date;
    expect(snap('spike', addDays(spike, 1), spike)).toEqual(['spike', addDays(spike, 1), spike, 'held', 0]);
    const drop = byKind('running', 'drop').date;
    expect(snap('drop', addDays(drop, 1), drop)).toEqual(['drop', addDays(drop, 1), drop, 'pending', 0]);
    expect(snap('drop', addDays(drop, 2), drop)).toEqual(['drop', addDays(drop, 2), drop, 'pending', 0]);
    expect(snap('drop', addDays(drop, 2), addDays(drop, 1))).toEqual(['drop', addDays(drop, 2), addDays(drop, 1), 'pending', 0]);
    // A reset is confirmed by the third consecutive low reading (the reset day and the two after it).
    const reset = byKind('running', 'reset').date;
    expect(snap('reset', addDays(reset, 1), reset)).toEqual(['reset', addDays(reset, 1), reset, 'pending', 0]);
    expect(snap('reset', addDays(reset, 2), reset)).toEqual(['reset', addDays(reset, 2), reset, 'pending', 0]);
    expect(snap('reset', addDays(reset, 3), reset)).toEqual(['reset', addDays(reset, 3), reset, 'rebased', 0]);
  });

  it('the stuck feeds are unhealthy with invalid_data after 3 business days; the others stay healthy', async () => {
    expect(state.stuckHealth.get(STUCK_STILL_HEALTHY)).toEqual({ health_check: 'healthy', health_reason: null });
    expect(state.stuckHealth.get(STUCK_UNHEALTHY)).toEqual({ health_check: 'unhealthy', health_reason: 'invalid_data' });
    for (const c of CASES) {
      const feed = await t.api('GET', `/v1/feeds/${setupOf(c).feedId}`, { key: state.key });
      expect(feed.status, feed.text).toBe(200);
      const seen = [c.mode, c.kind, feed.json.health_check, feed.json.health_reason ?? null];
      expect(seen).toEqual(c.kind === 'stuck' ? [c.mode, c.kind, 'unhealthy', 'invalid_data'] : [c.mode, c.kind, 'healthy', null]);
    }
  });

  it("May's certificates equal each account's May deposits, and the roll-up their sum", async () => {
    await t.app().services.monthClose.closeDue();
    let customersTotal = 0;
    for (const c of CASES) {
      const setup = setupOf(c);
      const may = (await deposits(setup.accountId)).filter((d) => d.date >= MAY.from && d.date <= MAY.to);
      const certs = (await t.api('GET', `/v1/accounts/${setup.accountId}/certificates`, { key: state.key })).json as Array<{
        period_start: string;
        pages: number;
      }>;
      expect(certs.map((x) => x.period_start)).toEqual([MAY.periodStart]);
      expect([c.mode, c.kind, certs[0]!.pages]).toEqual([c.mode, c.kind, sumPages(may)]);
      expect(certs[0]!.pages).toBeGreaterThan(0);
      customersTotal += certs[0]!.pages;
    }
    const rollups = (await t.api('GET', '/v1/certificates', { key: state.key })).json as Array<{
      kind: string;
      period_start: string;
      pages: number;
    }>;
    expect(rollups.map((r) => [r.kind, r.period_start, r.pages])).toEqual([['rollup', MAY.periodStart, customersTotal]]);
  });
});
