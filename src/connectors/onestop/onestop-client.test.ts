import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { BadRequestError } from '../../errors.js';
import { ensureLocalTls } from '../../http/local-ca.js';
import { startSimulator, type RunningSimulator, type SimulatorRuntime } from '../../simulator/sim-server.js';
import type { SimulatorOptionsInput } from '../../simulator/sim-options.js';
import { simClient, type SimClient } from '../../simulator/sim-test-client.js';
import type { StatsSnapshot } from '../../simulator/stats.js';
import type { Connector, Counters } from '../connector.js';
import { closedPort, connectorContract, connectorFailureContract } from '../connector-contract.js';
import { PortalError } from '../portal-error.js';
import { createOnestopConnector, type OnestopConnectorOptions } from './onestop-client.js';
import { loopbackOutbound } from '../../../test/harness/outbound.js';

const TODAY = '2026-03-10';
const PASSWORD = 'demo-password';
/** Fast retries so the suite stays quick; the defaults (6 attempts, 100 ms … 5 s) are for production. */
const FAST_RETRY = { maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 50 };

let tlsDir: string;
const open: Connector[] = [];

beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-onestop-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await fs.rm(tlsDir, { recursive: true, force: true });
});

/** A simulator for one describe block, with a client for its control and statistics endpoints. */
function useSim(options: SimulatorOptionsInput, runtime: SimulatorRuntime = {}) {
  const ctx = {} as { sim: RunningSimulator; client: SimClient };
  beforeAll(async () => {
    ctx.sim = await startSimulator({ tlsDir, today: TODAY, historyDays: 400, ...options }, runtime);
    ctx.client = simClient(ctx.sim);
  });
  afterAll(async () => {
    await ctx.client?.close();
    await ctx.sim?.close();
  });
  return ctx;
}

function connect(sim: RunningSimulator, overrides: Partial<OnestopConnectorOptions> = {}): Connector {
  const c = createOnestopConnector({
    outbound: loopbackOutbound,
    url: sim.url,
    username: 'demo',
    password: PASSWORD,
    ca: sim.ca,
    retry: FAST_RETRY,
    ...overrides,
  });
  open.push(c);
  return c;
}

async function simStats(client: SimClient): Promise<StatsSnapshot> {
  return (await client.json<StatsSnapshot>('GET', '/_sim/stats')).body;
}

async function control(client: SimClient, body: unknown): Promise<void> {
  const res = await client.call('POST', '/_sim/control', { body });
  expect(res.status).toBe(200);
}

async function failure(p: Promise<unknown>): Promise<PortalError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PortalError);
  return err as PortalError;
}

/** Counters straight from the simulator, outside the connector. */
async function directCounters(client: SimClient, token: string, id: string, date: string): Promise<Counters> {
  const res = await client.json<Counters & { customerId: number; date: string }>(
    'GET',
    `/api/v1/customers/${id}/meter-readings/summary?date=${date}`,
    { token },
  );
  expect(res.status).toBe(200);
  const { customerId: _id, date: _date, ...counters } = res.body;
  return counters;
}

const isoDay = (offset: number) => new Date(Date.UTC(2026, 2, 10 + offset)).toISOString().slice(0, 10);

/** 20 customers × 10 dates: the customer-days the fault test reads. */
const CUSTOMER_DAYS = Array.from({ length: 200 }, (_, i) => ({
  id: String(1001 + ((i * 7) % 250)),
  date: isoDay(-1 - Math.floor(i / 20) * 11),
}));

async function readAll(c: Connector, concurrency: number): Promise<Counters[]> {
  const out: Counters[] = new Array(CUSTOMER_DAYS.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < CUSTOMER_DAYS.length; i = next++) {
        const { id, date } = CUSTOMER_DAYS[i]!;
        out[i] = await c.readCounters(id, date);
      }
    }),
  );
  return out;
}

describe('OneStop connector against a healthy simulator', () => {
  const clock = fixedClock(new Date('2026-03-10T09:00:00Z'));
  const t = useSim({ customers: 250, tokenTtlS: 600 }, { clock });

  describe('contract', () => {
    let connector: Connector;
    beforeAll(() => {
      connector = createOnestopConnector({
        outbound: loopbackOutbound,
        url: t.sim.url,
        username: 'demo',
        password: PASSWORD,
        ca: t.sim.ca,
        retry: FAST_RETRY,
      });
    });
    afterAll(() => connector.close());
    const subject = () => ({
      connector,
      knownCustomer: '1042',
      unknownCustomer: '99999',
      date: isoDay(-1),
      earlierDate: isoDay(-200),
      password: PASSWORD,
      make: (o: { url?: string; password?: string; trustPortalCa?: boolean; timeoutMs?: number; breakerThreshold?: number } = {}) =>
        createOnestopConnector({
          outbound: loopbackOutbound,
          url: o.url ?? t.sim.url,
          username: 'demo',
          password: o.password ?? PASSWORD,
          ...(o.trustPortalCa === false ? {} : { ca: t.sim.ca }),
          retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
          ...(o.timeoutMs ? { timeouts: { connectMs: o.timeoutMs, headersMs: o.timeoutMs, bodyMs: o.timeoutMs } } : {}),
          ...(o.breakerThreshold ? { breaker: { threshold: o.breakerThreshold, halfOpenAfterMs: 60_000 } } : {}),
        }),
    });
    connectorContract(subject);
    connectorFailureContract(subject);
  });

  it('lists every customer across pages (250 customers: 3 pages of 100)', async () => {
    await t.client.call('POST', '/_sim/stats/reset');
    const c = connect(t.sim);
    const customers = await c.listCustomers();
    const token = await t.client.login();
    const direct = await t.client.json<{ items: Array<{ id: number; name: string }> }>('GET', '/api/v1/customers?page=1&pageSize=1000', {
      token,
    });
    expect(customers).toEqual(direct.body.items.map((i) => ({ externalId: String(i.id), name: i.name })));
    expect(customers).toHaveLength(250);
    expect((await simStats(t.client)).requests.customers).toBe(4); // 3 pages by the connector + 1 direct
    expect(c.stats()).toEqual({ requests: 4, retries: 0, logins: 1, refreshes: 0 });
  });

  it('lists with a page size that does not divide the total', async () => {
    const customers = await connect(t.sim, { pageSize: 7 }).listCustomers();
    expect(customers.map((x) => x.externalId)).toEqual(Array.from({ length: 250 }, (_, i) => String(1001 + i)));
  });

  it("reads the simulator's counters exactly, reusing one token", async () => {
    const c = connect(t.sim);
    const token = await t.client.login();
    const dates = [isoDay(-1), isoDay(-30), isoDay(-399), isoDay(-500), isoDay(5)];
    for (const id of ['1001', '1042', '1250']) {
      for (const date of dates) expect(await c.readCounters(id, date)).toEqual(await directCounters(t.client, token, id, date));
    }
    expect(c.stats()).toEqual({ requests: 16, retries: 0, logins: 1, refreshes: 0 });
  });

  it('shares one log-in between concurrent callers', async () => {
    await t.client.call('POST', '/_sim/stats/reset');
    const c = connect(t.sim);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => c.readCounters(String(1001 + i), isoDay(-1))));
    expect(results).toHaveLength(12);
    expect(c.stats().logins).toBe(1);
    expect((await simStats(t.client)).requests.token).toBe(1);
  });

  it('check() logs in afresh each time', async () => {
    const c = connect(t.sim);
    await c.check();
    await c.check();
    await c.readCounters('1001', isoDay(-1));
    expect(c.stats()).toEqual({ requests: 3, retries: 0, logins: 2, refreshes: 0 });
  });

  it('logs in again once when the token expires (token lifetime and expire_tokens)', async () => {
    const c = connect(t.sim);
    const first = await c.readCounters('1005', isoDay(-2));
    clock.advance(601_000); // past the 600 s lifetime
    expect(await c.readCounters('1005', isoDay(-2))).toEqual(first);
    expect(c.stats()).toEqual({ requests: 5, retries: 0, logins: 2, refreshes: 0 }); // log-in, read, 401, log-in, read
    await control(t.client, { expire_tokens: true });
    expect(await c.listCustomers()).toHaveLength(250);
    expect(c.stats().logins).toBe(3);
    // Concurrent callers that all meet the expired token still share one new log-in.
    await control(t.client, { expire_tokens: true });
    await Promise.all(Array.from({ length: 8 }, (_, i) => c.readCounters(String(1010 + i), isoDay(-1))));
    expect(c.stats().logins).toBe(4);
    expect(c.stats().retries).toBe(0);
  });

  it("rejected credentials: 'credentials_rejected' at once, no retries, no secret in the message", async () => {
    await t.client.call('POST', '/_sim/stats/reset');
    const c = connect(t.sim, { password: 'wrong-Pa55word' });
    const err = await failure(c.check());
    expect(err).toMatchObject({ kind: 'credentials_rejected', retryable: false, status: 400, httpStatus: 401 });
    expect(err.message).toBe('The portal rejected the username or password (JSON log-in at /api/v1/token: 401).');
    expect(err.message).not.toContain('wrong-Pa55word');
    expect(c.stats()).toEqual({ requests: 1, retries: 0, logins: 1, refreshes: 0 });
    // A data call fails the same way, without any data request.
    expect(await failure(c.readCounters('1001', isoDay(-1)))).toMatchObject({ kind: 'credentials_rejected' });
    expect((await simStats(t.client)).requests).toEqual({ token: 2, customers: 0, summary: 0, other: 0 });
  });

  it('log-ins refused by the portal (credentials control) are credentials_rejected too', async () => {
    const c = connect(t.sim);
    await c.check();
    await control(t.client, { credentials: 'reject' });
    try {
      expect(await failure(c.check())).toMatchObject({ kind: 'credentials_rejected' });
      // A token issued before keeps working until it expires; then the re-log-in is refused.
      await control(t.client, { expire_tokens: true });
      expect(await failure(c.readCounters('1001', isoDay(-1)))).toMatchObject({ kind: 'credentials_rejected', retryable: false });
    } finally {
      await control(t.client, { credentials: 'accept' });
    }
    await c.check();
  });

  it("an unknown customer is 'not_found' after one request; an id with a path in it stays one path segment", async () => {
    const c = connect(t.sim);
    const err = await failure(c.readCounters('99999', isoDay(-1)));
    expect(err).toMatchObject({ kind: 'not_found', retryable: false, httpStatus: 404 });
    expect(err.message).toBe('The portal has no customer 99999.');
    expect(c.stats()).toEqual({ requests: 2, retries: 0, logins: 1, refreshes: 0 });
    // Ids are opaque text (string ids exist): sent percent-encoded as one segment, never as a path of its own.
    expect(await failure(c.readCounters('abc/../1001', isoDay(-1)))).toMatchObject({ kind: 'not_found', httpStatus: 404 });
    expect(c.stats().requests).toBe(3);
    expect(await failure(c.readCounters('..', isoDay(-1)))).toMatchObject({ kind: 'not_found' });
    expect(c.stats().requests).toBe(3);
    await expect(c.readCounters('1001', '2026-02-30')).rejects.toBeInstanceOf(BadRequestError);
  });

  it("a response larger than the cap is 'bad_response'", async () => {
    const c = connect(t.sim, { maxResponseBytes: 2_000 }); // a page of 100 customers is ~5 kB
    expect(await failure(c.listCustomers())).toMatchObject({ kind: 'bad_response', retryable: false });
  });

  it('never sent a write: write_attempts is 0', async () => {
    const stats = await simStats(t.client);
    expect(stats.write_attempts).toBe(0);
    expect(stats.requests.other).toBe(0);
  });
});

describe('OneStop connector: connection problems', () => {
  const t = useSim({ customers: 5 });

  it('refuses a URL that is not https://', () => {
    expect(() =>
      createOnestopConnector({
        outbound: loopbackOutbound,
        url: t.sim.url.replace('https:', 'http:'),
        username: 'demo',
        password: PASSWORD,
      }),
    ).toThrow(BadRequestError);
    try {
      createOnestopConnector({ outbound: loopbackOutbound, url: 'http://localhost:1', username: 'demo', password: PASSWORD });
    } catch (err) {
      expect((err as BadRequestError).status).toBe(400);
      expect((err as Error).message).toMatch(/https:\/\//);
    }
  });

  it("a closed port is 'unreachable', after bounded retries", async () => {
    const port = await closedPort();
    const c = createOnestopConnector({
      outbound: loopbackOutbound,
      url: `https://localhost:${port}`,
      username: 'demo',
      password: PASSWORD,
      retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    });
    open.push(c);
    const err = await failure(c.check());
    expect(err.kind).toBe('unreachable');
    expect(err.message).toBe(`Could not reach the portal at https://localhost:${port}: connection refused (ECONNREFUSED).`);
    expect(c.stats()).toMatchObject({ requests: 3, retries: 2 });
  });

  it("a certificate from an untrusted CA is 'tls_untrusted' (wrong CA given, or none)", async () => {
    const other = await ensureLocalTls(path.join(tlsDir, 'other-ca'), { commonName: 'Some other CA' });
    const wrong = connect(t.sim, { ca: other.ca });
    const err = await failure(wrong.check());
    expect(err).toMatchObject({ kind: 'tls_untrusted', retryable: false });
    // The certificate's subject and issuer, and what to do about it (from one more handshake: no request sent).
    expect(err.message).toMatch(
      new RegExp(
        '^The portal at https://localhost:\\d+ is not trusted: its certificate is not signed by a CA Canopy trusts ' +
          "\\(subject .*CN=localhost.*; issuer .*CN=OneStop simulator CA.*\\)\\. To fix: add the portal's CA certificate",
      ),
    );
    expect(err.tls).toMatchObject({ trusted: false, reason: 'tls_untrusted' });
    expect(wrong.stats()).toMatchObject({ requests: 1, retries: 0 });
    if (!process.env.NODE_EXTRA_CA_CERTS) {
      const none = createOnestopConnector({
        outbound: loopbackOutbound,
        url: t.sim.url,
        username: 'demo',
        password: PASSWORD,
        retry: FAST_RETRY,
      });
      open.push(none);
      expect(await failure(none.check())).toMatchObject({ kind: 'tls_untrusted' });
    }
  });

  it('trusts the given CA', async () => {
    await connect(t.sim).check();
  });
});

describe('OneStop connector under faults', () => {
  const clean = useSim({ customers: 250 });
  const faulty = useSim({
    customers: 250,
    faults: { error_rate: 0.1, reset_rate: 0.05, timeout_rate: 0.02, malformed_rate: 0.05, throttle_rate: 0.05, retry_after_s: 0 },
  });

  it('reads 200 customer-days exactly as a fault-free read, with retries', async () => {
    const expected = await readAll(connect(clean.sim), 4);
    const c = connect(faulty.sim, {
      timeouts: { connectMs: 2_000, headersMs: 300, bodyMs: 2_000 },
      retry: { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50 },
    });
    const started = Date.now();
    const got = await readAll(c, 4);
    expect(got).toEqual(expected);
    const stats = c.stats();
    expect(stats.retries).toBeGreaterThan(0);
    expect(stats.requests).toBe(200 + stats.retries + stats.logins);
    const sim = await simStats(faulty.client);
    const injected = sim.faults.error + sim.faults.reset + sim.faults.malformed + sim.faults.throttle + sim.faults.timeout;
    expect(injected).toBeGreaterThan(0);
    expect(stats.retries).toBeGreaterThanOrEqual(injected); // every fault cost one retry (a slow machine may add timeouts)
    expect(sim.write_attempts).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('lists every customer despite faults', async () => {
    const expected = await connect(clean.sim).listCustomers();
    const c = connect(faulty.sim, {
      timeouts: { connectMs: 2_000, headersMs: 300, bodyMs: 2_000 },
      retry: { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50 },
    });
    expect(await c.listCustomers()).toEqual(expected);
    expect((await simStats(faulty.client)).write_attempts).toBe(0);
  });
});

describe('OneStop connector: persistent failures and the circuit breaker', () => {
  const t = useSim({ customers: 5 });
  const noBreaker = { threshold: 1_000, halfOpenAfterMs: 1_000 };
  afterEach(async () => {
    await control(t.client, { faults: { error_rate: 0, reset_rate: 0, timeout_rate: 0, malformed_rate: 0, throttle_rate: 0 } });
  });

  it.each([
    ['error_rate', 'server_error'],
    ['malformed_rate', 'bad_response'],
    ['reset_rate', 'unreachable'],
    ['throttle_rate', 'throttled'],
  ] as const)('%s 1.0 gives up after maxAttempts with a retryable %s', async (fault, kind) => {
    await control(t.client, { faults: { [fault]: 1, retry_after_s: 0 } });
    const c = connect(t.sim, { retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 }, breaker: noBreaker });
    const err = await failure(c.readCounters('1001', isoDay(-1)));
    expect(err).toMatchObject({ kind, retryable: true });
    expect(c.stats()).toEqual({ requests: 4, retries: 2, logins: 1, refreshes: 0 });
  });

  it('honours Retry-After (capped by maxDelayMs)', async () => {
    await control(t.client, { faults: { throttle_rate: 1, retry_after_s: 1 } });
    const honouring = connect(t.sim, { retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 5_000 }, breaker: noBreaker });
    let started = performance.now();
    expect(await failure(honouring.readCounters('1001', isoDay(-1)))).toMatchObject({ kind: 'throttled', retryAfterMs: 1_000 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    const capped = connect(t.sim, { retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 50 }, breaker: noBreaker });
    started = performance.now();
    expect(await failure(capped.readCounters('1001', isoDay(-1)))).toMatchObject({ kind: 'throttled' });
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('close() cancels a request in flight at once', async () => {
    await control(t.client, { faults: { timeout_rate: 1 } });
    const c = connect(t.sim, { breaker: noBreaker });
    await c.check();
    const pending = failure(c.readCounters('1001', isoDay(-1)));
    await new Promise((r) => setTimeout(r, 100));
    const started = performance.now();
    await c.close();
    expect(await pending).toMatchObject({ kind: 'unreachable', retryable: false });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(c.stats().retries).toBe(0);
  });

  it("a hung request is cut by the headers timeout: 'timeout'", async () => {
    await control(t.client, { faults: { timeout_rate: 1 } });
    const c = connect(t.sim, {
      timeouts: { connectMs: 2_000, headersMs: 300, bodyMs: 2_000 },
      retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
      breaker: noBreaker,
    });
    const err = await failure(c.readCounters('1001', isoDay(-1)));
    expect(err).toMatchObject({ kind: 'timeout', retryable: true });
    expect(err.message).toMatch(/waiting for the response headers, limit 300 ms/);
    expect(c.stats()).toEqual({ requests: 3, retries: 1, logins: 1, refreshes: 0 });
  });

  it("opens after consecutive failures, then fails fast with 'circuit_open' until a trial succeeds", async () => {
    await control(t.client, { faults: { error_rate: 1 } });
    const c = connect(t.sim, {
      retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
      breaker: { threshold: 4, halfOpenAfterMs: 300 },
    });
    expect(await failure(c.readCounters('1001', isoDay(-1)))).toMatchObject({ kind: 'server_error' }); // 3 failures
    const opened = await failure(c.readCounters('1001', isoDay(-1))); // the 4th opens it; the retry meets it open
    expect(opened).toMatchObject({ kind: 'circuit_open', retryable: false, status: 400 });
    expect(opened.message).toMatch(/paused after 4 consecutive failures/);
    const before = await simStats(t.client);
    expect(await failure(c.readCounters('1002', isoDay(-1)))).toMatchObject({ kind: 'circuit_open' });
    expect(await failure(c.listCustomers())).toMatchObject({ kind: 'circuit_open' });
    expect((await simStats(t.client)).requests).toEqual(before.requests); // nothing sent while open
    await control(t.client, { faults: { error_rate: 0 } });
    await new Promise((r) => setTimeout(r, 350));
    expect((await c.readCounters('1001', isoDay(-1))).deviceTotal).toBeGreaterThan(0);
    expect(await c.listCustomers()).toHaveLength(5);
  });
});
