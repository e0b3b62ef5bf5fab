import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/access/principal.js';
import { addDays } from '../../src/calendar.js';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

// Runs that died are seen to have died (issue 16 item 5): the sweeper marks a run whose heartbeat stopped abandoned,
// and a run whose lock connection is lost stops before its next request, so two runs never overlap on one server.
const TODAY = '2026-06-15';
const s = useSimulator({ today: TODAY, customers: 3, seed: 21, faults: { latency_ms: 40, jitter_ms: 0 } });
const clock = fixedClock(new Date(`${TODAY}T09:00:00Z`));
const t = useTestApp({ clock, outboundCa: () => s.sim().ca });

describe('runs that died', () => {
  it('are marked abandoned by the sweeper once their heartbeat is more than a minute old; live ones are left', async () => {
    const owner = await buildAccount(t.app(), { name: 'Sweeper MPS' });
    const db = t.app().db;
    const serverId = await buildServerRow(db, owner.account_id);
    const now = clock.now();
    const insert = (heartbeatAgoS: number) =>
      db
        .insertInto('sync_runs')
        .values({
          server_id: serverId,
          trigger: 'schedule',
          started_at: new Date(now.getTime() - 600_000),
          heartbeat_at: new Date(now.getTime() - heartbeatAgoS * 1000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const dead = await insert(61);
    const alive = await insert(20);
    expect(await t.app().services.syncs.abandonStale(now)).toBe(1);
    const runs = await t.api('GET', `/v1/servers/${serverId}/syncs`, { key: owner.api_key });
    expect(runs.status, runs.text).toBe(200);
    const byId = new Map((runs.json as Array<{ id: string; status: string; finished_at: string | null }>).map((r) => [r.id, r]));
    expect(byId.get(dead.id)).toMatchObject({ status: 'abandoned', finished_at: `${TODAY}T09:00:00Z` });
    expect(byId.get(alive.id)).toMatchObject({ status: 'running', finished_at: null });
  });

  it('a run whose lock connection is killed stops before its next request and says so', async () => {
    const owner = await buildAccount(t.app(), { name: 'Lost Lock MPS' });
    const p: Principal = { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null };
    const { servers, feeds, accounts, collector } = t.app().services;
    const server = await servers.create(p, undefined, { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' });
    const account = await accounts.create(p, undefined, { name: 'Long Backfill' });
    // 200 days at 40 ms a request: 8 s of requests, serial.
    await feeds.create(p, account.id, { type: 'onestop', server_id: server.id, external_id: '1001', activated_at: addDays(TODAY, -200) });
    await s.client().call('POST', '/_sim/stats/reset');
    const run = collector.collectServer(server.id, { trigger: 'test' });
    const db = t.app().db;
    // Kill the lock's connection, as a database restart or a network cut would, once the run is under way (its first
    // counters requests answered: the lock taken long before).
    const summaries = async () => (await s.client().json<{ requests: { summary: number } }>('GET', '/_sim/stats')).body.requests.summary;
    for (let i = 0; i < 200 && (await summaries()) < 3; i++) await sleep(25);
    for (let i = 0; i < 100; i++) {
      const killed = await sql<{ n: number }>`
        SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE application_name = 'canopy-collector-lock' AND datname = current_database()`.execute(db);
      if (killed.rows[0]!.n > 0) break;
      await sleep(50);
    }
    await sleep(300); // a few requests may be on the wire or go out meanwhile
    const requestsSoonAfter = (await s.client().json<{ requests: { summary: number } }>('GET', '/_sim/stats')).body.requests.summary;
    const result = await run;
    const requestsAtEnd = (await s.client().json<{ requests: { summary: number } }>('GET', '/_sim/stats')).body.requests.summary;
    expect(result.status).toBe('failed');
    expect(result.days).toBeLessThan(200);
    expect(requestsAtEnd).toBe(requestsSoonAfter); // nothing was sent once it knew
    const runs = await t.api('GET', `/v1/servers/${server.id}/syncs`, { key: owner.api_key });
    const latest = (runs.json as Array<{ status: string; errors: Array<{ message: string }> }>)[0]!;
    expect(latest.status).toBe('failed');
    expect(latest.errors.map((e) => e.message).join(' ')).toMatch(/collection lock's database connection/);
    // What it committed is kept; the next run resumes from the checkpoint and finishes.
    const next = await collector.collectServer(server.id, { trigger: 'test' });
    expect(next.status).toBe('succeeded');
    const rows = await db
      .selectFrom('deposits as d')
      .innerJoin('feeds as f', 'f.id', 'd.feed_id')
      .select('d.date')
      .where('f.server_id', '=', server.id)
      .execute();
    expect(rows).toHaveLength(200);
    expect(next.days).toBeGreaterThan(0);
  }, 60_000);
});
