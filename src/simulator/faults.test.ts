import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultInjector, applyFaultPatch, NO_FAULTS } from './faults.js';
import { startSimulator, type RunningSimulator } from './sim-server.js';
import { isTimeout, simClient, type SimClient } from './sim-test-client.js';
import type { StatsSnapshot } from './stats.js';

type Outcome = 'ok' | 'error' | 'throttle' | 'malformed' | 'timeout' | 'reset' | 'other';

const CLIENT_TIMEOUT_MS = 400;

/** Sends n counters requests, `concurrency` at a time, and sorts what came back. */
async function sample(
  client: SimClient,
  token: string,
  n: number,
  concurrency: number,
): Promise<Record<Outcome, number> & { retryAfter: Set<string> }> {
  const counts = { ok: 0, error: 0, throttle: 0, malformed: 0, timeout: 0, reset: 0, other: 0, retryAfter: new Set<string>() };
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const date = `2025-${String((i % 12) + 1).padStart(2, '0')}-15`;
      try {
        const res = await client.call('GET', `/api/v1/customers/${1001 + (i % 5)}/meter-readings/summary?date=${date}`, {
          token,
          timeoutMs: CLIENT_TIMEOUT_MS,
        });
        if (res.status === 500) counts.error++;
        else if (res.status === 429) {
          counts.throttle++;
          counts.retryAfter.add(String(res.headers['retry-after']));
        } else if (res.status === 200) {
          try {
            JSON.parse(res.text);
            counts.ok++;
          } catch {
            counts.malformed++;
          }
        } else counts.other++;
      } catch (err) {
        if (isTimeout(err)) counts.timeout++;
        else counts.reset++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return counts;
}

let tlsDir: string;
let sim: RunningSimulator;
let client: SimClient;
let token: string;

beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-faults-'));
  sim = await startSimulator({
    tlsDir,
    today: '2026-03-10',
    customers: 5,
    faults: { error_rate: 0.2, timeout_rate: 0.1, reset_rate: 0.1, throttle_rate: 0.1, malformed_rate: 0.1, retry_after_s: 7 },
  });
  client = simClient(sim);
  token = await client.login(); // log-in is never faulted
});

afterAll(async () => {
  await client?.close();
  await sim?.close();
  await fs.rm(tlsDir, { recursive: true, force: true });
});

describe('fault injection', () => {
  it('answers each fault kind at about its configured rate (options at start)', async () => {
    await client.call('POST', '/_sim/stats/reset');
    const n = 500;
    const seen = await sample(client, token, n, 10);
    expect(seen.other).toBe(0);
    const expected: Record<Exclude<Outcome, 'other'>, number> = {
      ok: 0.4,
      error: 0.2,
      timeout: 0.1,
      reset: 0.1,
      throttle: 0.1,
      malformed: 0.1,
    };
    for (const [kind, rate] of Object.entries(expected)) {
      expect(seen[kind as Outcome] / n, kind).toBeGreaterThan(rate - 0.06);
      expect(seen[kind as Outcome] / n, kind).toBeLessThan(rate + 0.06);
    }
    expect([...seen.retryAfter]).toEqual(['7']);
    const stats = (await client.json<StatsSnapshot>('GET', '/_sim/stats')).body;
    expect(stats.faults).toEqual({
      error: seen.error,
      timeout: seen.timeout,
      reset: seen.reset,
      throttle: seen.throttle,
      malformed: seen.malformed,
    });
    expect(stats.requests.summary).toBe(n);
    expect(stats.statuses['500']).toBe(seen.error);
    expect(stats.statuses['429']).toBe(seen.throttle);
    expect(stats.statuses['200']).toBe(seen.ok + seen.malformed);
    // Hung requests stop counting as in flight once their clients give up.
    for (let i = 0; i < 50 && (await client.json<StatsSnapshot>('GET', '/_sim/stats')).body.in_flight > 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await client.json<StatsSnapshot>('GET', '/_sim/stats')).body.in_flight).toBe(0);
  });

  it('never faults log-in, and changes at run time through /_sim/control', async () => {
    const control = await client.json<{ faults: Record<string, number> }>('POST', '/_sim/control', {
      body: { faults: { error_rate: 0, timeout_rate: 0, reset_rate: 0, throttle_rate: 0, malformed_rate: 1 } },
    });
    expect(control.body.faults).toMatchObject({ malformed_rate: 1, error_rate: 0 });
    for (let i = 0; i < 5; i++) expect((await client.login()).length).toBeGreaterThan(10);
    const list = await client.call('GET', '/api/v1/customers', { token });
    expect(list.status).toBe(200);
    expect(() => JSON.parse(list.text)).toThrow();

    await client.call('POST', '/_sim/control', { body: { faults: { malformed_rate: 0, reset_rate: 0.3 } } });
    const seen = await sample(client, token, 200, 4);
    expect(seen.reset / 200).toBeGreaterThan(0.3 - 0.09);
    expect(seen.reset / 200).toBeLessThan(0.3 + 0.09);
    expect(seen.ok + seen.reset).toBe(200);
    await client.call('POST', '/_sim/control', { body: { faults: { reset_rate: 0 } } });
  });

  it('adds latency with jitter, and records the most data requests in flight at once', async () => {
    await client.call('POST', '/_sim/control', { body: { faults: { latency_ms: 120, jitter_ms: 30 } } });
    const durations: number[] = [];
    for (let i = 0; i < 12; i++) {
      const started = performance.now();
      expect((await client.call('GET', '/api/v1/customers', { token })).status).toBe(200);
      durations.push(performance.now() - started);
    }
    for (const d of durations) expect(d).toBeGreaterThanOrEqual(88);
    expect(Math.max(...durations) - Math.min(...durations)).toBeGreaterThan(5); // jitter
    const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
    expect(mean).toBeGreaterThan(100);
    expect(mean).toBeLessThan(250);

    await client.call('POST', '/_sim/stats/reset');
    await Promise.all(Array.from({ length: 6 }, () => client.call('GET', '/api/v1/customers', { token })));
    expect((await client.json<StatsSnapshot>('GET', '/_sim/stats')).body.max_concurrent).toBe(6);
    const login = performance.now();
    await client.login();
    expect(performance.now() - login).toBeLessThan(100); // log-in gets no latency
    await client.call('POST', '/_sim/control', { body: { faults: { latency_ms: 0 } } });
  });
});

describe('fault settings', () => {
  it('give latency a default jitter of a quarter, and refuse rates adding up to more than 1', () => {
    expect(applyFaultPatch(NO_FAULTS, { latency_ms: 200 })).toMatchObject({ latency_ms: 200, jitter_ms: 50 });
    expect(applyFaultPatch(NO_FAULTS, { latency_ms: 200, jitter_ms: 0 }).jitter_ms).toBe(0);
    expect(() => applyFaultPatch(NO_FAULTS, { error_rate: 0.5, timeout_rate: 0.3, throttle_rate: 0.3 })).toThrow(RangeError);
    expect(applyFaultPatch(NO_FAULTS, { error_rate: 0.5, timeout_rate: 0.5 })).toMatchObject({ error_rate: 0.5 });
  });

  it('draw the same fault sequence for the same seed', () => {
    const settings = { ...NO_FAULTS, error_rate: 0.3, reset_rate: 0.2 };
    const a = new FaultInjector(settings, 9);
    const b = new FaultInjector(settings, 9);
    const seqA = Array.from({ length: 100 }, () => a.pick());
    expect(Array.from({ length: 100 }, () => b.pick())).toEqual(seqA);
    expect(seqA.filter((k) => k === 'error').length).toBeGreaterThan(15);
    expect(new FaultInjector(NO_FAULTS).pick()).toBeUndefined();
  });
});
