/**
 * Collection benchmark (issue 4). Last output line: one JSON object.
 *  (a) customer-days synced per second by one collector against a zero-latency simulator (target ≥ 1,000/s);
 *  (b) 100 customers due for one day with 50 ms latency: elapsed / (requests × 50 ms) at concurrency 1 (target ≤ 1.10);
 *  (c) a 3-year backfill of one customer at 50 ms latency: elapsed / (requests × 50 ms) (target ≤ 1.15).
 * The simulator runs in a child process (`canopy onestop-sim`), the collector in this one, on a fresh database
 * (bench-database.ts).
 */
import { addDays } from '../src/calendar.js';
import type { Principal } from '../src/access/principal.js';
import { startCollectionBench } from './bench-setup.js';

const TODAY = '2026-06-15';
const LATENCY_MS = 50;
const bench = await startCollectionBench({
  today: TODAY,
  simArgs: ['--customers', '101', '--history-days', '1200', '--seed', '5'],
});
const { control, clock, app, sim } = bench;

try {
  const { admin: adminSvc, servers, feeds, accounts, collector, syncs } = app.services;
  const owner = await adminSvc.createAccountWithOwner({ name: 'Bench MPS', email: 'bench@example.com', userName: 'Bench' });
  const p: Principal = { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null };
  const server = await servers.create(p, undefined, { type: 'onestop', url: sim.url, username: 'demo', password: 'demo-password' });
  const customers = await servers.portalCustomers(p, server.id);
  for (const c of customers.slice(0, 100)) {
    const account = await accounts.create(p, undefined, { name: c.name });
    await feeds.create(p, account.id, {
      type: 'onestop',
      server_id: server.id,
      external_id: c.external_id,
      activated_at: addDays(TODAY, -30),
    });
  }

  // (a) zero latency: 100 customers × 31 days.
  let t0 = performance.now();
  const a = await collector.collectServer(server.id, { trigger: 'bench', wait: true });
  const aSeconds = (performance.now() - t0) / 1000;
  const customerDaysPerSecond = a.days / aSeconds;

  // (b) the next night: 100 customers due for one day, 50 ms per request.
  clock.advance(86_400_000);
  await control.json('POST', '/_sim/control', { body: { today: addDays(TODAY, 1) } });
  await control.json('POST', '/_sim/control', { body: { faults: { latency_ms: LATENCY_MS, jitter_ms: 0 } } });
  t0 = performance.now();
  const b = await collector.collectServer(server.id, { trigger: 'bench', wait: true });
  const bMs = performance.now() - t0;
  const bRun = (await syncs.latest(server.id))!;
  const bRatio = bMs / (bRun.requests * LATENCY_MS);

  // (c) a 3-year backfill of one customer at 50 ms per request.
  const last = customers[100]!;
  const server2 = await servers.create(p, undefined, { type: 'onestop', url: sim.url, username: 'demo', password: 'demo-password' });
  const account = await accounts.create(p, undefined, { name: last.name });
  await feeds.create(p, account.id, {
    type: 'onestop',
    server_id: server2.id,
    external_id: last.external_id,
    activated_at: addDays(TODAY, -3 * 365),
  });
  t0 = performance.now();
  const c = await collector.collectServer(server2.id, { trigger: 'bench', wait: true });
  const cMs = performance.now() - t0;
  const cRun = (await syncs.latest(server2.id))!;
  const cRatio = cMs / (cRun.requests * LATENCY_MS);

  const result = {
    bench: 'collect',
    a_customer_days: a.days,
    a_seconds: Math.round(aSeconds * 100) / 100,
    a_customer_days_per_second: Math.round(customerDaysPerSecond),
    b_customers: 100,
    b_days: b.days,
    b_requests: bRun.requests,
    b_requests_per_customer: Math.round((bRun.requests / 100) * 100) / 100,
    b_elapsed_ms: Math.round(bMs),
    b_ratio_to_request_time: Math.round(bRatio * 1000) / 1000,
    c_days: c.days,
    c_requests: cRun.requests,
    c_elapsed_ms: Math.round(cMs),
    c_ratio_to_request_time: Math.round(cRatio * 1000) / 1000,
    concurrency: 1,
    targets: { a_customer_days_per_second: 1000, b_ratio: 1.1, c_ratio: 1.15 },
    pass: customerDaysPerSecond >= 1000 && bRatio <= 1.1 && cRatio <= 1.15,
  };
  console.log(JSON.stringify(result));
} finally {
  await bench.stop();
}
