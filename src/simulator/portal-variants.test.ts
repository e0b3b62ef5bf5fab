import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reshapeObject } from './shape.js';
import type { SimulatorOptionsInput } from './sim-options.js';
import { startSimulator, type RunningSimulator } from './sim-server.js';
import { simClient, type SimClient } from './sim-test-client.js';
import type { Truth } from './truth.js';

type Customer = { id: number | string; name: string };
type Summary = Record<string, unknown>;

const TODAY = '2026-03-10';
const YESTERDAY = '2026-03-09';
const summaryPath = (id: number | string, date: string) => `/api/v1/customers/${id}/meter-readings/summary?date=${date}`;

let tlsDir: string;
beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-variants-'));
});
afterAll(async () => {
  await fs.rm(tlsDir, { recursive: true, force: true });
});

function useSim(options: SimulatorOptionsInput) {
  const ctx = {} as { sim: RunningSimulator; client: SimClient; token: string };
  beforeAll(async () => {
    ctx.sim = await startSimulator({ tlsDir, today: TODAY, seed: 8, ...options });
    ctx.client = simClient(ctx.sim);
    ctx.token = await ctx.client.login();
  });
  afterAll(async () => {
    await ctx.client?.close();
    await ctx.sim?.close();
  });
  return ctx;
}

describe('--customer-list array', () => {
  const t = useSim({ customers: 7, customerList: 'array' });

  it('answers a bare array of every customer, whatever page is asked for', async () => {
    const all = await t.client.json<Customer[]>('GET', '/api/v1/customers', { token: t.token });
    expect(all.status).toBe(200);
    expect(Array.isArray(all.body)).toBe(true);
    expect(all.body.map((c) => c.id)).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007]);
    for (const c of all.body) expect(Object.keys(c)).toEqual(['id', 'name']);
    const second = await t.client.json<Customer[]>('GET', '/api/v1/customers?page=2&pageSize=3', { token: t.token });
    expect(second.body).toEqual(all.body);
    expect((await t.client.call('GET', '/api/v1/customers')).status).toBe(401);
  });
});

describe('--ids string', () => {
  const t = useSim({ customers: 5, ids: 'string' });
  const plain = useSim({ customers: 5 }); // the same fleet (same seed) with integer ids

  it('lists CUST-<n> ids', async () => {
    const page = await t.client.json<{ items: Customer[]; totalCount: number }>('GET', '/api/v1/customers', { token: t.token });
    expect(page.body.totalCount).toBe(5);
    expect(page.body.items.map((c) => c.id)).toEqual(['CUST-1001', 'CUST-1002', 'CUST-1003', 'CUST-1004', 'CUST-1005']);
    const integers = await plain.client.json<{ items: Customer[] }>('GET', '/api/v1/customers', { token: plain.token });
    expect(page.body.items.map((c) => c.name)).toEqual(integers.body.items.map((c) => c.name));
  });

  it('takes the string id in the summary path and answers it as customerId; an integer id is unknown', async () => {
    const res = await t.client.json<Summary>('GET', summaryPath('CUST-1003', YESTERDAY), { token: t.token });
    expect(res.status).toBe(200);
    const same = await plain.client.json<Summary>('GET', summaryPath(1003, YESTERDAY), { token: plain.token });
    expect(res.body).toEqual({ ...same.body, customerId: 'CUST-1003' });
    expect(Object.keys(res.body)[0]).toBe('customerId');
    for (const id of [1003, 'CUST-1009', 'CUST-abc']) {
      const missing = await t.client.json<{ message: string }>('GET', summaryPath(id, YESTERDAY), { token: t.token });
      expect(missing.status, String(id)).toBe(404);
      expect(missing.body.message).toEqual(expect.any(String));
    }
    const stringInIntegerMode = await plain.client.json<{ message: string }>('GET', summaryPath('CUST-1003', YESTERDAY), {
      token: plain.token,
    });
    expect(stringInIntegerMode.status).toBe(404);
    expect(stringInIntegerMode.body.message).toEqual(expect.any(String));
  });

  it('accepts either form of id in /_sim/truth and /_sim/control, in either mode', async () => {
    for (const c of [t, plain]) {
      const a = await c.client.json<Truth>('GET', '/_sim/truth?customer=1002&from=2026-02-01&to=2026-02-28');
      const b = await c.client.json<Truth>('GET', '/_sim/truth?customer=CUST-1002&from=2026-02-01&to=2026-02-28');
      expect(a.status).toBe(200);
      expect(b.body).toEqual(a.body);
      expect(b.body.customer).toBe(1002);
      const stale = await c.client.json<{ stale: unknown[] }>('POST', '/_sim/control', { body: { customer: 'CUST-1004', dca: 'stale' } });
      expect(stale.status).toBe(200);
      expect(stale.body.stale).toEqual([{ customer: 1004, since: TODAY }]);
      const online = await c.client.json<{ stale: unknown[] }>('POST', '/_sim/control', { body: { customer: 1004, dca: 'online' } });
      expect(online.body.stale).toEqual([]);
      expect((await c.client.call('GET', '/_sim/truth?customer=CUST-x&from=2026-02-01&to=2026-02-28')).status).toBe(400);
    }
  });
});

describe('shape control', () => {
  const t = useSim({ customers: 3 });
  const control = (body: unknown) => t.client.json<{ message?: string; shape?: unknown }>('POST', '/_sim/control', { body });

  it('renames and retypes fields of every product answer until reset', async () => {
    const before = (await t.client.json<Summary>('GET', summaryPath(1002, YESTERDAY), { token: t.token })).body;
    expect(typeof before.colourTotal).toBe('number');

    const set = await control({
      shape: { rename: { deviceTotal: 'totalDevices', name: 'customerName' }, retype: ['colourTotal', 'id', 'expires_in'] },
    });
    expect(set.status).toBe(200);
    expect(set.body.shape).toEqual({
      rename: { deviceTotal: 'totalDevices', name: 'customerName' },
      retype: ['colourTotal', 'id', 'expires_in'],
    });

    const after = (await t.client.json<Summary>('GET', summaryPath(1002, YESTERDAY), { token: t.token })).body;
    expect(Object.keys(after)).toEqual([
      'customerId',
      'date',
      'totalDevices',
      'colourTotal',
      'monoTotal',
      'scanTotal',
      'largeTotal',
      'duplexTotal',
      'smallTotal',
    ]);
    expect(after.totalDevices).toBe(before.deviceTotal);
    expect(after.colourTotal).toBe(String(before.colourTotal));
    expect(after.monoTotal).toBe(before.monoTotal);

    const page = (
      await t.client.json<{ items: Array<Record<string, unknown>>; totalCount: number }>('GET', '/api/v1/customers', { token: t.token })
    ).body;
    expect(page.totalCount).toBe(3);
    expect(page.items.map((c) => c.id)).toEqual(['1001', '1002', '1003']);
    expect(Object.keys(page.items[0]!)).toEqual(['id', 'customerName']);

    const login = await t.client.json<Record<string, unknown>>('POST', '/api/v1/token', {
      body: { username: 'demo', password: 'demo-password' },
    });
    expect(login.body.expires_in).toBe('3600');
    expect((await t.client.call('GET', '/api/v1/customers', { token: login.body.access_token as string })).status).toBe(200);

    const reset = await control({ shape: null });
    expect(reset.body.shape).toBeNull();
    expect((await t.client.json<Summary>('GET', summaryPath(1002, YESTERDAY), { token: t.token })).body).toEqual(before);
  });

  it('refuses a malformed shape change (400) without changing anything', async () => {
    for (const shape of [
      { rename: { deviceTotal: 5 } },
      { rename: { deviceTotal: '' } },
      { retype: 'colourTotal' },
      { retype: [1] },
      { rename: { deviceTotal: 'x', colourTotal: 'x' } },
      { reorder: true },
      'flat',
    ]) {
      const res = await control({ shape });
      expect(res.status, JSON.stringify(shape)).toBe(400);
      expect(res.body.message).toEqual(expect.any(String));
    }
    expect((await t.client.json<{ shape: unknown }>('GET', '/_sim/control')).body.shape).toBeNull();
  });

  it('turns numbers into strings and numeric strings into numbers, leaving other values alone', () => {
    const change = { retype: ['a', 'b', 'c', 'd', 'e'], rename: { a: 'A' } };
    expect(reshapeObject({ a: 5, b: '12', c: 'CUST-7', d: '-1.5', e: null, f: 3 }, change)).toEqual({
      A: '5',
      b: 12,
      c: 'CUST-7',
      d: -1.5,
      e: null,
      f: 3,
    });
  });
});
