import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { SimulatorOptionsInput } from './sim-options.js';
import { startSimulator, type RunningSimulator, type SimulatorRuntime } from './sim-server.js';
import { simClient, type SimClient } from './sim-test-client.js';
import type { StatsSnapshot } from './stats.js';

type TokenBody = { access_token: string; token_type: string; expires_in: number; refresh_token: string };
type OAuthError = { error: string; error_description?: string };

const TODAY = '2026-03-10';
const PASSWORD_GRANT = { grant_type: 'password', username: 'demo', password: 'demo-password' };

let tlsDir: string;
beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-oauth-'));
});
afterAll(async () => {
  await fs.rm(tlsDir, { recursive: true, force: true });
});

function useSim(options: SimulatorOptionsInput, runtime: SimulatorRuntime = {}) {
  const ctx = {} as { sim: RunningSimulator; client: SimClient };
  beforeAll(async () => {
    ctx.sim = await startSimulator({ tlsDir, today: TODAY, customers: 3, ...options }, runtime);
    ctx.client = simClient(ctx.sim);
  });
  afterAll(async () => {
    await ctx.client?.close();
    await ctx.sim?.close();
  });
  return ctx;
}

const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });

describe('--auth oauth-password', () => {
  const clock = fixedClock(new Date('2026-03-10T09:00:00Z'));
  const t = useSim({ auth: 'oauth-password' }, { clock });
  const token = (form: Record<string, string>) => t.client.json<TokenBody & OAuthError>('POST', '/token', { form });

  it('issues an access token and a refresh token for the password grant (form-encoded, at /token)', async () => {
    const res = await t.client.call('POST', '/token', { form: PASSWORD_GRANT });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(res.text) as TokenBody;
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.access_token).toMatch(/^\S{20,}$/);
    expect(body.refresh_token).toMatch(/^\S{20,}$/);
    expect(body.refresh_token).not.toBe(body.access_token);
    expect((await t.client.call('GET', '/api/v1/customers', { token: body.access_token })).status).toBe(200);
    expect((await t.client.call('GET', '/api/v1/customers', { token: 'not-a-token' })).status).toBe(401);
  });

  it('answers invalid_grant to wrong credentials, and while log-ins are rejected', async () => {
    for (const form of [
      { ...PASSWORD_GRANT, password: 'wrong' },
      { ...PASSWORD_GRANT, username: 'other' },
    ]) {
      const bad = await token(form);
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid username or password.' });
    }
    await t.client.call('POST', '/_sim/control', { body: { credentials: 'reject' } });
    expect((await token(PASSWORD_GRANT)).body).toEqual({ error: 'invalid_grant', error_description: 'Invalid username or password.' });
    await t.client.call('POST', '/_sim/control', { body: { credentials: 'accept' } });
    expect((await token(PASSWORD_GRANT)).status).toBe(200);
  });

  it('refuses other grant types, missing parameters and bodies that are not form-encoded', async () => {
    const other = await token({ grant_type: 'client_credentials' });
    expect(other.status).toBe(400);
    expect(other.body.error).toBe('unsupported_grant_type');
    const incomplete: Array<Record<string, string>> = [
      {},
      { username: 'demo', password: 'demo-password' },
      { grant_type: 'password', username: 'demo' },
    ];
    for (const form of incomplete) {
      const res = await token(form);
      expect(res.status, JSON.stringify(form)).toBe(400);
      expect(res.body.error).toBe('invalid_request');
      expect(res.body.error_description).toEqual(expect.any(String));
    }
    const asJson = await t.client.json<OAuthError>('POST', '/token', { body: PASSWORD_GRANT });
    expect(asJson.status).toBe(400);
    expect(asJson.body.error).toBe('invalid_request');
    const asText = await t.client.json<OAuthError>('POST', '/token', { raw: 'grant_type=password', contentType: 'text/plain' });
    expect(asText.status).toBe(400);
    expect(asText.body.error).toBe('invalid_request');
    const noBody = await t.client.json<OAuthError>('POST', '/token');
    expect(noBody.status).toBe(400);
    expect(noBody.body.error).toBe('invalid_request');
    const repeated = await t.client.json<OAuthError>('POST', '/token', {
      raw: 'grant_type=password&username=demo&password=demo-password&password=x',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(repeated.body.error).toBe('invalid_request');
  });

  it('rotates refresh tokens: the new one works, the used one is refused', async () => {
    const first = (await token(PASSWORD_GRANT)).body;
    const second = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(second.status).toBe(200);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect((await t.client.call('GET', '/api/v1/customers', { token: second.body.access_token })).status).toBe(200);
    const reused = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    expect((await token({ grant_type: 'refresh_token', refresh_token: 'never-issued' })).body.error).toBe('invalid_grant');
    expect((await token({ grant_type: 'refresh_token' })).body.error).toBe('invalid_request');
    expect((await token({ grant_type: 'refresh_token', refresh_token: second.body.refresh_token })).status).toBe(200);
  });

  it('expire_tokens expires access tokens only; refresh tokens live 24 hours of the clock', async () => {
    const issued = (await token(PASSWORD_GRANT)).body;
    await t.client.call('POST', '/_sim/control', { body: { expire_tokens: true } });
    const expired = await t.client.json<{ message: string }>('GET', '/api/v1/customers', { token: issued.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body.message).toEqual(expect.any(String));
    const renewed = await token({ grant_type: 'refresh_token', refresh_token: issued.refresh_token });
    expect(renewed.status).toBe(200);

    clock.advance(24 * 3600 * 1000 - 1000);
    const late = await token({ grant_type: 'refresh_token', refresh_token: renewed.body.refresh_token });
    expect(late.status).toBe(200);
    clock.advance(24 * 3600 * 1000 + 1000);
    expect((await token({ grant_type: 'refresh_token', refresh_token: late.body.refresh_token })).body.error).toBe('invalid_grant');
  });

  it('answers 404 at /api/v1/token, whatever the method or body', async () => {
    for (const [method, opts] of [
      ['POST', { body: { username: 'demo', password: 'demo-password' } }],
      ['POST', { form: PASSWORD_GRANT }],
      ['GET', {}],
    ] as const) {
      const res = await t.client.json<{ message: string }>(method, '/api/v1/token', opts);
      expect(res.status, `${method} ${JSON.stringify(opts)}`).toBe(404);
      expect(res.body).toEqual({ message: 'Not found.' });
    }
  });

  it('counts issued tokens by grant in /_sim/stats, and a log-in at /token as a log-in', async () => {
    await t.client.call('POST', '/_sim/stats/reset');
    const issued = (await token(PASSWORD_GRANT)).body;
    await token({ grant_type: 'refresh_token', refresh_token: issued.refresh_token });
    await token({ ...PASSWORD_GRANT, password: 'wrong' });
    await t.client.call('POST', '/api/v1/token', { body: { username: 'demo', password: 'demo-password' } });
    const stats = (await t.client.json<StatsSnapshot>('GET', '/_sim/stats')).body;
    expect(stats.token_grants).toEqual({ json: 0, password: 1, refresh_token: 1 });
    expect(stats.requests).toEqual({ token: 4, customers: 0, summary: 0, other: 0 });
    expect(stats.write_attempts).toBe(0);
    const reset = (await t.client.json<StatsSnapshot>('POST', '/_sim/stats/reset')).body;
    expect(reset.token_grants).toEqual({ json: 0, password: 0, refresh_token: 0 });
  });
});

describe('--auth json (the default)', () => {
  const t = useSim({});

  it('answers 404 at /token and counts JSON log-ins', async () => {
    for (const opts of [{ form: PASSWORD_GRANT }, { body: { username: 'demo', password: 'demo-password' } }]) {
      const res = await t.client.json<{ message: string }>('POST', '/token', opts);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ message: 'Not found.' });
    }
    await t.client.call('POST', '/_sim/stats/reset');
    await t.client.login();
    await t.client.call('POST', '/api/v1/token', { body: { username: 'demo', password: 'nope' } });
    expect((await t.client.json<StatsSnapshot>('GET', '/_sim/stats')).body.token_grants).toEqual({
      json: 1,
      password: 0,
      refresh_token: 0,
    });
  });
});

describe('OAuth2 client authentication (--client-id, --client-secret)', () => {
  const t = useSim({ auth: 'oauth-password', clientId: 'canopy', clientSecret: 's3cret' });

  it('requires the client id and secret, as form fields or HTTP Basic', async () => {
    const none = await t.client.call('POST', '/token', { form: PASSWORD_GRANT });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Basic');
    expect(JSON.parse(none.text)).toEqual({ error: 'invalid_client' });
    for (const opts of [
      { form: { ...PASSWORD_GRANT, client_id: 'canopy', client_secret: 'wrong' } },
      { form: { ...PASSWORD_GRANT, client_id: 'other', client_secret: 's3cret' } },
      { form: { ...PASSWORD_GRANT, client_id: 'canopy' } },
      { form: PASSWORD_GRANT, headers: basic('canopy', 'wrong') },
    ]) {
      const res = await t.client.json<OAuthError>('POST', '/token', opts);
      expect(res.status, JSON.stringify(opts)).toBe(401);
      expect(res.body.error).toBe('invalid_client');
    }
    const byForm = await t.client.json<TokenBody>('POST', '/token', {
      form: { ...PASSWORD_GRANT, client_id: 'canopy', client_secret: 's3cret' },
    });
    expect(byForm.status).toBe(200);
    const byBasic = await t.client.json<TokenBody>('POST', '/token', { form: PASSWORD_GRANT, headers: basic('canopy', 's3cret') });
    expect(byBasic.status).toBe(200);
    const refreshNoClient = await t.client.json<OAuthError>('POST', '/token', {
      form: { grant_type: 'refresh_token', refresh_token: byBasic.body.refresh_token },
    });
    expect(refreshNoClient.status).toBe(401);
    const refreshed = await t.client.json<TokenBody>('POST', '/token', {
      form: { grant_type: 'refresh_token', refresh_token: byBasic.body.refresh_token },
      headers: basic('canopy', 's3cret'),
    });
    expect(refreshed.status).toBe(200);
  });

  it('are refused as options without the OAuth2 log-in, and a secret without an id', async () => {
    await expect(startSimulator({ tlsDir, clientId: 'canopy' })).rejects.toThrow(/clientId/);
    await expect(startSimulator({ tlsDir, auth: 'oauth-password', clientSecret: 'x' })).rejects.toThrow(/clientSecret/);
  });
});
