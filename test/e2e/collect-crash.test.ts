import { addDays } from '../../src/calendar.js';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { Principal } from '../../src/access/principal.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { cliEnv, runCli, spawnCli } from '../harness/cli.js';
import { useSimulator } from '../harness/simulator.js';

const TODAY = '2026-06-15';
const YESTERDAY = addDays(TODAY, -1);
const ACTIVATION = addDays(TODAY, -120);
const masterKey = randomBytes(32).toString('base64');

const s = useSimulator({
  today: TODAY,
  customers: 8,
  seed: 11,
  tokenTtlS: 20,
  faults: { latency_ms: 4, error_rate: 0.1, reset_rate: 0.05, timeout_rate: 0.02, malformed_rate: 0.05 },
});
const t = useTestApp({ clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)), outboundCa: () => s.sim().ca, config: { masterKey } });

describe('a worker killed mid-run', () => {
  it('loses and doubles nothing: another worker resumes the job within a minute and finishes it exactly', async () => {
    const owner = await buildAccount(t.app(), { name: 'Crash Test MPS' });
    const server = await t.api('POST', '/v1/servers', {
      key: owner.api_key,
      body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' },
    });
    expect(server.status, server.text).toBe(201);
    const customers = (
      (await t.api('GET', `/v1/servers/${server.json.id}/customers`, { key: owner.api_key })).json as Array<{
        external_id: string;
        name: string;
      }>
    ).slice(0, 6);
    await s.client().call('POST', '/_sim/stats/reset');

    const env = cliEnv({
      DATABASE_URL: t.databaseUrl(),
      CANOPY_MASTER_KEY: masterKey,
      NODE_EXTRA_CA_CERTS: s.sim().caFile,
      CANOPY_NOW: `${TODAY}T09:00:00Z`,
      PORTAL_TIMEOUT_MS: '500',
      LOG_LEVEL: 'warn',
    });
    const victim = spawnCli(['worker'], env);
    const created: Array<{ id: string; external_id: string }> = [];
    for (const c of customers) {
      const account = await t.api('POST', '/v1/accounts', { key: owner.api_key, body: { name: c.name } });
      const feed = await t.api('POST', `/v1/accounts/${account.json.id}/feeds`, {
        key: owner.api_key,
        body: { type: 'onestop', server_id: server.json.id, external_id: c.external_id, activated_at: ACTIVATION },
      });
      expect(feed.status, feed.text).toBe(201);
      created.push(feed.json);
    }

    // The first worker picks up the queued collection; kill it with SIGKILL once some days are committed.
    const db = t.app().db;
    const deposits = async () =>
      Number(
        (
          await db
            .selectFrom('deposits')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (let i = 0; i < 1200 && (await deposits()) === 0; i++) await sleep(50);
    victim.kill('SIGKILL');
    await new Promise((r) => victim.once('close', r));
    const partial = await deposits();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(6 * 120);

    // Another worker: the dead one's job stays locked in the queue, but the next collect-due replaces it, and the
    // dead worker's advisory lock died with its connection.
    const started = Date.now();
    const rescuer = spawnCli(['worker'], env);
    const synced = async () =>
      Number(
        (
          await db
            .selectFrom('feeds')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('server_id', '=', server.json.id)
            .where('checkpoint_date', '=', YESTERDAY)
            .executeTakeFirstOrThrow()
        ).n,
      );
    try {
      for (let i = 0; i < 1800 && (await synced()) < 6; i++) await sleep(100);
    } finally {
      rescuer.kill('SIGTERM');
      await new Promise((r) => rescuer.once('close', r));
    }
    expect(await synced()).toBe(6);
    expect(Date.now() - started).toBeLessThan(150_000);

    for (const feed of created) {
      const rows = await db.selectFrom('deposits').select(['date', 'pages']).where('feed_id', '=', feed.id).orderBy('date').execute();
      expect(rows.map((r) => r.date)).toEqual(Array.from({ length: 120 }, (_, i) => addDays(ACTIVATION, i)));
      const truth = await s
        .client()
        .json<{ reported_standard_pages: number }>('GET', `/_sim/truth?customer=${feed.external_id}&from=${ACTIVATION}&to=${YESTERDAY}`);
      expect(rows.reduce((n, r) => n + Number(r.pages), 0)).toBe(truth.body.reported_standard_pages);
    }
    const stats = await s.client().json<{ write_attempts: number }>('GET', '/_sim/stats');
    expect(stats.body.write_attempts).toBe(0);

    // The killed worker's run is seen to have died: abandoned, not running forever.
    const runs = await t.api('GET', `/v1/servers/${server.json.id}/syncs`, { key: owner.api_key });
    const statuses = (runs.json as Array<{ status: string }>).map((r) => r.status);
    expect(statuses).toContain('abandoned');
    expect(statuses).not.toContain('running');

    // And `canopy collect` afterwards finds nothing left to do.
    const after = await runCli(['collect', '--server', server.json.id], env, 120_000);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/Collected \d+ customer-days/);
  }, 240_000);

  it('lets only one of two concurrent runs collect a server', async () => {
    const owner = await buildAccount(t.app(), { name: 'Two Workers MPS' });
    const p: Principal = { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null };
    const { servers, feeds, accounts, collector } = t.app().services;
    const server = await servers.create(p, undefined, { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' });
    const account = await accounts.create(p, undefined, { name: 'Shared' });
    await feeds.create(p, account.id, { type: 'onestop', server_id: server.id, external_id: '1007', activated_at: addDays(TODAY, -30) });
    const results = await Promise.all([
      collector.collectServer(server.id, { trigger: 'a' }),
      collector.collectServer(server.id, { trigger: 'b' }),
    ]);
    expect(results.map((r) => r.status).sort()).toContain('busy');
    expect(results.filter((r) => r.status !== 'busy')).toHaveLength(1);
  });
});
