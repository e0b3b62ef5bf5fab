/**
 * Fairness benchmark (issue 16): a tenant with 4 servers whose portals never answer, beside a tenant with 1 healthy
 * server. Targets: the healthy tenant's run starts within 60 s of being due, and its notifications are delivered
 * within 60 s. The worker runs as in production (graphile-worker, its schedules on the real clock, WORKER_CONCURRENCY
 * 4, MAX_RUNS_PER_ACCOUNT 2, PORTAL_TIMEOUT_MS 30 s). Last output line: one JSON object.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Principal } from '../src/access/principal.js';
import { createApp } from '../src/app.js';
import { addDays, localDate } from '../src/calendar.js';
import { createLogger } from '../src/observability/logger.js';
import { simClient } from '../src/simulator/sim-test-client.js';
import { testConfig } from '../test/harness/config.js';
import { createBenchDatabase } from './bench-database.js';
import { startBenchSimulator } from './bench-simulator.js';

const logger = createLogger({ level: 'error', pretty: false, toStderr: true });
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-'));
await fs.chmod(tmp, 0o755);
const hungDir = path.join(tmp, 'hung');
const healthyDir = path.join(tmp, 'healthy');
await fs.mkdir(hungDir);
await fs.mkdir(healthyDir);

const database = await createBenchDatabase(tmp, logger);
const hung = await startBenchSimulator(hungDir, ['--customers', '8', '--seed', '41']);
const healthy = await startBenchSimulator(healthyDir, ['--customers', '4', '--seed', '42']);
const hungControl = simClient(hung);
const app = await createApp({
  config: testConfig({ dataDir: tmp, portalTimeoutMs: 30_000, workerConcurrency: 4, opsConcurrency: 2, maxRunsPerAccount: 2 }),
  logger,
  databaseUrl: database.url,
  outboundCa: `${hung.ca}\n${healthy.ca}`,
});
const since = (t: number) => Math.round(performance.now() - t);

try {
  const { admin, servers, feeds, accounts } = app.services;
  const db = app.db;
  const today = localDate(new Date());
  const provider = async (name: string) => {
    const owner = await admin.createAccountWithOwner({ name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, userName: name });
    return { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null } satisfies Principal;
  };
  const feedOn = async (p: Principal, serverId: string, externalId: string) => {
    const account = await accounts.create(p, undefined, { name: `Customer ${externalId} of ${serverId.slice(0, 4)}` });
    await feeds.create(p, account.id, { type: 'onestop', server_id: serverId, external_id: externalId, activated_at: addDays(today, -5) });
  };

  // The slow tenant: 4 servers registered while their portal answered; then it stops answering anything.
  const slow = await provider('Slow MPS');
  const slowServers = [];
  for (let i = 0; i < 4; i++) {
    slowServers.push(
      await servers.create(slow, undefined, { type: 'onestop', url: hung.url, username: 'demo', password: 'demo-password' }),
    );
  }
  const fast = await provider('Fast MPS');
  const fastServer = await servers.create(fast, undefined, {
    type: 'onestop',
    url: healthy.url,
    username: 'demo',
    password: 'demo-password',
  });
  // The slow tenant's feeds are due at once (never synced): its 4 collections are queued (the worker is not running
  // yet; a feed is checked against its portal when created, so they are created before the portal stops answering).
  for (const [i, s] of slowServers.entries()) await feedOn(slow, s.id, String(1001 + i));
  await hungControl.json('POST', '/_sim/control', { body: { faults: { timeout_rate: 1 } } });
  await app.startWorker();
  await sleep(5_000); // its runs have started and hang on the portal
  const slowRunning = Number(
    (
      await db
        .selectFrom('sync_runs')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('status', '=', 'running')
        .where(
          'server_id',
          'in',
          slowServers.map((s) => s.id),
        )
        .executeTakeFirstOrThrow()
    ).n,
  );

  // The healthy tenant's feed: due from now.
  const due = performance.now();
  await feedOn(fast, fastServer.id, '1001');
  let startMs: number | null = null;
  let runStatus = 'none';
  for (let i = 0; i < 900; i++) {
    const run = await db.selectFrom('sync_runs').select(['status', 'started_at']).where('server_id', '=', fastServer.id).executeTakeFirst();
    if (run && startMs === null) startMs = since(due);
    if (run && run.status !== 'running') {
      runStatus = run.status;
      break;
    }
    await sleep(200);
  }

  // A notification for the healthy tenant, due now: delivered by the housekeeping runner's next minute at the latest.
  const notification = await db
    .insertInto('notifications')
    .values({
      account_id: fast.accountId,
      server_id: fastServer.id,
      type: 'health.changed',
      subject: 'Benchmark notification',
      text: 'Delivered while another tenant’s portals hang.',
      data: JSON.stringify({}),
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const queued = performance.now();
  await db
    .insertInto('notification_deliveries')
    .values({
      notification_id: notification.id,
      channel: 'log',
      target: 'bench@example.com',
      webhook_id: null,
      next_attempt_at: new Date(),
    })
    .execute();
  let deliveredMs: number | null = null;
  for (let i = 0; i < 900 && deliveredMs === null; i++) {
    const d = await db
      .selectFrom('notification_deliveries')
      .select('status')
      .where('notification_id', '=', notification.id)
      .executeTakeFirstOrThrow();
    if (d.status === 'delivered') deliveredMs = since(queued);
    else await sleep(200);
  }

  const pass = slowRunning === 2 && startMs !== null && startMs <= 60_000 && deliveredMs !== null && deliveredMs <= 60_000;
  console.log(
    JSON.stringify({
      bench: 'fairness',
      slow_tenant_servers: 4,
      slow_tenant_runs_at_once: slowRunning,
      healthy_run_start_ms: startMs,
      healthy_run_status: runStatus,
      notification_delivered_ms: deliveredMs,
      targets: { run_start_ms: 60_000, notification_ms: 60_000, slow_runs_at_once: 2 },
      pass,
    }),
  );
} finally {
  await hung.stop(); // its hanging requests fail at once, so the worker stops promptly
  await app.close();
  await hungControl.close();
  await healthy.stop();
  await database.drop();
  await fs.rm(tmp, { recursive: true, force: true });
}
