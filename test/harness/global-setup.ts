import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { startEmbeddedCluster } from '../../src/db/embedded.js';
import { migrateWorkerSchema } from '../../src/jobs/worker.js';
import { createLogger } from '../../src/observability/logger.js';
import { dashboardBuilt } from '../../src/http/dashboard.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL to a database on the test server with the right to CREATE DATABASE. */
    pgAdminUrl: string;
    /** A migrated database every test file copies its own database from. */
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set (CI points it at the machine's server), else an
 * embedded cluster in a temporary directory. A template database is migrated once; each test file gets a copy.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', pretty: false, toStderr: true });
  // The dashboard the app serves (browser tests): built from web/ on CI, and locally when there is no build yet.
  if (process.env.CI || !dashboardBuilt())
    await build({ configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tmp: string | undefined;
  if (!adminUrl) {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-test-pg-'));
    await fs.chmod(tmp, 0o755); // the cluster runs as the postgres user when tests run as root
    const cluster = await startEmbeddedCluster(tmp, logger);
    adminUrl = cluster.url;
    stopEmbedded = cluster.stop;
  }

  const template = `canopy_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const templateUrl = withDatabase(adminUrl, template);
  const db = createDb(templateUrl, { max: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  await migrateWorkerSchema(templateUrl, logger);

  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
        `canopy_t${process.pid}_%`,
        template,
      ]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    } finally {
      await client.end();
    }
    await stopEmbedded?.();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
