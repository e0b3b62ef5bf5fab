import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import type { Clock } from '../../src/clock.js';
import { ensureLocalTls } from '../../src/http/local-ca.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

/**
 * Every failure says what is wrong and how to fix it (issue 17): a portal that changes its API is schema_changed,
 * naming the field, in the run's errors, the health reason and the notification, and never turns into zeros; a portal
 * whose certificate stops being trusted is tls_untrusted with the certificate's subject and issuer, never rejected
 * credentials. The app trusts the portal only through the CA registered with its server.
 */
const START = '2026-06-15';
let today = START;
const clock: Clock = { now: () => new Date(`${today}T09:00:00Z`) };
const ACTIVATION = addDays(START, -10);

const s = useSimulator({ today: START, customers: 3, seed: 9 });
const t = useTestApp({ clock });

async function nextDay() {
  today = addDays(today, 1);
  const res = await s.client().call('POST', '/_sim/control', { body: { today } });
  expect(res.status, res.text).toBe(200);
}
const shape = (body: unknown) => s.client().call('POST', '/_sim/control', { body: { shape: body } });

async function truth(customer: string, from: string, to: string): Promise<number> {
  const r = await s.client().json<{ reported_standard_pages: number }>('GET', `/_sim/truth?customer=${customer}&from=${from}&to=${to}`);
  return r.body.reported_standard_pages;
}

describe('failures in words', () => {
  const state = {} as { key: string; serverId: string; accountId: string; feedId: string };

  it('registers a portal trusted through its own CA and collects it', async () => {
    const provider = await buildAccount(t.app(), { name: 'Loud Failures MPS' });
    state.key = provider.api_key;
    const server = await t.api('POST', '/v1/servers', {
      key: state.key,
      body: {
        type: 'onestop',
        url: s.sim().url,
        username: 'demo',
        password: 'demo-password',
        ca_pem: s.sim().ca,
        contact: 'ops@x.example',
      },
    });
    expect(server.status, server.text).toBe(201);
    state.serverId = server.json.id;
    const account = await t.api('POST', '/v1/accounts', { key: state.key, body: { name: 'Hartley & Vane' } });
    state.accountId = account.json.id;
    const feed = await t.api('POST', `/v1/accounts/${state.accountId}/feeds`, {
      key: state.key,
      body: { type: 'onestop', server_id: state.serverId, external_id: '1001', activated_at: ACTIVATION },
    });
    state.feedId = feed.json.id;
    expect((await t.app().services.collector.collectServer(state.serverId, { trigger: 'test' })).status).toBe('succeeded');
  });

  it('a renamed counter: the run names the field, the feed is unhealthy with schema_changed at once, no page is invented', async () => {
    await shape({ rename: { deviceTotal: 'totalDevices' } });
    await nextDay();
    await nextDay();
    const run = await t.app().services.collector.collectServer(state.serverId, { trigger: 'test' });
    expect(run.status).toBe('partial');
    const syncs = (await t.api('GET', `/v1/servers/${state.serverId}/syncs`, { key: state.key })).json as Array<{
      errors: Array<{ message: string }>;
    }>;
    const messages = syncs[0]!.errors.map((e) => e.message);
    expect(messages).toHaveLength(2); // the two new days, each skipped
    for (const m of messages) expect(m).toContain('deviceTotal is missing (the answer has totalDevices instead?)');

    const feed = (await t.api('GET', `/v1/feeds/${state.feedId}`, { key: state.key })).json;
    expect([feed.health_check, feed.health_reason]).toEqual(['unhealthy', 'schema_changed']);
    const deposits = (await t.api('GET', `/v1/accounts/${state.accountId}/deposits`, { key: state.key })).json as Array<{
      date: string;
      pages: number;
    }>;
    // Nothing was added for the skipped days: the total is still the portal's figure up to the day before.
    const total = deposits.reduce((n, d) => n + d.pages, 0);
    expect(total).toBe(await truth('1001', ACTIVATION, addDays(START, -1)));
    expect(await truth('1001', ACTIVATION, addDays(today, -1))).toBeGreaterThan(total); // the customer did print since

    const notes = (await t.api('GET', '/v1/notifications', { key: state.key })).json as Array<{ subject: string; text: string }>;
    const note = notes.find((n) => n.subject.includes('Feed of Hartley & Vane'));
    expect(note?.text).toMatch(/changed shape/);
    expect(note?.text).not.toMatch(/check the credentials/i);
  });

  it('the old shape back: healthy again, and every page the portal reports is deposited (the next answer covers the gap)', async () => {
    await shape(null);
    await nextDay();
    expect((await t.app().services.collector.collectServer(state.serverId, { trigger: 'test' })).status).toBe('succeeded');
    const feed = (await t.api('GET', `/v1/feeds/${state.feedId}`, { key: state.key })).json;
    expect([feed.health_check, feed.health_reason]).toEqual(['healthy', null]);
    const deposits = (await t.api('GET', `/v1/accounts/${state.accountId}/deposits`, { key: state.key })).json as Array<{ pages: number }>;
    expect(deposits.reduce((n, d) => n + d.pages, 0)).toBe(await truth('1001', ACTIVATION, addDays(today, -1)));
  });

  it('a renamed log-in field: the server is unhealthy with schema_changed, naming it', async () => {
    await shape({ rename: { access_token: 'token' } });
    try {
      const outcome = await t.app().services.checks.checkServer(state.serverId);
      expect(outcome).toMatchObject({ ok: false, reason: 'schema_changed' });
      const server = (await t.api('GET', `/v1/servers/${state.serverId}`, { key: state.key })).json;
      expect([server.health_check, server.health_reason]).toEqual(['unhealthy', 'schema_changed']);
      expect(server.health_check_reason).toContain('access_token is missing (the answer has token instead?)');
    } finally {
      await shape(null);
    }
    expect(await t.app().services.checks.checkServer(state.serverId)).toEqual({ ok: true });
  });

  it('a certificate no longer trusted: tls_untrusted with its subject and issuer, in the API and the notification', async () => {
    // The portal's certificate is now from another CA than the one registered (its operator changed CA).
    const other = await ensureLocalTls(`${t.dataDir()}/other-ca`, { commonName: 'Some Other Private CA' });
    await t.app().db.updateTable('servers').set({ ca_pem: other.ca }).where('id', '=', state.serverId).execute();
    const outcome = await t.app().services.checks.checkServer(state.serverId);
    expect(outcome).toMatchObject({ ok: false, reason: 'tls_untrusted' });
    const server = (await t.api('GET', `/v1/servers/${state.serverId}`, { key: state.key })).json;
    expect([server.health_check, server.health_reason]).toEqual(['unhealthy', 'tls_untrusted']);
    expect(server.ca_certificate.subject).toContain('CN=Some Other Private CA');
    expect(server.health_check_reason).toMatch(/subject .*CN=localhost.*; issuer .*CN=OneStop simulator CA/);

    const notes = (await t.api('GET', '/v1/notifications', { key: state.key })).json as Array<{ subject: string; text: string }>;
    const note = notes.find((n) => n.subject.startsWith('[Canopy] Server') && n.subject.endsWith('is unhealthy'));
    expect(note?.text).toMatch(/issuer .*CN=OneStop simulator CA/);
    expect(note?.text).toContain("add the portal's CA certificate (PEM) to the server in Canopy");
    expect(note?.text).not.toMatch(/check the credentials/i);

    // Replacing the CA needs the password; with it, the right CA makes the server healthy again.
    const noPassword = await t.api('PATCH', `/v1/servers/${state.serverId}`, { key: state.key, body: { ca_pem: s.sim().ca } });
    expect([noPassword.status, noPassword.json.error]).toEqual([400, 'password is required when url, username or ca_pem changes']);
    const fixed = await t.api('PATCH', `/v1/servers/${state.serverId}`, {
      key: state.key,
      body: { ca_pem: s.sim().ca, password: 'demo-password' },
    });
    expect(fixed.status, fixed.text).toBe(200);
    expect(fixed.json.ca_certificate.subject).toContain('CN=OneStop simulator CA');
    expect(await t.app().services.checks.checkServer(state.serverId)).toEqual({ ok: true });
  });

  it('POST /v1/servers/probe diagnoses without saving: an untrusted portal, then the same with its CA', async () => {
    const body = { url: s.sim().url, username: 'demo', password: 'demo-password' };
    const before = (await t.api('GET', '/v1/servers', { key: state.key })).json.length;
    const untrusted = await t.api('POST', '/v1/servers/probe', { key: state.key, body });
    expect(untrusted.status, untrusted.text).toBe(200);
    expect(untrusted.json).toMatchObject({
      ok: false,
      failure: { step: 'tls', reason: 'tls_untrusted' },
      tls: { trusted: false, reason: 'tls_untrusted', issuer: expect.stringContaining('CN=OneStop simulator CA') },
      customers: null,
    });
    const trusted = await t.api('POST', '/v1/servers/probe', { key: state.key, body: { ...body, ca_pem: s.sim().ca } });
    expect(trusted.json).toMatchObject({
      ok: true,
      failure: null,
      tls: { trusted: true, reason: null },
      login: { auth: 'json', token_path: '/api/v1/token' },
      customers: { count: 3, customer_list: 'paged', id_type: 'integer' },
      sample: { external_id: '1001', valid: true },
      latency_ms: { reads: 5 },
      would_store: { connection_profile: { auth: 'json', customer_list: 'paged' }, ca_certificate: { is_ca: true } },
    });
    // The sample is the portal's own answer for yesterday (read directly here).
    const token = await s.client().login();
    const direct = await s
      .client()
      .json<{ deviceTotal: number }>('GET', `/api/v1/customers/1001/meter-readings/summary?date=${trusted.json.sample.date}`, { token });
    expect(trusted.json.sample.counters.deviceTotal).toBe(direct.body.deviceTotal);
    expect((await t.api('GET', '/v1/servers', { key: state.key })).json).toHaveLength(before);
    const bad = await t.api('POST', '/v1/servers/probe', { key: state.key, body: { ...body, url: 'http://x.example' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/url: must be an https:\/\/ URL/);
  });
});
