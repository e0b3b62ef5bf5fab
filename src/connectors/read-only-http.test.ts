import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError } from '../errors.js';
import { startSimulator, type RunningSimulator } from '../simulator/sim-server.js';
import { simClient, type SimClient } from '../simulator/sim-test-client.js';
import type { StatsSnapshot } from '../simulator/stats.js';
import { closedPort } from './connector-contract.js';
import { PortalError } from './portal-error.js';
import { assertReadOnly, createReadOnlyHttp, parsePortalUrl, ReadOnlyViolationError, retryAfterMs } from './read-only-http.js';
import { loopbackOutbound } from '../../test/harness/outbound.js';

const LOGIN = '/api/v1/token';

describe('assertReadOnly', () => {
  it.each([
    ['GET', '/api/v1/customers?page=1&pageSize=100'],
    ['GET', '/api/v1/customers/1042/meter-readings/summary?date=2026-03-09'],
    ['POST', LOGIN],
  ])('allows %s %s', (method, p) => {
    expect(() => assertReadOnly(method, p, LOGIN)).not.toThrow();
  });

  it.each([
    ['PUT', '/api/v1/customers/1042'],
    ['DELETE', '/api/v1/customers/1042'],
    ['PATCH', '/api/v1/customers/1042'],
    ['HEAD', '/api/v1/customers'],
    ['OPTIONS', '/api/v1/customers'],
    ['CONNECT', '/api/v1/customers'],
    ['TRACE', '/api/v1/customers'],
    ['POST', '/api/v1/customers'],
    ['POST', '/api/v1/customers/1042/meter-readings/summary?date=2026-03-09'],
    ['POST', `${LOGIN}?then=/api/v1/customers`],
    ['POST', `${LOGIN}/`],
    ['PUT', LOGIN],
    ['DELETE', LOGIN],
    ['get', '/api/v1/customers'],
    ['post', LOGIN],
    ['GET', 'https://elsewhere.example/api/v1/customers'],
    ['GET', '//elsewhere.example/api/v1/customers'],
    ['GET', 'api/v1/customers'],
    ['GET', '/api/v1/../v2/customers'],
    ['GET', '/api/v1/customers#x'],
  ])('refuses %s %s', (method, p) => {
    expect(() => assertReadOnly(method, p, LOGIN)).toThrow(ReadOnlyViolationError);
  });
});

describe('parsePortalUrl', () => {
  it('keeps the origin and a path prefix', () => {
    expect(parsePortalUrl('https://api.onestopmpsportal.co.uk')).toEqual({ origin: 'https://api.onestopmpsportal.co.uk', prefix: '' });
    expect(parsePortalUrl('https://portal.example:8443/onestop/')).toEqual({ origin: 'https://portal.example:8443', prefix: '/onestop' });
  });

  it.each(['http://api.onestopmpsportal.co.uk', 'ftp://x.example', 'not a url', 'https://user:secret@x.example', 'https://x.example/?a=1'])(
    'rejects %s',
    (url) => {
      expect(() => parsePortalUrl(url)).toThrow(BadRequestError);
    },
  );

  it('never echoes credentials in the message', () => {
    try {
      parsePortalUrl('https://user:s3cret-pw@x.example');
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain('s3cret-pw');
    }
  });
});

describe('retryAfterMs', () => {
  it('reads the seconds form only', () => {
    expect(retryAfterMs({ 'retry-after': '0' })).toBe(0);
    expect(retryAfterMs({ 'retry-after': ' 7 ' })).toBe(7000);
    expect(retryAfterMs({ 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' })).toBeUndefined();
    expect(retryAfterMs({})).toBeUndefined();
  });
});

describe('the read-only client sends nothing it refuses', () => {
  let dir: string;
  let sim: RunningSimulator;
  let client: SimClient;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-ro-http-'));
    sim = await startSimulator({ tlsDir: dir, today: '2026-03-10', customers: 3, historyDays: 30 });
    client = simClient(sim);
  });
  afterAll(async () => {
    await client?.close();
    await sim?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const refused: Array<[string, string]> = [
    ['PUT', '/api/v1/customers/1001'],
    ['DELETE', '/api/v1/customers/1001'],
    ['PATCH', '/api/v1/customers/1001'],
    ['HEAD', '/api/v1/customers'],
    ['OPTIONS', '/api/v1/customers'],
    ['POST', '/api/v1/customers'],
    ['POST', '/api/v1/customers/1001/meter-readings/summary?date=2026-03-09'],
  ];

  it('refuses writes before any I/O: the simulator sees nothing and nothing is counted', async () => {
    await client.call('POST', '/_sim/stats/reset');
    const http = createReadOnlyHttp({ outbound: loopbackOutbound, baseUrl: sim.url, loginPaths: [LOGIN], ca: sim.ca });
    try {
      for (const [method, p] of refused) {
        await expect(http.send(method, p)).rejects.toBeInstanceOf(ReadOnlyViolationError);
      }
      await expect(http.send('GET', '/api/v1/customers', { json: { x: 1 } })).rejects.toBeInstanceOf(ReadOnlyViolationError);
      expect(http.sent).toBe(0);
      const stats = (await client.json<StatsSnapshot>('GET', '/_sim/stats')).body;
      expect(stats.requests).toEqual({ token: 0, customers: 0, summary: 0, other: 0 });
      expect(stats.write_attempts).toBe(0);
      // What it allows does reach the portal.
      const res = await http.send('POST', LOGIN, { json: { username: 'demo', password: 'demo-password' } });
      expect(res.status).toBe(200);
      expect(http.sent).toBe(1);
      expect((await client.json<StatsSnapshot>('GET', '/_sim/stats')).body.write_attempts).toBe(0);
    } finally {
      await http.close();
    }
  });

  it('refuses them even towards an address where nothing listens (no connection is attempted)', async () => {
    const port = await closedPort();
    const http = createReadOnlyHttp({ outbound: loopbackOutbound, baseUrl: `https://localhost:${port}`, loginPaths: [LOGIN] });
    try {
      for (const [method, p] of refused) {
        await expect(http.send(method, p)).rejects.toBeInstanceOf(ReadOnlyViolationError);
      }
      // An allowed request does try, and fails as unreachable.
      await expect(http.send('GET', '/api/v1/customers')).rejects.toMatchObject({ kind: 'unreachable' });
      expect(http.sent).toBe(1);
    } finally {
      await http.close();
    }
  });

  it('cuts a request that exceeds the size cap (bad_response)', async () => {
    const http = createReadOnlyHttp({
      outbound: loopbackOutbound,
      baseUrl: sim.url,
      loginPaths: [LOGIN],
      ca: sim.ca,
      maxResponseBytes: 20,
    });
    try {
      const err = await http.send('POST', LOGIN, { json: { username: 'demo', password: 'demo-password' } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PortalError);
      expect(err).toMatchObject({ kind: 'bad_response', retryable: false });
    } finally {
      await http.close();
    }
  });
});
