import { describe, expect, it } from 'vitest';
import type { Principal } from '../../src/access/principal.js';
import { addDays } from '../../src/calendar.js';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

// One tenant's servers cannot take every worker slot (issue 16 item 4): MAX_RUNS_PER_ACCOUNT (2 here) runs of one
// provider account at once, across processes; another tenant's run is not held back by them.
const TODAY = '2026-06-15';
const s = useSimulator({ today: TODAY, customers: 6, seed: 31, faults: { latency_ms: 150, jitter_ms: 0 } });
const t = useTestApp({ clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)), outboundCa: () => s.sim().ca, config: { maxRunsPerAccount: 2 } });

async function tenant(name: string, servers: number, firstCustomer: number, concurrency = 1, feedsPerServer = 1) {
  const owner = await buildAccount(t.app(), { name });
  const p: Principal = { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null };
  const svc = t.app().services;
  const ids: string[] = [];
  for (let i = 0; i < servers; i++) {
    const server = await svc.servers.create(p, undefined, {
      type: 'onestop',
      url: s.sim().url,
      username: 'demo',
      password: 'demo-password',
      concurrency,
    });
    for (let f = 0; f < feedsPerServer; f++) {
      const account = await svc.accounts.create(p, undefined, { name: `${name} customer ${i}.${f}` });
      await svc.feeds.create(p, account.id, {
        type: 'onestop',
        server_id: server.id,
        external_id: String(1001 + ((firstCustomer + i + f) % 6)),
        activated_at: addDays(TODAY, -6), // 7 days at 150 ms: about a second a run
      });
    }
    ids.push(server.id);
  }
  return ids;
}

describe('runs per provider account', () => {
  it('lets 2 of a tenant’s 3 servers run at once, the third waits its turn, and another tenant runs beside them', async () => {
    const busy = await tenant('Busy MPS', 3, 0);
    const [other] = await tenant('Other MPS', 1, 3);
    const { collector } = t.app().services;
    const results = await Promise.all([...busy, other!].map((id) => collector.collectServer(id, { trigger: 'test' })));
    const statuses = results.map((r) => r.status);
    expect(statuses.slice(0, 3).filter((x) => x === 'succeeded')).toHaveLength(2);
    expect(statuses.slice(0, 3).filter((x) => x === 'busy')).toHaveLength(1);
    expect(statuses[3]).toBe('succeeded');
    // Its turn comes: once the others are done, the deferred server runs.
    const deferred = busy[statuses.indexOf('busy')]!;
    expect((await collector.collectServer(deferred, { trigger: 'test' })).status).toBe('succeeded');
  });
});

describe('one budget per portal host', () => {
  it('two servers on one portal, each allowed 2 at once, have 2 in flight there together, not 4', async () => {
    // 3 customers each: alone, a run would have 2 requests in flight (its cap); the two together may not exceed 2.
    const [a, b] = await tenant('Shared Portal MPS', 2, 0, 2, 3);
    const { collector } = t.app().services;
    await s.client().call('POST', '/_sim/stats/reset');
    const results = await Promise.all([a!, b!].map((id) => collector.collectServer(id, { trigger: 'test' })));
    expect(results.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    const stats = await s.client().json<{ max_in_flight: number; requests: { summary: number } }>('GET', '/_sim/stats');
    expect(stats.body.requests.summary).toBe(2 * 3 * 7);
    expect(stats.body.max_in_flight).toBe(2);
    // And the slots are given back: nothing is left leased once the runs are over.
    const left = await t.app().db.selectFrom('host_slots').selectAll().execute();
    expect(left).toEqual([]);
  });
});
