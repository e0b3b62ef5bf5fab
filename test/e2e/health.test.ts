import { addDays } from '../../src/calendar.js';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

const TODAY = '2026-06-17'; // a Wednesday
const YESTERDAY = addDays(TODAY, -1);
const ACTIVATION = addDays(TODAY, -60);
const s = useSimulator({ today: TODAY, customers: 4, seed: 21, stale: [{ customer: 1001, days: 8 }] });
const t = useTestApp({ clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)), outboundCa: () => s.sim().ca });

describe('health and resync', () => {
  it('marks a stale feed unhealthy, and on recovery re-reads the stale span so each day gets its own pages', async () => {
    const owner = await buildAccount(t.app(), { name: 'Health MPS' });
    const key = owner.api_key;
    const server = (
      await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
    ).json;
    const feeds: Record<string, string> = {};
    for (const ext of ['1001', '1002']) {
      const account = (await t.api('POST', '/v1/accounts', { key, body: { name: `Customer ${ext}` } })).json;
      feeds[ext] = (
        await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
          key,
          body: { type: 'onestop', server_id: server.id, external_id: ext, activated_at: ACTIVATION },
        })
      ).json.id;
    }
    const { collector } = t.app().services;
    expect((await collector.collectServer(server.id, { trigger: 'test', wait: true })).status).toBe('succeeded');

    const stale = (await t.api('GET', `/v1/feeds/${feeds['1001']}`, { key })).json;
    expect(stale.health_check).toBe('unhealthy');
    expect(stale.health_check_reason).toMatch(/DCA stale/);
    expect(stale.health_check_changed_at).toMatch(/Z$/);
    expect((await t.api('GET', `/v1/feeds/${feeds['1002']}`, { key })).json.health_check).toBe('healthy');
    const history = (await t.api('GET', `/v1/feeds/${feeds['1001']}/health`, { key })).json;
    expect(history[0]).toMatchObject({ old_state: 'pending', new_state: 'unhealthy' });

    // No SMTP_URL in this app: the notification goes to the log, and the API lists it as delivered there.
    expect(await t.app().services.notifier.deliverDue()).toBe(1);
    const [note] = (await t.api('GET', '/v1/notifications', { key })).json;
    expect(note).toMatchObject({ type: 'health.changed', subject: expect.stringMatching(/Feed of Customer 1001 .* is unhealthy/) });
    expect(note.deliveries).toMatchObject([{ channel: 'log', status: 'delivered', attempts: 1 }]);

    // The agent comes back and uploads what it cached: the next run re-reads the stale days.
    await s.client().json('POST', '/_sim/control', { body: { customer: 1001, dca: 'online' } });
    await collector.collectServer(server.id, { trigger: 'test', wait: true });
    const healed = (await t.api('GET', `/v1/feeds/${feeds['1001']}`, { key })).json;
    expect(healed.health_check).toBe('healthy');
    expect((await t.api('GET', `/v1/feeds/${feeds['1001']}/health`, { key })).json[0]).toMatchObject({
      old_state: 'unhealthy',
      new_state: 'healthy',
    });

    const truth = (
      await s
        .client()
        .json<{ actual_standard_pages: number; days: Array<{ date: string; actual_standard_pages: number }> }>(
          'GET',
          `/_sim/truth?customer=1001&from=${ACTIVATION}&to=${YESTERDAY}`,
        )
    ).body;
    const rows = await t
      .app()
      .db.selectFrom('deposits')
      .select(['date', 'pages'])
      .where('feed_id', '=', feeds['1001']!)
      .orderBy('date')
      .execute();
    expect(rows.map((r) => [r.date, Number(r.pages)])).toEqual(truth.days.map((d) => [d.date, d.actual_standard_pages]));
  });

  it('pauses a server whose log-in fails: no customer data is requested until it passes again', async () => {
    const owner = await buildAccount(t.app(), { name: 'Paused MPS' });
    const key = owner.api_key;
    const server = (
      await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
    ).json;
    const account = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Paused customer' } })).json;
    await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
      key,
      body: { type: 'onestop', server_id: server.id, external_id: '1003', activated_at: addDays(TODAY, -10) },
    });

    await s.client().json('POST', '/_sim/control', { body: { credentials: 'reject' } });
    await s.client().call('POST', '/_sim/stats/reset');
    const failed = await t.app().services.collector.collectServer(server.id, { trigger: 'test', wait: true });
    expect(failed.status).toBe('failed');
    const stats = (await s.client().json<{ requests: { summary: number; customers: number } }>('GET', '/_sim/stats')).body;
    expect(stats.requests.summary).toBe(0);
    const down = (await t.api('GET', `/v1/servers/${server.id}`, { key })).json;
    expect(down.health_check).toBe('unhealthy');
    expect(down.health_check_reason).toMatch(/reject|username|password/i);

    // Paused: no collection is due while unhealthy, and the scheduled check sends no customer-data request either.
    const { collector, checks } = t.app().services;
    expect(await collector.dueServers()).not.toContain(server.id);
    expect((await checks.checkServer(server.id))?.ok).toBe(false);
    expect((await s.client().json<{ requests: { summary: number } }>('GET', '/_sim/stats')).body.requests.summary).toBe(0);

    await s.client().json('POST', '/_sim/control', { body: { credentials: 'accept' } });
    expect((await checks.checkServer(server.id))?.ok).toBe(true);
    expect((await t.api('GET', `/v1/servers/${server.id}`, { key })).json.health_check).toBe('healthy');
    // The check queued a collection at once; run it here (no worker in this test) and see the missed days collected.
    const queued = await sql<{ task_identifier: string; key: string }>`SELECT task_identifier, key FROM graphile_worker.jobs`.execute(
      t.app().db,
    );
    expect(queued.rows).toContainEqual({ task_identifier: 'collect-server', key: `collect-server:${server.id}` });
    expect(await collector.dueServers()).toContain(server.id);
    expect((await collector.collectServer(server.id, { trigger: 'recovered', wait: true })).status).toBe('succeeded');
    const deposited = await t.app().db.selectFrom('deposits').select('date').where('account_id', '=', account.id).orderBy('date').execute();
    expect(deposited.map((d) => d.date)).toEqual(Array.from({ length: 10 }, (_, i) => addDays(TODAY, i - 10)));
    const events = (await t.api('GET', `/v1/servers/${server.id}/health`, { key })).json;
    expect(events.map((e: { new_state: string }) => e.new_state)).toEqual(['healthy', 'unhealthy']);
    expect(events[1].reason).toMatch(/reject|username|password/i);
  });
});
