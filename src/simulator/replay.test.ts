import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError } from '../errors.js';
import { startSimulator, type RunningSimulator } from './sim-server.js';
import { simClient, type SimClient } from './sim-test-client.js';
import type { StatsSnapshot } from './stats.js';

const counters = (device: number) => ({
  deviceTotal: device,
  colourTotal: 100,
  monoTotal: device - 100,
  scanTotal: 40,
  largeTotal: 10,
  duplexTotal: 200,
  smallTotal: device - 10,
});

/** A hand-written capture of an OAuth2 portal with string ids (capture-format.ts). */
const OAUTH_CAPTURE = {
  format: 'canopy-portal-capture/1',
  captured_at: '2026-03-03T10:00:00Z',
  origin: 'https://portal.example',
  pseudonymised: true,
  profile: { auth: 'oauth-password', token_path: '/token', customer_list: 'paged', id_type: 'string' },
  customers: ['C-7', 'C-9'],
  from: '2026-03-01',
  to: '2026-03-02',
  exchanges: [
    {
      method: 'POST',
      path: '/token',
      status: 200,
      body: { access_token: '<redacted>', token_type: 'Bearer', expires_in: 1800, refresh_token: '<redacted>', scope: 'read' },
    },
    {
      method: 'GET',
      path: '/api/v1/customers?page=1&pageSize=100',
      status: 200,
      body: {
        items: [
          { id: 'C-7', name: 'Acme Ltd' },
          { id: 'C-9', name: 'Birch & Co' },
        ],
        page: 1,
        pageSize: 100,
        totalCount: 2,
      },
    },
    {
      method: 'GET',
      path: '/api/v1/customers/C-7/meter-readings/summary?date=2026-03-02',
      status: 200,
      body: { customerId: 'C-7', date: '2026-03-02', ...counters(1100) },
    },
    {
      method: 'GET',
      path: '/api/v1/customers/C-7/meter-readings/summary?date=2026-03-01',
      status: 200,
      body: { customerId: 'C-7', date: '2026-03-01', ...counters(1000) },
    },
    { method: 'GET', path: '/api/v1/customers/C-9/meter-readings/summary?date=2026-03-01', status: 502, body: '<html>Bad gateway</html>' },
  ],
};

/** A JSON-log-in portal answering one bare array, whose token answer had no expires_in. */
const JSON_CAPTURE = {
  ...OAUTH_CAPTURE,
  profile: { auth: 'json', token_path: '/api/v1/token', customer_list: 'array', id_type: 'integer' },
  customers: ['42'],
  exchanges: [
    { method: 'POST', path: '/api/v1/token', status: 200, body: { access_token: '<redacted>', token_type: 'Bearer' } },
    { method: 'GET', path: '/api/v1/customers', status: 200, body: [{ id: 42, name: 'Cedar plc' }] },
  ],
};

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-replay-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeFile(name: string, content: unknown): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function useReplay(name: string, capture: unknown, options: { tokenTtlS?: number } = {}) {
  const ctx = {} as { sim: RunningSimulator; client: SimClient };
  beforeAll(async () => {
    ctx.sim = await startSimulator({ tlsDir: dir, replay: await writeFile(name, capture), ...options });
    ctx.client = simClient(ctx.sim);
  });
  afterAll(async () => {
    await ctx.client?.close();
    await ctx.sim?.close();
  });
  return ctx;
}

const summaryPath = (id: string, date: string) => `/api/v1/customers/${id}/meter-readings/summary?date=${date}`;
const PASSWORD_GRANT = { grant_type: 'password', username: 'demo', password: 'demo-password' };

describe('--replay of an OAuth2 capture', () => {
  const t = useReplay('oauth.json', OAUTH_CAPTURE);
  let token = '';

  it("logs in in the profile's style with fresh tokens and the recorded answer's other fields", async () => {
    const login = await t.client.json<Record<string, unknown>>('POST', '/token', { form: PASSWORD_GRANT });
    expect(login.status).toBe(200);
    expect(Object.keys(login.body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type']);
    expect(login.body).toMatchObject({ token_type: 'Bearer', expires_in: 1800, scope: 'read' });
    expect(login.body.access_token).toMatch(/^[\w-]{20,}$/);
    expect(login.body.refresh_token).toMatch(/^[\w-]{20,}$/);
    token = login.body.access_token as string;
    const refreshed = await t.client.json<Record<string, unknown>>('POST', '/token', {
      form: { grant_type: 'refresh_token', refresh_token: login.body.refresh_token as string },
    });
    expect(refreshed.status).toBe(200);
    const wrong = await t.client.json('POST', '/token', { form: { ...PASSWORD_GRANT, password: 'x' } });
    expect(wrong).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Invalid username or password.' } });
    const json = await t.client.json('POST', '/api/v1/token', { body: { username: 'demo', password: 'demo-password' } });
    expect(json).toEqual({ status: 404, body: { message: 'Not found.' } });
  });

  it('answers a recorded request with its recorded status and body, and only with a token', async () => {
    const page = await t.client.json('GET', '/api/v1/customers?page=1&pageSize=100', { token });
    expect(page).toEqual({
      status: 200,
      body: {
        items: [
          { id: 'C-7', name: 'Acme Ltd' },
          { id: 'C-9', name: 'Birch & Co' },
        ],
        page: 1,
        pageSize: 100,
        totalCount: 2,
      },
    });
    expect((await t.client.json('GET', '/api/v1/customers?pageSize=100&page=1', { token })).body).toEqual(page.body);
    expect((await t.client.call('GET', '/api/v1/customers?page=1&pageSize=100')).status).toBe(401);
    const day = await t.client.json('GET', summaryPath('C-7', '2026-03-01'), { token });
    expect(day).toEqual({ status: 200, body: { customerId: 'C-7', date: '2026-03-01', ...counters(1000) } });
    const text = await t.client.call('GET', summaryPath('C-9', '2026-03-01'), { token });
    expect(text.status).toBe(502);
    expect(text.text).toBe('<html>Bad gateway</html>');
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
  });

  it("answers a date after a customer's last recorded one with that day's counters, anything else unrecorded 404", async () => {
    const later = await t.client.json('GET', summaryPath('C-7', '2026-03-20'), { token });
    expect(later).toEqual({ status: 200, body: { customerId: 'C-7', date: '2026-03-20', ...counters(1100) } });
    const earlier = await t.client.json('GET', summaryPath('C-7', '2026-02-27'), { token });
    expect(earlier).toEqual({ status: 404, body: { message: 'Not in this capture: customer C-7 on 2026-02-27.' } });
    const noSuccess = await t.client.json('GET', summaryPath('C-9', '2026-03-05'), { token });
    expect(noSuccess).toEqual({ status: 404, body: { message: 'Not in this capture: customer C-9 on 2026-03-05.' } });
    const page2 = await t.client.json<{ message: string }>('GET', '/api/v1/customers?page=2&pageSize=100', { token });
    expect(page2.status).toBe(404);
    expect(page2.body.message).toMatch(/^Not in this capture/);
    expect((await t.client.call('GET', '/api/v2/elsewhere', { token })).status).toBe(404);
  });

  it('refuses the fleet controls (409) and keeps faults, credentials, shape and stats', async () => {
    const refused = { status: 409, body: { message: 'not available when replaying a capture' } };
    expect(await t.client.json('GET', '/_sim/truth?customer=1001&from=2026-03-01&to=2026-03-02')).toEqual(refused);
    expect(await t.client.json('POST', '/_sim/control', { body: { customer: 1001, dca: 'stale' } })).toEqual(refused);
    expect(await t.client.json('POST', '/_sim/glitches', { body: { customer: 1001, kind: 'zero', date: '2026-03-01' } })).toEqual(refused);
    expect(await t.client.json('GET', '/_sim/glitches')).toEqual(refused);

    await t.client.call('POST', '/_sim/stats/reset');
    await t.client.call('POST', '/_sim/control', { body: { faults: { error_rate: 1 } } });
    expect((await t.client.call('GET', summaryPath('C-7', '2026-03-01'), { token })).status).toBe(500);
    await t.client.call('POST', '/_sim/control', { body: { faults: { error_rate: 0 } } });

    await t.client.call('POST', '/_sim/control', { body: { credentials: 'reject' } });
    expect((await t.client.json<{ error: string }>('POST', '/token', { form: PASSWORD_GRANT })).body.error).toBe('invalid_grant');
    await t.client.call('POST', '/_sim/control', { body: { credentials: 'accept' } });

    await t.client.call('POST', '/_sim/control', { body: { shape: { rename: { deviceTotal: 'totalDevices' } } } });
    const renamed = await t.client.json<Record<string, unknown>>('GET', summaryPath('C-7', '2026-03-25'), { token });
    expect(renamed.body).toMatchObject({ date: '2026-03-25', totalDevices: 1100 });
    expect(renamed.body).not.toHaveProperty('deviceTotal');
    await t.client.call('POST', '/_sim/control', { body: { shape: null } });

    const stats = (await t.client.json<StatsSnapshot>('GET', '/_sim/stats')).body;
    expect(stats.requests).toEqual({ token: 1, customers: 0, summary: 2, other: 0 });
    expect(stats.statuses).toEqual({ 200: 1, 400: 1, 500: 1 });
    expect(stats.token_grants).toEqual({ json: 0, password: 0, refresh_token: 0 });
  });

  it('has no fleet', () => {
    expect(t.sim.replay?.profile.auth).toBe('oauth-password');
    expect(t.sim.login).toEqual({ auth: 'oauth-password', token_path: '/token' });
    expect(() => t.sim.fleet).toThrow(/replaying/);
  });
});

describe('--replay of a JSON-log-in capture answering a bare array', () => {
  const t = useReplay('json.json', JSON_CAPTURE, { tokenTtlS: 900 });

  it('logs in with JSON at the recorded path, expires_in from the token lifetime, and ignores paging', async () => {
    const login = await t.client.json<Record<string, unknown>>('POST', '/api/v1/token', {
      body: { username: 'demo', password: 'demo-password' },
    });
    expect(login.status).toBe(200);
    expect(Object.keys(login.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(login.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const bad = await t.client.json('POST', '/api/v1/token', { body: { username: 'demo', password: 'nope' } });
    expect(bad.status).toBe(401);
    expect((await t.client.call('POST', '/token', { form: PASSWORD_GRANT })).status).toBe(404);
    const token = login.body.access_token as string;
    for (const p of ['/api/v1/customers', '/api/v1/customers?page=2&pageSize=50']) {
      expect(await t.client.json('GET', p, { token })).toEqual({ status: 200, body: [{ id: 42, name: 'Cedar plc' }] });
    }
    const stats = (await t.client.json<StatsSnapshot>('GET', '/_sim/stats')).body;
    expect(stats.token_grants).toEqual({ json: 1, password: 0, refresh_token: 0 });
  });
});

describe('--replay of a file that is not a capture', () => {
  it('is refused with a BadRequestError naming the problem', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ ...OAUTH_CAPTURE, profile: { ...OAUTH_CAPTURE.profile, auth: 'basic' } }, /not a portal capture: profile\.auth: /],
      [{ ...OAUTH_CAPTURE, format: 'something/2' }, /not a portal capture: format: /],
      [{ ...OAUTH_CAPTURE, exchanges: [{ method: 'GET', path: 'no-slash', status: 200, body: {} }] }, /exchanges\.0\.path/],
      ['{"format": ', /is not JSON/],
    ];
    let n = 0;
    for (const [content, message] of cases) {
      const file = await writeFile(`bad-${n++}.json`, content);
      const failure = startSimulator({ tlsDir: dir, replay: file });
      await expect(failure).rejects.toThrow(message);
      await expect(failure).rejects.toBeInstanceOf(BadRequestError);
    }
    await expect(startSimulator({ tlsDir: dir, replay: path.join(dir, 'missing.json') })).rejects.toThrow(
      /cannot read .*missing\.json \(ENOENT\)/,
    );
  });
});
