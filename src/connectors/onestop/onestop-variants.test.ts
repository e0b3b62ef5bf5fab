import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { startSimulator, type RunningSimulator } from '../../simulator/sim-server.js';
import type { SimulatorOptionsInput } from '../../simulator/sim-options.js';
import { simClient, type SimClient } from '../../simulator/sim-test-client.js';
import { loopbackOutbound } from '../../../test/harness/outbound.js';
import type { Connector } from '../connector.js';
import { connectorContract, connectorFailureContract } from '../connector-contract.js';
import { PortalError } from '../portal-error.js';
import type { ConnectionProfile } from './capture-format.js';
import { createOnestopConnector, type OnestopConnectorOptions } from './onestop-client.js';

/**
 * The standard connector suite against every portal variant the simulator speaks (log-in style × customer list ×
 * id type), failures included; then what a portal that changes its API, or its log-in, gets from the connector.
 */
const TODAY = '2026-03-10';
const PASSWORD = 'demo-password';
const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 };
const isoDay = (offset: number) => new Date(Date.UTC(2026, 2, 10 + offset)).toISOString().slice(0, 10);

let tlsRoot: string;
const open: Connector[] = [];
beforeAll(async () => {
  tlsRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-variants-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await fs.rm(tlsRoot, { recursive: true, force: true });
});

function useSim(options: SimulatorOptionsInput) {
  const ctx = {} as { sim: RunningSimulator; client: SimClient };
  beforeAll(async () => {
    const tlsDir = await fs.mkdtemp(path.join(tlsRoot, 'sim-'));
    ctx.sim = await startSimulator(
      { tlsDir, today: TODAY, historyDays: 300, customers: 12, ...options },
      { clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)) },
    );
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

const VARIANTS = (['json', 'oauth-password'] as const).flatMap((auth) =>
  (['paged', 'array'] as const).flatMap((customerList) => (['integer', 'string'] as const).map((ids) => ({ auth, customerList, ids }))),
);

for (const v of VARIANTS) {
  describe(`connector contract: log-in ${v.auth}, list ${v.customerList}, ids ${v.ids}`, () => {
    const t = useSim(v);
    let connector: Connector;
    const profiles: ConnectionProfile[] = [];
    beforeAll(() => {
      connector = createOnestopConnector({
        outbound: loopbackOutbound,
        url: t.sim.url,
        username: 'demo',
        password: PASSWORD,
        ca: t.sim.ca,
        retry: FAST_RETRY,
        onProfile: (p) => profiles.push(p),
      });
    });
    afterAll(() => connector.close());
    const id = (n: number) => (v.ids === 'string' ? `CUST-${n}` : String(n));
    const subject = () => ({
      connector,
      knownCustomer: id(1005),
      unknownCustomer: id(99_999),
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
          retry: FAST_RETRY,
          ...(o.timeoutMs ? { timeouts: { connectMs: o.timeoutMs, headersMs: o.timeoutMs, bodyMs: o.timeoutMs } } : {}),
          ...(o.breakerThreshold ? { breaker: { threshold: o.breakerThreshold, halfOpenAfterMs: 60_000 } } : {}),
        }),
    });
    connectorContract(subject);
    connectorFailureContract(subject);

    it('detects the variant: the profile it reports is the portal it talks to', async () => {
      await connector.listCustomers();
      const expected = {
        auth: v.auth,
        token_path: v.auth === 'json' ? '/api/v1/token' : '/token',
        customer_list: v.customerList,
        id_type: v.ids,
      };
      expect(connector.profile?.()).toEqual(expected);
      expect(profiles.at(-1)).toEqual(expected);
    });

    it('never wrote to the portal', async () => {
      expect((await t.client.json<{ write_attempts: number }>('GET', '/_sim/stats')).body.write_attempts).toBe(0);
    });
  });
}

describe('a portal that changes its API is loud: schema_changed, naming the field, never zeros', () => {
  const t = useSim({ customers: 3 });
  const shape = (body: unknown) => t.client.call('POST', '/_sim/control', { body: { shape: body } });
  afterEach(async () => {
    await shape(null);
  });
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => expect.unreachable('it should fail') as never,
      (e: PortalError) => e,
    );

  it('a renamed counter: the field is named, with the likely new name; no retry', async () => {
    const c = connect(t.sim);
    await shape({ rename: { deviceTotal: 'totalDevices' } });
    const err = await failure(c.readCounters('1001', isoDay(-1)));
    expect(err).toBeInstanceOf(PortalError);
    expect(err).toMatchObject({ kind: 'schema_changed', field: 'deviceTotal', retryable: false });
    expect(err.message).toContain('deviceTotal is missing (the answer has totalDevices instead?)');
    expect(c.stats().retries).toBe(0);
  });

  it('a counter sent as text is a changed type, not a value of zero', async () => {
    const c = connect(t.sim);
    await shape({ retype: ['colourTotal'] });
    const err = await failure(c.readCounters('1001', isoDay(-1)));
    expect(err).toMatchObject({ kind: 'schema_changed', field: 'colourTotal' });
    expect(err.message).toContain('colourTotal is a string, expected a number');
  });

  it("the customer list's fields, and the log-in answer's once its style is known", async () => {
    await shape({ rename: { name: 'customerName' } });
    const list = await failure(connect(t.sim).listCustomers());
    expect(list).toMatchObject({ kind: 'schema_changed', field: 'items.0.name' });
    await shape({ rename: { access_token: 'accessToken' } });
    const known = connect(t.sim, { profile: { auth: 'json', token_path: '/api/v1/token', customer_list: 'paged', id_type: 'integer' } });
    const login = await failure(known.check());
    expect(login).toMatchObject({ kind: 'schema_changed', field: 'access_token' });
    expect(login.message).toContain('access_token is missing (the answer has accessToken instead?)');
  });

  it('back to the old shape, the same connector reads again', async () => {
    const c = connect(t.sim);
    await shape({ rename: { deviceTotal: 'totalDevices' } });
    await failure(c.readCounters('1001', isoDay(-1)));
    await shape(null);
    expect((await c.readCounters('1001', isoDay(-1))).deviceTotal).toBeGreaterThan(0);
  });
});

describe('log-in styles: a stored profile that stops working is detected again', () => {
  const t = useSim({ customers: 2, auth: 'oauth-password' });

  it('a profile saying JSON, against a portal now on OAuth2 at /token: re-detected, reported, and used from then on', async () => {
    const profiles: ConnectionProfile[] = [];
    const stale: ConnectionProfile = { auth: 'json', token_path: '/api/v1/token', customer_list: 'paged', id_type: 'integer' };
    const c = connect(t.sim, { profile: stale, onProfile: (p) => profiles.push(p) });
    await c.check();
    expect(profiles).toEqual([{ ...stale, auth: 'oauth-password', token_path: '/token' }]);
    const before = c.stats().requests;
    await c.check();
    expect(c.stats().requests - before).toBe(1); // straight to the style that worked
  });

  it('a wrong password is credentials_rejected at the first style that answers as a log-in (OAuth2 invalid_grant)', async () => {
    const err = await connect(t.sim, { password: 'wrong' })
      .check()
      .then(
        () => undefined,
        (e: PortalError) => e,
      );
    expect(err).toMatchObject({ kind: 'credentials_rejected', retryable: false });
    expect(err?.message).toBe('The portal rejected the username or password (OAuth2 password grant at /token: 400 invalid_grant).');
  });

  it('a portal with no log-in Canopy knows says what was tried and what to check', async () => {
    const err = await connect(t.sim, { url: `${t.sim.url}/wrong-base` })
      .check()
      .then(
        () => undefined,
        (e: PortalError) => e,
      );
    expect(err).toMatchObject({ kind: 'bad_response', retryable: false });
    expect(err?.message).toMatch(/^No log-in style Canopy knows worked at https:\/\/localhost:\d+: tried /);
    expect(err?.message).toContain(
      'tried JSON log-in at /api/v1/token (404); OAuth2 password grant at /api/v1/token (404); OAuth2 password grant at /token (404). ' +
        'Check the portal URL',
    );
  });
});

describe('OAuth2 at the API token path, with client credentials', () => {
  const t = useSim({ customers: 2, auth: 'oauth-password', tokenPath: '/api/v1/token', clientId: 'canopy', clientSecret: 'client-s3cret' });

  it('logs in with the second style (after the JSON log-in is refused as not spoken there), sending the client', async () => {
    const c = connect(t.sim, { clientId: 'canopy', clientSecret: 'client-s3cret' });
    await c.check();
    await c.listCustomers();
    expect(c.profile?.()).toEqual({ auth: 'oauth-password', token_path: '/api/v1/token', customer_list: 'paged', id_type: 'integer' });
    expect((await c.readCounters('1001', isoDay(-1))).deviceTotal).toBeGreaterThan(0);
  });

  it('without the client, or with the wrong secret, the rejection names the client, not the password', async () => {
    for (const client of [{}, { clientId: 'canopy', clientSecret: 'wrong' }]) {
      const err = await connect(t.sim, client)
        .check()
        .then(
          () => undefined,
          (e: PortalError) => e,
        );
      expect(err).toMatchObject({ kind: 'credentials_rejected' });
      expect(err?.message).toMatch(/^The portal rejected the client id or client secret \(OAuth2 password grant at \/api\/v1\/token: 401/);
    }
  });
});
