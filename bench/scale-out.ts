/**
 * Scale-out benchmark (issue 16): 1, 2 and 4 `canopy worker` processes on one PostgreSQL over 40 servers × 25
 * customers, 50 ms per portal request (I/O bound), each worker with WORKER_CONCURRENCY 2. Each round is one night: all
 * 40 servers due for one new day, their jobs queued at once. Throughput = customer-days read per second from the first
 * run's start to the last one's end; efficiency at n workers = throughput(n) / (n × throughput(1)) (target at 4: ≥ 0.9).
 * Also checked: no server ever has two runs at once. Last output line: one JSON object.
 * Each server has a portal of its own, as 40 dealers' portals would be: servers sharing an origin share one budget, so
 * each reaches the one simulator through a TCP relay on a port of its own (TLS passes through untouched).
 */
import { randomBytes } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Principal } from '../src/access/principal.js';
import { createApp } from '../src/app.js';
import { addDays } from '../src/calendar.js';
import { fixedClock } from '../src/clock.js';
import { collectServerJobKey } from '../src/jobs/tasks.js';
import { createJobQueue } from '../src/jobs/worker.js';
import { createLogger } from '../src/observability/logger.js';
import { simClient } from '../src/simulator/sim-test-client.js';
import { cliEnv, spawnCli } from '../test/harness/cli.js';
import { testConfig } from '../test/harness/config.js';
import { createBenchDatabase } from './bench-database.js';
import { startBenchSimulator } from './bench-simulator.js';

const D = '2026-06-15';
const SERVERS = 40;
const CUSTOMERS = 25;
const LATENCY_MS = 50;
const logger = createLogger({ level: 'warn', pretty: false, toStderr: true });
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-'));
await fs.chmod(tmp, 0o755);
const masterKey = randomBytes(32).toString('base64');

const database = await createBenchDatabase(tmp, logger);
const sim = await startBenchSimulator(tmp, ['--customers', String(CUSTOMERS), '--history-days', '60', '--today', D, '--seed', '61']);
const control = simClient(sim);
const app = await createApp({
  config: testConfig({ dataDir: tmp, masterKey }),
  logger,
  databaseUrl: database.url,
  clock: fixedClock(new Date(`${D}T09:00:00Z`)),
  outboundCa: sim.ca,
});
const queue = await createJobQueue(database.url, logger);

/** A TCP relay to the simulator on a port of its own: a distinct origin for one server. */
async function relay(): Promise<{ url: string; server: net.Server }> {
  const target = new URL(sim.url);
  const server = net.createServer((socket) => {
    const upstream = net.connect(Number(target.port), '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `https://localhost:${(server.address() as AddressInfo).port}${target.pathname.replace(/\/$/, '')}`, server };
}
const relays: net.Server[] = [];

try {
  const { admin, servers, feeds, accounts } = app.services;
  const serverIds: string[] = [];
  for (let s = 0; s < SERVERS; s++) {
    const owner = await admin.createAccountWithOwner({ name: `Scale MPS ${s}`, email: `scale${s}@example.com`, userName: 'Bench' });
    const p: Principal = { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null };
    const portal = await relay();
    relays.push(portal.server);
    const server = await servers.create(p, undefined, { type: 'onestop', url: portal.url, username: 'demo', password: 'demo-password' });
    for (let c = 0; c < CUSTOMERS; c++) {
      const account = await accounts.create(p, undefined, { name: `Customer ${c}` });
      await feeds.create(p, account.id, { type: 'onestop', server_id: server.id, external_id: String(1001 + c), activated_at: D });
    }
    serverIds.push(server.id);
  }
  await control.json('POST', '/_sim/control', { body: { faults: { latency_ms: LATENCY_MS, jitter_ms: 0 } } });

  const night = async (day: number, workers: number) => {
    const today = addDays(D, day);
    await control.json('POST', '/_sim/control', { body: { today } });
    const from = new Date(`${today}T00:00:00Z`);
    for (const id of serverIds) {
      await queue.addJob('collect-server', { serverId: id, trigger: 'bench' }, { jobKey: collectServerJobKey(id), maxAttempts: 1 });
    }
    const env = cliEnv({
      DATABASE_URL: database.url,
      CANOPY_MASTER_KEY: masterKey,
      NODE_EXTRA_CA_CERTS: path.join(tmp, 'sim-tls', 'ca.pem'),
      CANOPY_NOW: `${today}T09:00:00Z`,
      WORKER_CONCURRENCY: '2',
      MAX_RUNS_PER_ACCOUNT: '2',
      LOG_LEVEL: 'warn',
    });
    const procs = Array.from({ length: workers }, () => spawnCli(['worker'], env));
    const finished = async () =>
      app.db
        .selectFrom('sync_runs')
        .select(['server_id', 'started_at', 'finished_at', 'status', 'days'])
        .where('started_at', '>=', from)
        .where('status', '!=', 'running')
        .execute();
    let runs = await finished();
    for (let i = 0; i < 3000 && new Set(runs.map((r) => r.server_id)).size < SERVERS; i++) {
      await sleep(100);
      runs = await finished();
    }
    await Promise.all(
      procs.map(
        (p) =>
          new Promise((r) => {
            p.once('close', r);
            p.kill('SIGTERM');
          }),
      ),
    );
    const start = Math.min(...runs.map((r) => r.started_at.getTime()));
    const end = Math.max(...runs.map((r) => r.finished_at!.getTime()));
    const seconds = (end - start) / 1000;
    return {
      workers,
      runs: runs.length,
      days: runs.reduce((n, r) => n + r.days, 0),
      failed: runs.filter((r) => r.status !== 'succeeded').length,
      seconds: Math.round(seconds * 100) / 100,
      runs_per_second: Math.round((runs.length / seconds) * 100) / 100,
      days_per_second: Math.round((runs.reduce((n, r) => n + r.days, 0) / seconds) * 10) / 10,
    };
  };

  // Warm-up, not measured: each feed's first two readings (a sync re-reads the days since the counters last moved, and
  // before their first move that is all of them). Then three weekday nights of one new day per feed.
  await night(0, 4);
  await night(1, 4);
  const one = await night(2, 1);
  const two = await night(3, 2);
  const four = await night(4, 4);

  // No server ever had two runs at once: each run starts after the previous run of its server ended.
  const all = await app.db.selectFrom('sync_runs').select(['server_id', 'started_at', 'finished_at']).orderBy('started_at').execute();
  let overlaps = 0;
  const lastEnd = new Map<string, number>();
  for (const r of all) {
    if ((lastEnd.get(r.server_id) ?? 0) > r.started_at.getTime()) overlaps++;
    lastEnd.set(r.server_id, r.finished_at?.getTime() ?? Number.POSITIVE_INFINITY);
  }
  // Throughput in customer-days a second (the work), as one worker's × the workers.
  const efficiency = (x: typeof one) => Math.round((x.days_per_second / (x.workers * one.days_per_second)) * 1000) / 1000;
  const result = {
    bench: 'scale-out',
    servers: SERVERS,
    customers_per_server: CUSTOMERS,
    latency_ms: LATENCY_MS,
    worker_concurrency: 2,
    nights: [one, two, four],
    efficiency: { 2: efficiency(two), 4: efficiency(four) },
    overlapping_runs: overlaps,
    targets: { efficiency_at_4: 0.9, overlapping_runs: 0 },
    pass: efficiency(four) >= 0.9 && overlaps === 0 && [one, two, four].every((x) => x.runs === SERVERS && x.failed === 0),
  };
  console.log(JSON.stringify(result));
} finally {
  for (const r of relays) r.close();
  await queue.end();
  await app.close();
  await control.close();
  await sim.stop();
  await database.drop();
  await fs.rm(tmp, { recursive: true, force: true });
}
