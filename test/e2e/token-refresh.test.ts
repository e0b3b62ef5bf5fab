import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import type { Clock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

/**
 * OAuth2 tokens that live 20 seconds, across a backfill that lasts many of their lifetimes (issue 17): Canopy renews
 * each with its refresh token before it expires, so no data request meets an expired token (no 401), and the
 * collection is exact. Time runs 20 times faster than the wall clock for the portal and Canopy alike (one clock).
 */
const TODAY = '2026-06-15';
const YESTERDAY = addDays(TODAY, -1);
const ACTIVATION = addDays(TODAY, -300);
const SPEED = 20;
const base = Date.parse(`${TODAY}T09:00:00Z`);
const t0 = performance.now();
const fast: Clock = { now: () => new Date(base + (performance.now() - t0) * SPEED) };

const s = useSimulator({ today: TODAY, customers: 3, seed: 5, historyDays: 400, auth: 'oauth-password', tokenTtlS: 20 }, { clock: fast });
const t = useTestApp({ clock: fast, outboundCa: () => s.sim().ca });

describe('OAuth2 token refresh across a long backfill', () => {
  it('renews 20-second tokens with their refresh token before they expire: no 401, every page exact', async () => {
    const provider = await buildAccount(t.app(), { name: 'Short Tokens MPS' });
    const key = provider.api_key;
    const server = await t.api('POST', '/v1/servers', {
      key,
      body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' },
    });
    expect(server.status, server.text).toBe(201);
    expect(server.json.connection_profile).toMatchObject({ auth: 'oauth-password', token_path: '/token' });
    const feeds: Array<{ accountId: string; externalId: string }> = [];
    for (const externalId of ['1001', '1002']) {
      const account = await t.api('POST', '/v1/accounts', { key, body: { name: `Customer ${externalId}` } });
      await t.api('POST', `/v1/accounts/${account.json.id}/feeds`, {
        key,
        body: { type: 'onestop', server_id: server.json.id, external_id: externalId, activated_at: ACTIVATION },
      });
      feeds.push({ accountId: account.json.id, externalId });
    }
    // Each data request waits a little at the portal, so that the backfill spans several token lifetimes.
    await s.client().call('POST', '/_sim/control', { body: { faults: { latency_ms: 6, jitter_ms: 0 } } });
    await s.client().call('POST', '/_sim/stats/reset');
    const started = fast.now().getTime();
    const run = await t.app().services.collector.collectServer(server.json.id, { trigger: 'test' });
    const lasted = (fast.now().getTime() - started) / 1000;
    expect(run.status).toBe('succeeded');

    const stats = (await s.client().json<{ statuses: Record<string, number>; token_grants: Record<string, number> }>('GET', '/_sim/stats'))
      .body;
    expect(lasted, 'the backfill lasted over three token lifetimes').toBeGreaterThan(60);
    // One password log-in (the run's check), then refreshes: about one per 15 s of the token's 20 s.
    expect(stats.token_grants.password).toBe(1);
    expect(stats.token_grants.refresh_token).toBeGreaterThanOrEqual(Math.floor(lasted / 20) - 1);
    expect(stats.statuses['401'] ?? 0).toBe(0);
    for (const f of feeds) {
      const truth = await s
        .client()
        .json<{ reported_standard_pages: number }>('GET', `/_sim/truth?customer=${f.externalId}&from=${ACTIVATION}&to=${YESTERDAY}`);
      const deposits = (await t.api('GET', `/v1/accounts/${f.accountId}/deposits`, { key })).json as Array<{ pages: number }>;
      expect(deposits.reduce((n, d) => n + d.pages, 0)).toBe(truth.body.reported_standard_pages);
    }
  });
});
