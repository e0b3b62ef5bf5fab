import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { addDays } from '../../src/collector/sync-plan.js';
import type { Principal } from '../../src/accounts/principal.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { cliEnv, runCli, spawnCli } from '../harness/cli.js';
import { useSimulator } from '../harness/simulator.js';

const TODAY = '2026-06-15';
const YESTERDAY = addDays(TODAY, -1);
const ACTIVATION = addDays(TODAY, -120);
const masterKey = randomBytes(32).toString('base64');

const s = useSimulator({
  today: TODAY, customers: 8, seed: 11, tokenTtlS: 20,
  faults: { latency_ms: 4, error_rate: 0.1, reset_rate: 0.05, timeout_rate: 0.02, malformed_rate: 0.05 },
});
const t = useTestApp({ clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)), portalCa: () => s.sim().ca, config: { masterKey } });

describe('a collector killed mid-run', () => {
  it('loses and doubles nothing: the next run, in another process, finishes the job exactly', async () => {
    const owner = await buildAccount(t.app(), { name: 'Crash Test MPS' });
    const p: Principal = { accountId: owner.account_id, role: 'provider', keyId: null, userId: null };
    const { servers, feeds, accounts } = t.app().services;
    const server = await servers.create(p, undefined, { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' });
    const customers = (await servers.portalCustomers(p, server.id)).slice(0, 6);
    const created = [];
    for (const c of customers) {
      const account = await accounts.create(p, undefined, { name: c.name });
      created.push(await feeds.create(p, account.id, { type: 'onestop', server_id: server.id, external_id: c.external_id, activated_at: ACTIVATION }));
    }
    await s.client().call('POST', '/_sim/stats/reset');

    const env = cliEnv({
      DATABASE_URL: t.databaseUrl(),
      CANOPY_MASTER_KEY: masterKey,
      NODE_EXTRA_CA_CERTS: s.sim().caFile,
      CANOPY_NOW: `${TODAY}T09:00:00Z`,
      PORTAL_TIMEOUT_MS: '500',
      LOG_LEVEL: 'warn',
    });

    // First run: killed with SIGKILL once some days are committed.
    const db = t.app().db;
    const deposits = async () => Number((await db.selectFrom('deposits').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const victim = spawnCli(['collect', '--server', server.id], env);
    for (let i = 0; i < 600 && (await deposits()) === 0; i++) await sleep(50);
    const partial = await deposits();
    victim.kill('SIGKILL');
    await new Promise((r) => victim.once('close', r));
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(6 * 120);

    // The dead process's lock died with it: a new run starts at once and finishes the work.
    let status = 1;
    for (let run = 0; run < 4 && status !== 0; run++) status = (await runCli(['collect', '--server', server.id], env, 120_000)).code ?? 1;
    expect(status).toBe(0);

    for (const feed of created) {
      const rows = await db.selectFrom('deposits').select(['date', 'pages']).where('feed_id', '=', feed.id).orderBy('date').execute();
      expect(rows.map((r) => r.date)).toEqual(Array.from({ length: 120 }, (_, i) => addDays(ACTIVATION, i)));
      const truth = await s.client().json<{ reported_standard_pages: number }>('GET', `/_sim/truth?customer=${feed.external_id}&from=${ACTIVATION}&to=${YESTERDAY}`);
      expect(rows.reduce((n, r) => n + Number(r.pages), 0)).toBe(truth.body.reported_standard_pages);
    }
    const stats = await s.client().json<{ write_attempts: number }>('GET', '/_sim/stats');
    expect(stats.body.write_attempts).toBe(0);
  }, 240_000);

  it('lets only one of two concurrent runs collect a server', async () => {
    const owner = await buildAccount(t.app(), { name: 'Two Workers MPS' });
    const p: Principal = { accountId: owner.account_id, role: 'provider', keyId: null, userId: null };
    const { servers, feeds, accounts, collector } = t.app().services;
    const server = await servers.create(p, undefined, { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' });
    const account = await accounts.create(p, undefined, { name: 'Shared' });
    await feeds.create(p, account.id, { type: 'onestop', server_id: server.id, external_id: '1007', activated_at: addDays(TODAY, -30) });
    const results = await Promise.all([collector.collectServer(server.id, { trigger: 'a' }), collector.collectServer(server.id, { trigger: 'b' })]);
    expect(results.map((r) => r.status).sort()).toContain('busy');
    expect(results.filter((r) => r.status !== 'busy')).toHaveLength(1);
  });
});
