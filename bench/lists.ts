/**
 * List benchmark (issue 13). Last output line: one JSON object.
 * GET /v1/deposits of one account with 200,000 deposits over real HTTPS: the whole list (streamed from a database
 * cursor) and the same list paged with limit=10000 / after, each timed (rows/s) with this process's peak RSS above
 * its level before the request (the server and the client both run in it, so this is an upper bound for the server).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { Agent, request } from 'undici';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/observability/logger.js';
import { testConfig } from '../test/harness/config.js';
import { createBenchDatabase } from './bench-database.js';

const ROWS = 200_000;
const PAGE = 10_000;
const logger = createLogger({ level: 'warn', pretty: false, toStderr: true });
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-'));
await fs.chmod(tmp, 0o755);
const database = await createBenchDatabase(tmp, logger);
const app = await createApp({ config: testConfig({ dataDir: tmp }), logger, databaseUrl: database.url });

/** Runs `work`, sampling RSS every 5 ms: its duration and the peak RSS above the level before. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakRssMb: number; peakHeapMb: number }> {
  const before = process.memoryUsage();
  let peak = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const t0 = performance.now();
  try {
    const value = await work();
    return {
      value,
      ms: performance.now() - t0,
      peakRssMb: (Math.max(peak, process.memoryUsage().rss) - before.rss) / 2 ** 20,
      peakHeapMb: (peakHeap - before.heapUsed) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}

try {
  const { url, caFile } = await app.startHttp();
  const agent = new Agent({ connect: { ca: await fs.readFile(caFile!, 'utf8') } });
  const owner = await app.services.admin.createAccountWithOwner({
    name: 'Bench MPS',
    email: 'bench@example.com',
    userName: 'Bench',
    role: 'provider',
  });
  const headers = { authorization: `Bearer ${owner.api_key}` };
  await sql`
    INSERT INTO deposits (account_id, date, pages, standard_pages)
    SELECT ${owner.account_id}::uuid, DATE '2020-01-01' + (g % 1500), g % 997, g % 997 FROM generate_series(1, ${ROWS}) AS g`.execute(
    app.db,
  );
  await sql`ANALYZE deposits`.execute(app.db);

  const full = await measured(async () => {
    const res = await request(`${url}/v1/deposits`, { dispatcher: agent, headers });
    let rows = 0;
    let carry = '';
    for await (const chunk of res.body) {
      const text = carry + (chunk as Buffer).toString('utf8');
      rows += text.split('{"id":"').length - 1;
      carry = text.slice(-6);
    }
    return rows;
  });

  const paged = await measured(async () => {
    let rows = 0;
    let pages = 0;
    let next: string | undefined = `/v1/deposits?limit=${PAGE}`;
    while (next) {
      const res: Awaited<ReturnType<typeof request>> = await request(`${url}${next}`, { dispatcher: agent, headers });
      const items = (await res.body.json()) as unknown[];
      rows += items.length;
      pages++;
      const link: string | string[] | undefined = res.headers.link;
      next = typeof link === 'string' ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
    }
    return { rows, pages };
  });
  await agent.close();

  console.log(
    `full list: ${full.value} rows in ${(full.ms / 1000).toFixed(2)} s, ` +
      `peak RSS +${full.peakRssMb.toFixed(1)} MiB, heap +${full.peakHeapMb.toFixed(1)} MiB`,
  );
  console.log(
    `paged (${PAGE}): ${paged.value.rows} rows in ${paged.value.pages} pages, ${(paged.ms / 1000).toFixed(2)} s, ` +
      `peak RSS +${paged.peakRssMb.toFixed(1)} MiB, heap +${paged.peakHeapMb.toFixed(1)} MiB`,
  );
  console.log(
    JSON.stringify({
      rows: ROWS,
      full_rows: full.value,
      full_rows_per_s: Math.round(full.value / (full.ms / 1000)),
      full_peak_rss_mb: Number(full.peakRssMb.toFixed(1)),
      full_peak_heap_mb: Number(full.peakHeapMb.toFixed(1)),
      paged_rows: paged.value.rows,
      paged_pages: paged.value.pages,
      paged_rows_per_s: Math.round(paged.value.rows / (paged.ms / 1000)),
      paged_peak_rss_mb: Number(paged.peakRssMb.toFixed(1)),
      paged_peak_heap_mb: Number(paged.peakHeapMb.toFixed(1)),
    }),
  );
} finally {
  await app.close();
  await database.drop();
  await fs.rm(tmp, { recursive: true, force: true });
}
