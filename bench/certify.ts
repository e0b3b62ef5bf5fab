/**
 * Certificate benchmark (issue 6). Last output line: one JSON object.
 *  (a) closing one month for 10,000 customer accounts with a month of daily deposits each (target ≤ 10 s);
 *  (b) the median time to render one certificate PDF (target ≤ 50 ms);
 *  (c) issue 15 rule 5: the close after one new deposit costs the same whether it is dated 0001-01-01, 2000-01-01 or
 *      last month (statements run, rows returned, time), and a close with nothing changed.
 * Runs on a fresh database (bench-database.ts); the month close is the same code the hourly job and `canopy certify` run.
 */
import { randomUUID } from 'node:crypto';
import { QueryCounter } from '../src/db/query-counter.js';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createApp } from '../src/app.js';
import { renderCertificatePdf } from '../src/certificates/certificate-pdf.js';
import { createMonthClose } from '../src/certificates/month-close.js';
import { fixedClock } from '../src/clock.js';
import { createLogger } from '../src/observability/logger.js';
import { testConfig } from '../test/harness/config.js';
import { createBenchDatabase } from './bench-database.js';

const ACCOUNTS = 10_000;
const MONTH = '2026-10-01';
const PDF_RENDERS = 200;

const logger = createLogger({ level: 'warn', pretty: false, toStderr: true });
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-'));
await fs.chmod(tmp, 0o755);
const database = await createBenchDatabase(tmp, logger);
const app = await createApp({
  config: testConfig({ dataDir: tmp }),
  logger,
  databaseUrl: database.url,
  clock: fixedClock(new Date('2026-11-20T09:00:00Z')),
});

try {
  const owner = await app.services.admin.createAccountWithOwner({
    name: 'Bench MPS',
    email: 'bench@example.com',
    userName: 'Bench',
    role: 'provider',
  });
  const seedStart = performance.now();
  await sql`
    WITH ids AS (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ${ACCOUNTS}) AS n)
    INSERT INTO accounts (id, parent_id, ancestry, name, role)
    SELECT id, ${owner.account_id}::uuid, ARRAY[${owner.account_id}::uuid, id], 'Customer ' || n, 'customer' FROM ids`.execute(app.db);
  await sql`
    INSERT INTO deposits (account_id, date, pages, standard_pages)
    SELECT a.id, d::date, p, p
    FROM accounts a, generate_series(${MONTH}::date, ${MONTH}::date + interval '1 month' - interval '1 day', interval '1 day') AS d,
         LATERAL (SELECT (100 + floor(random() * 900))::bigint AS p) AS r
    WHERE a.role = 'customer'`.execute(app.db);
  await sql`ANALYZE`.execute(app.db);
  const seedMs = performance.now() - seedStart;

  const closeStart = performance.now();
  const closed = await app.services.monthClose.closeMonth(MONTH);
  const closeMs = performance.now() - closeStart;
  const again = await app.services.monthClose.closeMonth(MONTH);
  const transactions = await app.db
    .selectFrom('transactions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(`seeded ${ACCOUNTS} accounts × 31 days in ${(seedMs / 1000).toFixed(1)} s`);
  console.log(
    `closed ${MONTH.slice(0, 7)}: ${closed.issued} certificates, ${closed.rollups} roll-up, ${transactions.n} transactions ` +
      `in ${(closeMs / 1000).toFixed(2)} s (a second close issued ${again.issued})`,
  );

  const cert = await app.db.selectFrom('certificates').select('id').where('kind', '=', 'account').limit(1).executeTakeFirstOrThrow();
  const view = (await app.services.certificates.publicView(cert.id))!;
  await renderCertificatePdf(view); // warm-up (fonts, code paths)
  const times: number[] = [];
  for (let i = 0; i < PDF_RENDERS; i++) {
    const t0 = performance.now();
    await renderCertificatePdf(view);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `PDF render over ${PDF_RENDERS} runs: median ${median.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms`,
  );
  // (c) One new customer's deposit, dated far back or last month, then the close the hourly job runs.
  const closeAfter = async (date: string | null) => {
    if (date) {
      const id = randomUUID();
      const name = `Late ${date}`;
      await sql`INSERT INTO accounts (id, parent_id, ancestry, name, role)
        VALUES (${id}::uuid, ${owner.account_id}::uuid, ARRAY[${owner.account_id}::uuid, ${id}::uuid], ${name}, 'customer')`.execute(
        app.db,
      );
      await sql`INSERT INTO deposits (account_id, date, pages, standard_pages) VALUES (${id}::uuid, ${date}::date, 1000, 1000)`.execute(
        app.db,
      );
    }
    const counter = new QueryCounter();
    const close = createMonthClose({ db: app.db.withPlugin(counter), clock: app.clock, graceBusinessDays: 5, holidayRegion: 'GB-ENG' });
    const t0 = performance.now();
    const r = await close.closeDue();
    return { date, ms: Number((performance.now() - t0).toFixed(1)), queries: counter.queries, rows: counter.rows, ...r };
  };
  const cost = [await closeAfter(null), await closeAfter('0001-01-01'), await closeAfter('2000-01-01'), await closeAfter('2026-10-15')];
  for (const c of cost)
    console.log(
      `close after ${c.date ? `a deposit dated ${c.date}` : 'nothing new'}: ${c.accounts} account(s) visited, ${c.issued} issued, ` +
        `${c.queries} statements, ${c.rows} rows, ${c.ms} ms`,
    );

  console.log(
    JSON.stringify({
      close_cost: cost.map((c) => ({
        deposit_date: c.date,
        ms: c.ms,
        statements: c.queries,
        rows: c.rows,
        accounts: c.accounts,
        issued: c.issued,
      })),
      accounts: ACCOUNTS,
      certificates_issued: closed.issued,
      month_close_s: Number((closeMs / 1000).toFixed(2)),
      month_close_target_s: 10,
      pdf_render_median_ms: Number(median.toFixed(2)),
      pdf_render_target_ms: 50,
    }),
  );
} finally {
  await app.close();
  await database.drop();
  await fs.rm(tmp, { recursive: true, force: true });
}
