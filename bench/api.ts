/**
 * API throughput benchmark. Last output line: one JSON object.
 * Requests per second of GET /v1/account and GET /v1/accounts/:id/volume (a provider with 20 customer accounts and a
 * year of daily deposits each) against a bare Fastify hello-world over the same TLS: Canopy's certificate and key
 * (loadServerTls on the same data directory) and its TLS policy (SERVER_TLS_OPTIONS), in the same run, with the same
 * autocannon settings. Both servers run in this process, one under load at a time; autocannon runs in a worker thread
 * so the load generator does not share the servers' event loop. No pass/fail target: the figures are reported.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Agent, request } from 'undici';
import type { Principal } from '../src/access/principal.js';
import { createApp } from '../src/app.js';
import { addDays } from '../src/calendar.js';
import { loadServerTls } from '../src/http/tls.js';
import { SERVER_TLS_OPTIONS } from '../src/http/tls-policy.js';
import { createLogger } from '../src/observability/logger.js';
import { buildDeposit } from '../test/factories/deposits.js';
import { testConfig } from '../test/harness/config.js';
import { createBenchDatabase } from './bench-database.js';

const CUSTOMERS = 20;
const DAYS = 365;
const CONNECTIONS = 10;
const PIPELINING = 1;
const DURATION_S = 5;
const WARMUP_S = 1;

const logger = createLogger({ level: 'warn', pretty: false, toStderr: true });
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-'));
await fs.chmod(tmp, 0o755);
const database = await createBenchDatabase(tmp, logger);
// testConfig allows 100,000 requests a minute per key; two 5 s runs on one key could come near that, so lift it
// well out of reach (the limiter itself still runs on every request, as in production). Any 429 fails the bench.
const config = testConfig({ dataDir: tmp, rateLimitPerMinute: 1_000_000_000 });
const app = await createApp({ config, logger, databaseUrl: database.url });
let helloApp: FastifyInstance | undefined;

/** One autocannon run (after a short warm-up) of GET `url`: requests per second, average over the run. */
async function rps(url: string, headers: Record<string, string> = {}): Promise<number> {
  // autocannon's `warmup` option (a run before the measured one, left out of its figures) is missing from its types.
  const options: autocannon.Options & { warmup: { connections: number; duration: number } } = {
    url,
    headers,
    // The certificate is issued for localhost; autocannon itself never verifies it (rejectUnauthorized: false).
    servername: 'localhost',
    connections: CONNECTIONS,
    pipelining: PIPELINING,
    duration: DURATION_S,
    warmup: { connections: CONNECTIONS, duration: WARMUP_S },
    workers: 1,
  };
  const result = await autocannon(options);
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0 || result.requests.total === 0) {
    throw new Error(
      `${url}: ${result.requests.total} requests, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    );
  }
  return result.requests.average;
}

try {
  const started = await app.startHttp();
  const ca = await fs.readFile(started.caFile!, 'utf8');

  // The hello-world: the same certificate and key (read back from the same data directory) and the same TLS policy.
  const tls = await loadServerTls(config);
  helloApp = Fastify({ logger: false, https: { key: tls.key, cert: tls.cert, ...SERVER_TLS_OPTIONS } });
  helloApp.get('/', async () => ({ hello: 'world' }));
  await helloApp.listen({ host: config.host, port: 0 });
  const helloAddress = helloApp.server.address();
  if (!helloAddress || typeof helloAddress === 'string') throw new Error('hello-world: no port');
  const helloUrl = `https://${config.host}:${helloAddress.port}/`;

  // A provider with CUSTOMERS customer accounts, each with a deposit on every one of the last DAYS days.
  const owner = await app.services.admin.createAccountWithOwner({
    name: 'Bench MPS',
    email: 'bench@example.com',
    userName: 'Bench',
    role: 'provider',
  });
  const p: Principal = { accountId: owner.account_id, role: 'provider', scope: 'full', keyId: null, userId: null };
  const today = new Date().toISOString().slice(0, 10);
  const customers = [];
  for (let i = 0; i < CUSTOMERS; i++) customers.push(await app.services.accounts.create(p, undefined, { name: `Customer ${i + 1}` }));
  await Promise.all(
    customers.map(async (c, i) => {
      for (let d = DAYS; d >= 1; d--) await buildDeposit(app.db, c.id, addDays(today, -d), 200 + ((i * 37 + d * 13) % 400));
    }),
  );

  // Fresh planner statistics, as a database in service has (the deposits were all inserted just now).
  await sql`ANALYZE`.execute(app.db);

  const headers = { authorization: `Bearer ${owner.api_key}` };
  const accountUrl = `${started.url}/v1/account`;
  const volumeUrl = `${started.url}/v1/accounts/${owner.account_id}/volume`;

  // Both endpoints answer 200 with what the bench expects (over a client that does verify the certificate).
  const agent = new Agent({ connect: { ca } });
  try {
    for (const [url, want] of [
      [accountUrl, (b: unknown) => (b as { id?: string }).id === owner.account_id],
      [volumeUrl, (b: unknown) => Array.isArray(b) && b.length >= 12],
    ] as const) {
      const res = await request(url, { dispatcher: agent, headers });
      const body: unknown = await res.body.json();
      if (res.statusCode !== 200 || !want(body)) throw new Error(`${url}: ${res.statusCode} ${JSON.stringify(body).slice(0, 300)}`);
    }
    const helloRes = await request(helloUrl, { dispatcher: agent });
    if (helloRes.statusCode !== 200) throw new Error(`hello-world: ${helloRes.statusCode}`);
    await helloRes.body.dump();
  } finally {
    await agent.close();
  }

  const helloRps = await rps(helloUrl);
  const accountRps = await rps(accountUrl, headers);
  const volumeRps = await rps(volumeUrl, headers);
  // autocannon drops its connections when the time is up, with requests still in flight: let their handlers finish
  // before app.close() destroys the database pool under them (it waits for the sockets, not for the handlers).
  await setTimeout(1000);

  const round1 = (n: number) => Math.round(n * 10) / 10;
  const round3 = (n: number) => Math.round(n * 1000) / 1000;
  console.log(`hello-world: ${round1(helloRps)} req/s`);
  console.log(`GET /v1/account: ${round1(accountRps)} req/s (${round3(accountRps / helloRps)} of hello-world)`);
  console.log(`GET /v1/accounts/:id/volume: ${round1(volumeRps)} req/s (${round3(volumeRps / helloRps)} of hello-world)`);
  console.log(
    JSON.stringify({
      bench: 'api',
      hello_rps: round1(helloRps),
      account_rps: round1(accountRps),
      volume_rps: round1(volumeRps),
      account_ratio: round3(accountRps / helloRps),
      volume_ratio: round3(volumeRps / helloRps),
      connections: CONNECTIONS,
      pipelining: PIPELINING,
      duration_s: DURATION_S,
      warmup_s: WARMUP_S,
      customers: CUSTOMERS,
      deposit_days: DAYS,
    }),
  );
} finally {
  await helloApp?.close();
  await app.close();
  await database.drop();
  await fs.rm(tmp, { recursive: true, force: true });
}
