import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { formatIsoDate, parseIsoDate } from './calendar.js';
import type { MeterCounters } from './fleet-model.js';
import type { SimulatorOptionsInput } from './sim-options.js';
import { startSimulator, type RunningSimulator, type SimulatorRuntime } from './sim-server.js';
import { ISO_FLEET_PAPER, US_FLEET_PAPER, standardPagesOfCounters } from './sheets.js';
import { simClient, type SimClient } from './sim-test-client.js';
import type { StatsSnapshot } from './stats.js';
import type { Truth } from './truth.js';

type Summary = MeterCounters & { customerId: number; date: string };
type Page = { items: Array<{ id: number; name: string }>; page: number; pageSize: number; totalCount: number };

const TODAY = '2026-03-10';
const day = (iso: string) => parseIsoDate(iso)!;
const iso = (d: number) => formatIsoDate(d);
const yesterday = iso(day(TODAY) - 1);

let tlsDir: string;
beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-tls-'));
});
afterAll(async () => {
  await fs.rm(tlsDir, { recursive: true, force: true });
});

/** A simulator plus a client that trusts its CA, for one describe block. */
function useSim(options: SimulatorOptionsInput, runtime: SimulatorRuntime = {}) {
  const ctx = {} as { sim: RunningSimulator; client: SimClient; token: string };
  beforeAll(async () => {
    ctx.sim = await startSimulator({ tlsDir, today: TODAY, ...options }, runtime);
    ctx.client = simClient(ctx.sim);
    ctx.token = await ctx.client.login();
  });
  afterAll(async () => {
    await ctx.client?.close();
    await ctx.sim?.close();
  });
  return ctx;
}

async function allCustomers(client: SimClient, token: string): Promise<Page['items']> {
  const items: Page['items'] = [];
  for (let page = 1; ; page++) {
    const res = await client.json<Page>('GET', `/api/v1/customers?page=${page}&pageSize=7`, { token });
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    if (items.length >= res.body.totalCount || res.body.items.length === 0) return items;
  }
}

const summaryPath = (id: number, date: string) => `/api/v1/customers/${id}/meter-readings/summary?date=${date}`;

describe('product API', () => {
  const t = useSim({ customers: 30, seed: 5 });

  it('serves TLS 1.2+ with a certificate for localhost signed by the CA in --tls-dir', async () => {
    expect(await fs.readFile(path.join(tlsDir, 'ca.pem'), 'utf8')).toBe(t.sim.ca);
    const version = await new Promise<string>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port: t.sim.port, servername: 'localhost', ca: t.sim.ca, maxVersion: 'TLSv1.2' });
      socket.on('secureConnect', () => {
        resolve(socket.getProtocol() ?? '');
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(version).toBe('TLSv1.2');
    await expect(
      new Promise((resolve, reject) => {
        const socket = tls.connect({
          host: '127.0.0.1',
          port: t.sim.port,
          servername: 'localhost',
          ca: t.sim.ca,
          maxVersion: 'TLSv1.1',
          minVersion: 'TLSv1',
        });
        socket.on('secureConnect', () => resolve(socket.end()));
        socket.on('error', reject);
      }),
    ).rejects.toThrow();
  });

  it('logs in with the configured credentials only', async () => {
    const ok = await t.client.json<{ access_token: string; token_type: string; expires_in: number }>('POST', '/api/v1/token', {
      body: { username: 'demo', password: 'demo-password' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(ok.body.access_token).toMatch(/^\S{20,}$/);
    for (const body of [
      { username: 'demo', password: 'wrong' },
      { username: 'other', password: 'demo-password' },
    ]) {
      const bad = await t.client.json<{ message: string }>('POST', '/api/v1/token', { body });
      expect(bad.status).toBe(401);
      expect(bad.body.message).toEqual(expect.any(String));
    }
    const missing = await t.client.json<{ message: string }>('POST', '/api/v1/token', { body: { username: 'demo' } });
    expect(missing.status).toBe(400);
    const notJson = await t.client.call('POST', '/api/v1/token', { body: 'x' });
    expect(notJson.status).toBe(400);
  });

  it('refuses data requests without a valid token', async () => {
    for (const token of [undefined, 'not-a-token']) {
      for (const p of ['/api/v1/customers', summaryPath(1001, yesterday)]) {
        const res = await t.client.json<{ message: string }>('GET', p, { token });
        expect(res.status).toBe(401);
        expect(res.body.message).toEqual(expect.any(String));
      }
    }
  });

  it('pages through the customers: integer ids and plausible names', async () => {
    const first = await t.client.json<Page>('GET', '/api/v1/customers', { token: t.token });
    expect(first.body).toMatchObject({ page: 1, pageSize: 100, totalCount: 30 });
    const items = await allCustomers(t.client, t.token);
    expect(items).toEqual(first.body.items);
    expect(items.map((c) => c.id)).toEqual(Array.from({ length: 30 }, (_, i) => 1001 + i));
    for (const c of items) expect(c.name).toMatch(/^[A-Z].{5,}/);
    const beyond = await t.client.json<Page>('GET', '/api/v1/customers?page=9&pageSize=10', { token: t.token });
    expect(beyond.body).toEqual({ items: [], page: 9, pageSize: 10, totalCount: 30 });
    for (const q of ['page=0', 'page=x', 'pageSize=0', 'pageSize=100000', 'page=1.5']) {
      const bad = await t.client.json<{ message: string }>('GET', `/api/v1/customers?${q}`, { token: t.token });
      expect(bad.status, q).toBe(400);
    }
  });

  it('answers counters with the contract fields, 404 for an unknown customer, 400 for bad parameters', async () => {
    const res = await t.client.json<Summary>('GET', summaryPath(1003, yesterday), { token: t.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual([
      'customerId',
      'date',
      'deviceTotal',
      'colourTotal',
      'monoTotal',
      'scanTotal',
      'largeTotal',
      'duplexTotal',
      'smallTotal',
    ]);
    expect(res.body).toMatchObject({ customerId: 1003, date: yesterday });
    expect(res.body.deviceTotal).toBeGreaterThan(0);
    expect((await t.client.call('GET', summaryPath(999, yesterday), { token: t.token })).status).toBe(404);
    expect((await t.client.call('GET', summaryPath(1031, yesterday), { token: t.token })).status).toBe(404);
    // Ids are opaque to a portal's clients: one that is no integer is an unknown customer, like one out of range.
    expect((await t.client.call('GET', summaryPath(0.5, yesterday), { token: t.token })).status).toBe(404);
    for (const p of [summaryPath(1003, '2026-02-30'), summaryPath(1003, '10/03/2026'), '/api/v1/customers/1003/meter-readings/summary']) {
      const bad = await t.client.json<{ message: string }>('GET', p, { token: t.token });
      expect(bad.status, p).toBe(400);
      expect(bad.body.message).toEqual(expect.any(String));
    }
    const nowhere = await t.client.json<{ message: string }>('GET', '/api/v2/anything', { token: t.token });
    expect(nowhere.status).toBe(404);
  });

  it('keeps the identities over HTTP on a sample of customers and days; zeros before the first reading, the latest after', async () => {
    const check = (c: Summary) => {
      expect(c.monoTotal + c.colourTotal).toBe(c.deviceTotal);
      expect(c.smallTotal + c.largeTotal).toBe(c.deviceTotal);
      expect(2 * c.duplexTotal).toBeLessThanOrEqual(c.smallTotal);
      for (const v of Object.values(c)) if (typeof v === 'number') expect(Number.isInteger(v) && v >= 0).toBe(true);
    };
    const requests: Array<Promise<void>> = [];
    for (let i = 0; i < 240; i++) {
      const id = 1001 + (i % 30);
      const d = iso(day(TODAY) - 1 - ((i * 53) % 730));
      requests.push(t.client.json<Summary>('GET', summaryPath(id, d), { token: t.token }).then((r) => check(r.body)));
    }
    await Promise.all(requests);

    const late = t.sim.fleet.customers.map((c) => t.sim.fleet.profile(c.id)!).find((p) => p.startDay > t.sim.fleet.firstDay)!;
    const before = await t.client.json<Summary>('GET', summaryPath(late.id, iso(late.startDay - 1)), { token: t.token });
    expect(before.body).toMatchObject({
      deviceTotal: 0,
      colourTotal: 0,
      monoTotal: 0,
      scanTotal: 0,
      largeTotal: 0,
      duplexTotal: 0,
      smallTotal: 0,
    });
    const latest = await t.client.json<Summary>('GET', summaryPath(late.id, yesterday), { token: t.token });
    const future = await t.client.json<Summary>('GET', summaryPath(late.id, '2030-01-01'), { token: t.token });
    expect({ ...future.body, date: yesterday }).toEqual(latest.body);
    const today = await t.client.json<Summary>('GET', summaryPath(late.id, TODAY), { token: t.token });
    expect({ ...today.body, date: yesterday }).toEqual(latest.body);
  });

  it('truth equals round(S) differences of the served counters, and actual = reported where no agent is stale', async () => {
    const portal = t.sim.portal;
    let compared = 0;
    for (const { id } of t.sim.fleet.customers) {
      const from = '2026-01-01';
      const to = '2026-02-28';
      const truth = await t.client.json<Truth>('GET', `/_sim/truth?customer=${id}&from=${from}&to=${to}`);
      expect(truth.status).toBe(200);
      const end = await t.client.json<Summary>('GET', summaryPath(id, to), { token: t.token });
      const start = await t.client.json<Summary>('GET', summaryPath(id, '2025-12-31'), { token: t.token });
      expect(truth.body.reported_standard_pages).toBe(
        standardPagesOfCounters(end.body, ISO_FLEET_PAPER) - standardPagesOfCounters(start.body, ISO_FLEET_PAPER),
      );
      expect(truth.body.days).toHaveLength(59);
      expect(truth.body.days[0]!.date).toBe(from);
      if (!portal.gapsOf(id).some((g) => g.last >= day(from) - 1 && g.first <= day(to))) {
        compared++;
        expect(truth.body.actual_standard_pages).toBe(truth.body.reported_standard_pages);
        for (const d of truth.body.days) expect(d.actual_standard_pages).toBe(d.reported_standard_pages);
      }
    }
    expect(compared).toBeGreaterThan(20);
    const bad = await t.client.json<{ message: string }>('GET', '/_sim/truth?customer=1001&from=2026-02-01&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect((await t.client.call('GET', '/_sim/truth?customer=4242&from=2026-01-01&to=2026-01-02')).status).toBe(404);
  });

  it('counts requests by kind and status, and every write attempt', async () => {
    await t.client.call('POST', '/_sim/stats/reset');
    await t.client.call('GET', '/api/v1/customers', { token: t.token });
    await t.client.call('GET', summaryPath(1001, yesterday), { token: t.token });
    await t.client.call('GET', summaryPath(9999, yesterday), { token: t.token });
    await t.client.login();
    await t.client.call('POST', '/api/v1/token', { body: { username: 'x', password: 'y' } });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      await t.client.call(method, '/api/v1/customers/1001', { token: t.token, body: { name: 'x' } });
    }
    await t.client.call('DELETE', '/api/v1/customers', { token: t.token });
    await t.client.call('POST', '/_sim/control', { body: { credentials: 'accept' } }); // never counted
    const stats = await t.client.json<StatsSnapshot>('GET', '/_sim/stats');
    expect(stats.body.requests).toEqual({ token: 2, customers: 1, summary: 2, other: 5 });
    expect(stats.body.write_attempts).toBe(5);
    expect(stats.body.statuses).toEqual({ 200: 3, 401: 1, 404: 5, 405: 1 });
    expect(stats.body.max_concurrent).toBe(1);
    const reset = await t.client.json<StatsSnapshot>('POST', '/_sim/stats/reset');
    expect(reset.body).toMatchObject({ requests: { token: 0, customers: 0, summary: 0, other: 0 }, statuses: {}, write_attempts: 0 });
  });

  it('rejects every log-in on request, and accepts again', async () => {
    await t.client.call('POST', '/_sim/control', { body: { credentials: 'reject' } });
    expect((await t.client.call('POST', '/api/v1/token', { body: { username: 'demo', password: 'demo-password' } })).status).toBe(401);
    await t.client.call('POST', '/_sim/control', { body: { credentials: 'accept' } });
    expect((await t.client.call('POST', '/api/v1/token', { body: { username: 'demo', password: 'demo-password' } })).status).toBe(200);
  });

  it('refuses invalid control requests without changing anything', async () => {
    const before = await t.client.json('GET', '/_sim/control');
    for (const body of [
      { faults: { error_rate: 0.8, timeout_rate: 0.5 } },
      { faults: { error_rate: 2 } },
      { faults: { nonsense: 1 } },
      { dca: 'stale' },
      { customer: 1001 },
      { customer: 1001, dca: 'asleep' },
      { today: '2026-13-01' },
      { surprise: true },
    ]) {
      const res = await t.client.json<{ message: string }>('POST', '/_sim/control', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await t.client.call('POST', '/_sim/control', { body: { customer: 4242, dca: 'stale' } })).status).toBe(404);
    expect((await t.client.json('GET', '/_sim/control')).body).toEqual(before.body);
  });
});

describe('determinism across restarts', () => {
  it('gives the same customers and counters for the same seed, other ones for another seed', async () => {
    const snapshot = async (seed: number) => {
      const sim = await startSimulator({ tlsDir, today: TODAY, customers: 12, seed });
      const client = simClient(sim);
      try {
        const token = await client.login();
        const customers = await allCustomers(client, token);
        const counters = await Promise.all(
          customers.flatMap((c) =>
            ['2024-06-30', '2025-12-24', yesterday].map((d) =>
              client.json<Summary>('GET', summaryPath(c.id, d), { token }).then((r) => r.body),
            ),
          ),
        );
        return { customers, counters };
      } finally {
        await client.close();
        await sim.close();
      }
    };
    const a = await snapshot(99);
    const b = await snapshot(99);
    expect(b).toEqual(a);
    const c = await snapshot(100);
    expect(c.customers.map((x) => x.name)).not.toEqual(a.customers.map((x) => x.name));
    expect(c.counters).not.toEqual(a.counters);
  });
});

describe('stale agents', () => {
  const t = useSim({ customers: 10, seed: 3, stale: [{ customer: 1004, days: 5 }] });

  const truth = async (id: number, from: string, to: string) =>
    (await t.client.json<Truth>('GET', `/_sim/truth?customer=${id}&from=${from}&to=${to}`)).body;
  const counters = async (id: number, date: string) =>
    (await t.client.json<Summary>('GET', summaryPath(id, date), { token: t.token })).body;

  it('--stale freezes the counters DAYS days ago; actual ≥ reported inside the window, equal once the agent is online', async () => {
    const lastReading = iso(day(TODAY) - 6);
    const frozen = await counters(1004, lastReading);
    for (let d = day(TODAY) - 5; d <= day(TODAY); d++) expect({ ...(await counters(1004, iso(d))), date: lastReading }).toEqual(frozen);

    const from = iso(day(TODAY) - 12);
    const during = await truth(1004, from, yesterday);
    let actual = 0;
    let reported = 0;
    for (const d of during.days) {
      actual += d.actual_standard_pages;
      reported += d.reported_standard_pages;
      expect(actual).toBeGreaterThanOrEqual(reported);
      if (d.date > lastReading) expect(d.reported_standard_pages).toBe(0);
    }
    expect(during.actual_standard_pages).toBeGreaterThan(during.reported_standard_pages);

    const control = await t.client.json<{ stale: unknown[] }>('POST', '/_sim/control', { body: { customer: 1004, dca: 'online' } });
    expect(control.body.stale).toEqual([]);
    const after = await truth(1004, from, yesterday);
    expect(after.reported_standard_pages).toBe(after.actual_standard_pages);
    for (const d of after.days) expect(d.reported_standard_pages).toBe(d.actual_standard_pages);
    expect(after.actual_standard_pages).toBe(during.actual_standard_pages);
    expect((await counters(1004, yesterday)).deviceTotal).toBeGreaterThan(frozen.deviceTotal);
  });

  it('dca stale stops the agent from today; moving today on shows the frozen counters, online without cache a jump', async () => {
    const res = await t.client.json<{ stale: Array<{ customer: number; since: string }> }>('POST', '/_sim/control', {
      body: { customer: 1006, dca: 'stale' },
    });
    expect(res.body.stale).toEqual([{ customer: 1006, since: TODAY }]);
    const last = await counters(1006, yesterday);
    await t.client.call('POST', '/_sim/control', { body: { today: '2026-03-14' } });
    expect({ ...(await counters(1006, '2026-03-13')), date: yesterday }).toEqual(last);
    await t.client.call('POST', '/_sim/control', { body: { customer: 1006, dca: 'online', cached: false } });
    expect({ ...(await counters(1006, '2026-03-13')), date: yesterday }).toEqual(last); // no cache: still frozen
    await t.client.call('POST', '/_sim/control', { body: { today: '2026-03-15' } });
    const jumped = await counters(1006, '2026-03-14');
    expect(jumped).toEqual({ customerId: 1006, date: '2026-03-14', ...t.sim.fleet.actual(1006, day('2026-03-14')) });
    const window = await truth(1006, TODAY, '2026-03-14');
    expect(window.days.map((d) => d.reported_standard_pages).slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(window.reported_standard_pages).toBe(window.actual_standard_pages);
    await t.client.call('POST', '/_sim/control', { body: { today: TODAY } });
  });

  it('dca stale with days rewrites the recent past (like --stale at run time)', async () => {
    await t.client.call('POST', '/_sim/control', { body: { customer: 1002, dca: 'stale', days: 3 } });
    const frozen = await counters(1002, iso(day(TODAY) - 4));
    expect({ ...(await counters(1002, yesterday)), date: frozen.date }).toEqual(frozen);
    await t.client.call('POST', '/_sim/control', { body: { customer: 1002, dca: 'online' } });
    expect((await counters(1002, yesterday)).deviceTotal).toBeGreaterThanOrEqual(frozen.deviceTotal);
  });

  it('describes a customer through /_sim/model', async () => {
    const model = await t.client.json<{ id: number; first_reading: string; latest_reading: string; episodes: unknown[] }>(
      'GET',
      '/_sim/model?customer=1001',
    );
    expect(model.body).toMatchObject({ id: 1001, latest_reading: yesterday });
    expect(model.body.episodes).toEqual(expect.any(Array));
  });
});

describe('paper profile', () => {
  const t = useSim({ customers: 3, seed: 4, paper: 'letter' });

  it('uses Letter/Tabloid 74 g/m² for the truth with --paper letter', async () => {
    const truth = (await t.client.json<Truth>('GET', `/_sim/truth?customer=1002&from=2026-02-01&to=2026-02-28`)).body;
    const end = t.sim.portal.reported(1002, day('2026-02-28'));
    const start = t.sim.portal.reported(1002, day('2026-01-31'));
    expect(truth.reported_standard_pages).toBe(
      standardPagesOfCounters(end, US_FLEET_PAPER) - standardPagesOfCounters(start, US_FLEET_PAPER),
    );
    expect(truth.reported_standard_pages).not.toBe(
      standardPagesOfCounters(end, ISO_FLEET_PAPER) - standardPagesOfCounters(start, ISO_FLEET_PAPER),
    );
  });
});

describe('tokens', () => {
  const clock = fixedClock(new Date('2026-03-10T09:00:00Z'));
  const t = useSim({ customers: 2, tokenTtlS: 1 }, { clock });

  it('expire after --token-ttl seconds (injected clock), and a fresh log-in works', async () => {
    const token = await t.client.login();
    expect((await t.client.call('GET', '/api/v1/customers', { token })).status).toBe(200);
    clock.advance(999);
    expect((await t.client.call('GET', '/api/v1/customers', { token })).status).toBe(200);
    clock.advance(2);
    const expired = await t.client.json<{ message: string }>('GET', '/api/v1/customers', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/expired/);
    const fresh = await t.client.login();
    expect((await t.client.call('GET', '/api/v1/customers', { token: fresh })).status).toBe(200);
  });

  it('change lifetime and expire all at once through /_sim/control', async () => {
    await t.client.call('POST', '/_sim/control', { body: { token_ttl: 120 } });
    const res = await t.client.json<{ expires_in: number; access_token: string }>('POST', '/api/v1/token', {
      body: { username: 'demo', password: 'demo-password' },
    });
    expect(res.body.expires_in).toBe(120);
    clock.advance(60_000);
    expect((await t.client.call('GET', '/api/v1/customers', { token: res.body.access_token })).status).toBe(200);
    await t.client.call('POST', '/_sim/control', { body: { expire_tokens: true } });
    expect((await t.client.call('GET', '/api/v1/customers', { token: res.body.access_token })).status).toBe(401);
  });

  it('expire in real time too (token-ttl 1 s)', async () => {
    const sim = await startSimulator({ tlsDir, today: TODAY, customers: 1, tokenTtlS: 1 });
    const client = simClient(sim);
    try {
      const token = await client.login();
      expect((await client.call('GET', '/api/v1/customers', { token })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await client.call('GET', '/api/v1/customers', { token })).status).toBe(401);
    } finally {
      await client.close();
      await sim.close();
    }
  });
});

describe('options', () => {
  it('are validated at start', async () => {
    await expect(startSimulator({ tlsDir, today: '2026-02-30' })).rejects.toThrow(/today/);
    await expect(startSimulator({ tlsDir, customers: 0 })).rejects.toThrow(/customers/);
    await expect(startSimulator({ tlsDir, customers: 5, stale: [{ customer: 1006, days: 2 }] })).rejects.toThrow(/1006/);
    await expect(startSimulator({ tlsDir, faults: { error_rate: 0.6, reset_rate: 0.6 } })).rejects.toThrow(/add up/);
  });
});
