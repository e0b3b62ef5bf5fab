/**
 * Benchmark of the OneStop simulator (issue 3): `npx tsx bench/simulator.ts`.
 *
 * The simulator runs in a child process (its own core, as in a demo) with 1,000 customers × 5 years of history;
 * this process is the client (undici, keep-alive, a few connections, over real HTTPS). It measures:
 *  - start-up time, and the time to touch every customer once (first counters request per customer);
 *  - resident memory (RSS) of the simulator after touching every customer (after a GC);
 *  - counters requests per second (zero latency, no faults), and the simulator's CPU time per request, from which
 *    the requests per second one core can serve follows (the client shares the machine).
 * Prints the figures, then one JSON object as the last line. Targets: ≥ 5,000 req/s, ≤ 150 MB.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';

const CUSTOMERS = 1000;
const HISTORY_DAYS = 1826;
const TODAY = '2026-03-10';
const CONNECTIONS = 8;
const IN_FLIGHT = 16;
const WARMUP_MS = 2_000;
const MEASURE_MS = 10_000;
const TARGET_RPS = 5_000;
const TARGET_RSS_MB = 150;

type ChildMessage =
  | { type: 'ready'; url: string; ca: string; startMs: number }
  | { type: 'usage'; rss: number; heapUsed: number; cpuUs: number; cachedBytes: number };

if (process.argv[2] === 'child') await runChild();
else await runParent();

/** The simulator process: starts it, then answers usage questions over IPC. */
async function runChild(): Promise<void> {
  const { startSimulator } = await import('../src/simulator/sim-server.js');
  const tlsDir = process.argv[3]!;
  const started = performance.now();
  const sim = await startSimulator({ tlsDir, today: TODAY, customers: CUSTOMERS, historyDays: HISTORY_DAYS, seed: 1 });
  send({ type: 'ready', url: sim.url, ca: sim.ca, startMs: performance.now() - started });
  process.on('message', (msg: { type: string }) => {
    if (msg.type === 'usage') {
      (globalThis as { gc?: () => void }).gc?.();
      const cpu = process.cpuUsage();
      const mem = process.memoryUsage();
      send({ type: 'usage', rss: mem.rss, heapUsed: mem.heapUsed, cpuUs: cpu.user + cpu.system, cachedBytes: sim.fleet.cachedBytes() });
    } else if (msg.type === 'stop') {
      void sim.close().then(() => process.exit(0));
    }
  });
}

function send(msg: ChildMessage): void {
  process.send?.(msg);
}

async function runParent(): Promise<void> {
  const tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-sim-'));
  const self = fileURLToPath(import.meta.url);
  const child = fork(self, ['child', tlsDir], {
    execArgv: [...process.execArgv, '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const spawned = performance.now();
  try {
    const ready = await nextMessage(child, 'ready');
    const readyMs = performance.now() - spawned;
    const pool = new Pool(ready.url, { connect: { ca: ready.ca }, connections: CONNECTIONS, pipelining: 1 });
    const token = await login(pool);
    const baseline = await nextUsage(child);

    // Touch every customer once: each computes its checkpoints on its first request.
    const touchStarted = performance.now();
    await runConcurrently(CUSTOMERS, IN_FLIGHT, (i) => summary(pool, token, 1001 + i, '2026-03-09'));
    const touchMs = performance.now() - touchStarted;
    const touched = await nextUsage(child);

    // Throughput: random customers and dates over the whole history.
    const history = Array.from({ length: HISTORY_DAYS }, (_, i) => new Date(Date.UTC(2026, 2, 9 - i)).toISOString().slice(0, 10));
    let seed = 12345;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const load = async (ms: number, latencies?: number[]) => {
      let done = 0;
      const until = performance.now() + ms;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (performance.now() < until) {
            const t0 = performance.now();
            await summary(pool, token, 1001 + random(CUSTOMERS), history[random(HISTORY_DAYS)]!);
            latencies?.push(performance.now() - t0);
            done++;
          }
        }),
      );
      return done;
    };
    await load(WARMUP_MS);
    const before = await nextUsage(child);
    const latencies: number[] = [];
    const measureStarted = performance.now();
    const requests = await load(MEASURE_MS, latencies);
    const elapsedS = (performance.now() - measureStarted) / 1000;
    const after = await nextUsage(child);
    await pool.close();

    latencies.sort((a, b) => a - b);
    const serverCpuUs = after.cpuUs - before.cpuUs;
    const result = {
      bench: 'onestop-simulator',
      customers: CUSTOMERS,
      history_days: HISTORY_DAYS,
      cpus: os.cpus().length,
      startup_ms: Math.round(ready.startMs),
      process_ready_ms: Math.round(readyMs),
      touch_all_customers_ms: Math.round(touchMs),
      rss_mb_idle: round1(baseline.rss / 2 ** 20),
      rss_mb_after_touching_all: round1(touched.rss / 2 ** 20),
      rss_mb_after_load: round1(after.rss / 2 ** 20),
      heap_used_mb_after_touching_all: round1(touched.heapUsed / 2 ** 20),
      model_cache_kb: Math.round(touched.cachedBytes / 1024),
      counters_requests: requests,
      counters_rps: Math.round(requests / elapsedS),
      latency_ms_p50: round1(latencies[Math.floor(latencies.length * 0.5)] ?? 0),
      latency_ms_p99: round1(latencies[Math.floor(latencies.length * 0.99)] ?? 0),
      server_cpu_us_per_request: round1(serverCpuUs / requests),
      server_cpu_utilisation: round1(serverCpuUs / 1e6 / elapsedS),
      rps_per_server_core: Math.round((requests * 1e6) / serverCpuUs),
      targets: { counters_rps: TARGET_RPS, rss_mb: TARGET_RSS_MB },
      pass: requests / elapsedS >= TARGET_RPS && touched.rss / 2 ** 20 <= TARGET_RSS_MB,
    };
    console.log(
      `simulator: ${CUSTOMERS} customers × ${HISTORY_DAYS} days, started in ${result.startup_ms} ms ` +
        `(process ready in ${result.process_ready_ms} ms)`,
    );
    console.log(`touching every customer once: ${result.touch_all_customers_ms} ms; model cache ${result.model_cache_kb} kB`);
    console.log(
      `resident memory: ${result.rss_mb_idle} MB idle, ${result.rss_mb_after_touching_all} MB after touching all ` +
        `(target ≤ ${TARGET_RSS_MB} MB), ` +
        `${result.rss_mb_after_load} MB after the load test`,
    );
    console.log(
      `counters requests: ${result.counters_rps} req/s over ${CONNECTIONS} keep-alive connections (target ≥ ${TARGET_RPS}); ` +
        `p50 ${result.latency_ms_p50} ms, p99 ${result.latency_ms_p99} ms`,
    );
    console.log(
      `simulator CPU: ${result.server_cpu_us_per_request} µs per request, ` +
        `${Math.round(result.server_cpu_utilisation * 100)}% of one core ` +
        `→ ${result.rps_per_server_core} req/s per core`,
    );
    console.log(JSON.stringify(result));
  } finally {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
    await fs.rm(tlsDir, { recursive: true, force: true });
  }
}

async function login(pool: Pool): Promise<string> {
  const res = await pool.request({
    path: '/api/v1/token',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo', password: 'demo-password' }),
  });
  const body = (await res.body.json()) as { access_token: string };
  return body.access_token;
}

async function summary(pool: Pool, token: string, id: number, date: string): Promise<void> {
  const res = await pool.request({
    path: `/api/v1/customers/${id}/meter-readings/summary?date=${date}`,
    method: 'GET',
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${text}`);
}

async function runConcurrently(n: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

function nextMessage<T extends ChildMessage['type']>(child: ChildProcess, type: T): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: ChildMessage) => {
      if (msg.type === type) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(msg as Extract<ChildMessage, { type: T }>);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`the simulator exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function nextUsage(child: ChildProcess) {
  const reply = nextMessage(child, 'usage');
  child.send({ type: 'usage' });
  return reply;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
