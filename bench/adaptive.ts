/**
 * Adaptive concurrency benchmark (issue 16). 100 customers due for 5 days each, 50 ms per request, against a portal
 * that takes 4 data requests at once and answers 429 with Retry-After above that; the server's concurrency cap is 8.
 * Targets: elapsed ≤ 0.32 × the serial request time (data requests × 50 ms), ≤ 3 % of requests refused, never more than
 * 8 in flight. Then a server at the default cap of 1 (20 customers × 5 days): never more than 1 in flight.
 * Last output line: one JSON object.
 */
import type { Principal } from '../src/access/principal.js';
import { addDays } from '../src/calendar.js';
import { startCollectionBench } from './bench-setup.js';

const TODAY = '2026-06-15';
const LATENCY_MS = 50;
const bench = await startCollectionBench({
  today: TODAY,
  simArgs: ['--customers', '120', '--history-days', '400', '--seed', '17'],
});
const { control, app, sim } = bench;

type Stats = { requests: { summary: number }; max_in_flight: number; throttled: number };

try {
  const { admin, servers, feeds, accounts, collector, syncs } = app.services;
  const owner = await admin.createAccountWithOwner({ name: 'Adaptive MPS', email: 'adaptive@example.com', userName: 'Bench' });
  const p: Principal = { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null };
  const credentials = { type: 'onestop' as const, url: sim.url, username: 'demo', password: 'demo-password' };
  const wide = await servers.create(p, undefined, { ...credentials, concurrency: 8 });
  const serial = await servers.create(p, undefined, credentials);
  const customers = await servers.portalCustomers(p, wide.id);
  for (const [i, c] of customers.slice(0, 120).entries()) {
    const account = await accounts.create(p, undefined, { name: c.name });
    await feeds.create(p, account.id, {
      type: 'onestop',
      server_id: i < 100 ? wide.id : serial.id,
      external_id: c.external_id,
      activated_at: addDays(TODAY, -4), // due for 5 days: the day before activation (the base) and 4 more
    });
  }
  await control.json('POST', '/_sim/control', { body: { faults: { latency_ms: LATENCY_MS, jitter_ms: 0, max_concurrency: 4 } } });

  const measure = async (serverId: string) => {
    await control.call('POST', '/_sim/stats/reset');
    const t0 = performance.now();
    const run = await collector.collectServer(serverId, { trigger: 'bench', wait: true });
    const ms = performance.now() - t0;
    const stats = (await control.json<Stats>('GET', '/_sim/stats')).body;
    const sync = (await syncs.latest(serverId))!;
    const data = stats.requests.summary; // every counters request, refused ones included
    const accepted = data - stats.throttled;
    return {
      status: run.status,
      days: run.days,
      elapsed_ms: Math.round(ms),
      data_requests: data,
      refused: stats.throttled,
      refused_share: Math.round((stats.throttled / data) * 10_000) / 10_000,
      ratio_to_serial: Math.round((ms / (accepted * LATENCY_MS)) * 1000) / 1000,
      max_in_flight: stats.max_in_flight,
      recorded: { concurrency: sync.concurrency, throttled: sync.throttled },
    };
  };
  const adaptive = await measure(wide.id);
  const atOne = await measure(serial.id);
  const pass =
    adaptive.status === 'succeeded' &&
    adaptive.days === 500 &&
    adaptive.ratio_to_serial <= 0.32 &&
    adaptive.refused_share <= 0.03 &&
    adaptive.max_in_flight <= 8 &&
    atOne.max_in_flight <= 1 &&
    atOne.days === 100;
  console.log(
    JSON.stringify({
      bench: 'adaptive',
      latency_ms: LATENCY_MS,
      portal_max_concurrency: 4,
      cap: 8,
      adaptive,
      default_cap_1: atOne,
      targets: { ratio_to_serial: 0.32, refused_share: 0.03, max_in_flight: 8, max_in_flight_at_cap_1: 1 },
      pass,
    }),
  );
} finally {
  await bench.stop();
}
