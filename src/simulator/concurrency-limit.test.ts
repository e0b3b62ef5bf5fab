import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSettings } from './faults.js';
import { startSimulator, type RunningSimulator } from './sim-server.js';
import { isTimeout, simClient, type SimAnswer, type SimClient } from './sim-test-client.js';
import type { StatsSnapshot } from './stats.js';

/**
 * The per-portal concurrency limit (faults.max_concurrency): real HTTPS against a started simulator. Every figure
 * below is worked out from the rule in docs/onestop-api.md: a data request arriving while max_concurrency data
 * requests are in flight is answered 429 at once, with Retry-After: 1, and never counts as in flight itself.
 */

const TODAY = '2026-03-10';
const summaryPath = (id: number) => `/api/v1/customers/${id}/meter-readings/summary?date=2026-03-09`;

let tlsDir: string;
let sim: RunningSimulator;
let client: SimClient;
let token: string;

beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-limit-'));
  sim = await startSimulator({ tlsDir, today: TODAY, customers: 5 });
  client = simClient(sim);
  token = await client.login();
});

afterEach(async () => {
  await control({ max_concurrency: null, latency_ms: 0, jitter_ms: 0, timeout_rate: 0, error_rate: 0 });
});

afterAll(async () => {
  await client?.close();
  await sim?.close();
  await fs.rm(tlsDir, { recursive: true, force: true });
});

async function control(faults: Record<string, unknown>): Promise<{ status: number; faults: FaultSettings }> {
  const res = await client.json<{ faults: FaultSettings }>('POST', '/_sim/control', { body: { faults } });
  return { status: res.status, faults: res.body.faults };
}

async function stats(): Promise<StatsSnapshot> {
  return (await client.json<StatsSnapshot>('GET', '/_sim/stats')).body;
}

/** Opens `n` keep-alive connections (n concurrent log-ins), so concurrent requests after it arrive together. */
async function warm(n: number): Promise<void> {
  await Promise.all(Array.from({ length: n }, () => client.login()));
}

/** Sends the requests at once; each answer with how long it took. */
async function concurrently(paths: string[], opts: { token?: string } = {}): Promise<Array<SimAnswer & { ms: number }>> {
  return Promise.all(
    paths.map(async (p) => {
      const started = performance.now();
      const res = await client.call('GET', p, { token: opts.token ?? token });
      return { ...res, ms: performance.now() - started };
    }),
  );
}

async function waitFor(check: (s: StatsSnapshot) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check(await stats())) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`stats never showed ${what}`);
}

describe('concurrency limit (max_concurrency)', () => {
  it('is unlimited by default, and is set, kept, shown and cleared through /_sim/control like the other faults', async () => {
    expect((await client.json<{ faults: FaultSettings }>('GET', '/_sim/control')).body.faults.max_concurrency).toBeNull();
    expect(await control({ max_concurrency: 4 })).toMatchObject({ status: 200, faults: { max_concurrency: 4 } });
    // A patch without the key keeps it.
    expect(await control({ error_rate: 0.1 })).toMatchObject({ status: 200, faults: { max_concurrency: 4, error_rate: 0.1 } });
    expect((await client.json<{ faults: FaultSettings }>('GET', '/_sim/control')).body.faults).toMatchObject({ max_concurrency: 4 });

    for (const bad of [0, -1, 1.5, '2', true]) {
      const res = await client.json<{ message: string }>('POST', '/_sim/control', { body: { faults: { max_concurrency: bad } } });
      expect(res.status, String(bad)).toBe(400);
      expect(res.body.message).toMatch(/max_concurrency/);
    }
    // Refused as a whole: a valid limit with rates adding up to more than 1 changes nothing.
    expect((await control({ max_concurrency: 9, error_rate: 0.9, timeout_rate: 0.9 })).status).toBe(400);
    expect((await client.json<{ faults: FaultSettings }>('GET', '/_sim/control')).body.faults.max_concurrency).toBe(4);

    expect(await control({ max_concurrency: null })).toMatchObject({ status: 200, faults: { max_concurrency: null, error_rate: 0.1 } });
  });

  it('is an option of startSimulator, validated like the others', async () => {
    await expect(startSimulator({ tlsDir, faults: { max_concurrency: 0 } })).rejects.toThrow(/max_concurrency/);
    const limited = await startSimulator({ tlsDir, today: TODAY, customers: 2, faults: { max_concurrency: 3 } });
    try {
      expect(limited.faults.settings.max_concurrency).toBe(3);
    } finally {
      await limited.close();
    }
  });

  it('with max_concurrency 2 and 200 ms latency: 2 of 5 concurrent counters requests succeed, 3 get 429 at once', async () => {
    await control({ max_concurrency: 2, latency_ms: 200, jitter_ms: 0 });
    await warm(5);
    await client.call('POST', '/_sim/stats/reset');

    const answers = await concurrently([1001, 1002, 1003, 1004, 1005].map(summaryPath));
    const ok = answers.filter((a) => a.status === 200);
    const throttled = answers.filter((a) => a.status === 429);
    expect(ok).toHaveLength(2);
    expect(throttled).toHaveLength(3);
    for (const a of ok) {
      expect(a.ms).toBeGreaterThanOrEqual(195); // the latency
      expect(JSON.parse(a.text)).toMatchObject({ date: '2026-03-09', deviceTotal: expect.any(Number) });
    }
    for (const a of throttled) {
      expect(a.headers['retry-after']).toBe('1');
      expect(a.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(a.text)).toEqual({ message: expect.stringMatching(/at most 2/) });
      expect(a.ms).toBeLessThan(150); // at once, without the latency
    }

    let s = await stats();
    expect(s.requests.summary).toBe(5);
    expect(s.statuses).toEqual({ 200: 2, 429: 3 });
    expect(s.max_in_flight).toBe(2);
    expect(s.throttled).toBe(3);
    expect(s.max_concurrent).toBe(2); // the same figure under its old name
    expect(s.in_flight).toBe(0);
    expect(s.faults.throttle).toBe(0); // the limit is not the throttle_rate fault

    // Once they are over, there is room again.
    const again = await client.call('GET', summaryPath(1001), { token });
    expect(again.status).toBe(200);
    s = await stats();
    expect(s.statuses).toEqual({ 200: 3, 429: 3 });
    expect(s.max_in_flight).toBe(2);
    expect(s.throttled).toBe(3);

    // The stats reset zeroes both.
    const reset = await client.json<StatsSnapshot>('POST', '/_sim/stats/reset');
    expect(reset.body).toMatchObject({ max_in_flight: 0, throttled: 0, max_concurrent: 0, in_flight: 0 });
  });

  it('never throttles log-in or /_sim/*, and counts neither as in flight', async () => {
    await control({ max_concurrency: 2, latency_ms: 200, jitter_ms: 0 });
    await warm(4);
    await client.call('POST', '/_sim/stats/reset');

    const held = concurrently([summaryPath(1001), summaryPath(1002)]);
    await waitFor((s) => s.in_flight === 2, '2 data requests in flight');
    const logins = await Promise.all(
      Array.from({ length: 5 }, () => client.call('POST', '/api/v1/token', { body: { username: 'demo', password: 'demo-password' } })),
    );
    expect(logins.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await client.call('GET', '/_sim/control')).status).toBe(200);
    expect((await client.call('GET', '/_sim/truth?customer=1001&from=2026-03-01&to=2026-03-09')).status).toBe(200);
    const during = await stats();
    expect(during.in_flight).toBe(2); // the limit was full all along: the log-ins went through it
    expect(during.throttled).toBe(0);
    // …as a third data request now shows.
    expect((await client.call('GET', summaryPath(1003), { token })).status).toBe(429);

    expect((await held).map((a) => a.status)).toEqual([200, 200]);
    const s = await stats();
    expect(s.requests.token).toBe(5);
    expect(s.statuses).toEqual({ 200: 7, 429: 1 });
    expect(s.max_in_flight).toBe(2);
    expect(s.throttled).toBe(1);
  });

  it('applies to the customer list and to requests without a valid token (checked before the token), not to other paths', async () => {
    await control({ max_concurrency: 1, latency_ms: 200, jitter_ms: 0 });
    await warm(4);
    await client.call('POST', '/_sim/stats/reset');

    const held = client.call('GET', '/api/v1/customers', { token });
    await waitFor((s) => s.in_flight === 1, '1 data request in flight');
    expect((await client.call('GET', '/api/v1/customers', { token })).status).toBe(429);
    expect((await client.call('GET', summaryPath(1001), { token: 'not-a-token' })).status).toBe(429);
    expect((await client.call('GET', summaryPath(1001))).status).toBe(429);
    expect((await client.call('POST', '/api/v1/customers', { token, body: {} })).status).toBe(405); // not a data request
    expect((await client.call('GET', '/api/v1/nowhere', { token })).status).toBe(404);
    expect((await held).status).toBe(200);

    const s = await stats();
    expect(s.throttled).toBe(3);
    expect(s.max_in_flight).toBe(1);
    expect(s.statuses).toEqual({ 200: 1, 404: 1, 405: 1, 429: 3 });
  });

  it('never throttles a client that waits for each answer (max_concurrency 1, no latency)', async () => {
    await control({ max_concurrency: 1 });
    await client.call('POST', '/_sim/stats/reset');
    for (let i = 0; i < 30; i++) {
      expect((await client.call('GET', summaryPath(1001 + (i % 5)), { token })).status).toBe(200);
    }
    const s = await stats();
    expect(s.throttled).toBe(0);
    expect(s.max_in_flight).toBe(1);
    expect(s.statuses).toEqual({ 200: 30 });
  });

  it('holds a slot for a request never answered until its client gives up', async () => {
    await control({ max_concurrency: 1, timeout_rate: 1 });
    await client.call('POST', '/_sim/stats/reset');
    const hung = client.call('GET', summaryPath(1001), { token, timeoutMs: 300 });
    await waitFor((s) => s.in_flight === 1, 'the hung request in flight');
    await control({ timeout_rate: 0 });
    expect((await client.call('GET', summaryPath(1002), { token })).status).toBe(429);
    await expect(hung).rejects.toSatisfy(isTimeout);
    await waitFor((s) => s.in_flight === 0, 'the hung request over');
    expect((await client.call('GET', summaryPath(1002), { token })).status).toBe(200);
    const s = await stats();
    expect(s).toMatchObject({ throttled: 1, max_in_flight: 1, faults: { timeout: 1 } });
  });

  it('with max_concurrency null: all of 5 concurrent requests succeed, and max_in_flight still says 5', async () => {
    await control({ max_concurrency: null, latency_ms: 200, jitter_ms: 0 });
    await warm(5);
    await client.call('POST', '/_sim/stats/reset');

    const answers = await concurrently([1001, 1002, 1003, 1004, 1005].map(summaryPath));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const s = await stats();
    expect(s.max_in_flight).toBe(5);
    expect(s.max_concurrent).toBe(5);
    expect(s.throttled).toBe(0);
    expect(s.statuses).toEqual({ 200: 5 });
  });
});
