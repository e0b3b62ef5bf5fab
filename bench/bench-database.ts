import path from 'node:path';
import pg from 'pg';
import { startEmbeddedCluster } from '../src/db/embedded.js';
import type { Logger } from '../src/observability/logger.js';

/**
 * A fresh database for one benchmark run: on BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the machine's
 * PostgreSQL on 127.0.0.1:5432, else an embedded cluster in `tmp`. drop() removes it (and stops the cluster).
 */
export async function createBenchDatabase(tmp: string, logger: Logger): Promise<{ url: string; drop: () => Promise<void> }> {
  let admin: { url: string; stop: () => Promise<void> } | undefined;
  for (const url of [process.env.BENCH_DATABASE_URL, process.env.TEST_DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(
    Boolean,
  ) as string[]) {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.end();
      admin = { url, stop: async () => {} };
      break;
    } catch {
      await c.end().catch(() => {});
    }
  }
  if (!admin) {
    const cluster = await startEmbeddedCluster(path.join(tmp, 'pg'), logger);
    admin = { url: cluster.url, stop: cluster.stop };
  }
  const name = `canopy_bench_${process.pid}`;
  const ac = new pg.Client({ connectionString: admin.url });
  await ac.connect();
  await ac.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin.url);
  url.pathname = '/' + name;
  const stop = admin.stop;
  return {
    url: url.toString(),
    drop: async () => {
      await ac.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await ac.end();
      await stop();
    },
  };
}
