import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../observability/logger.js';
import { embeddedPaths, runningCluster, startEmbeddedCluster } from './embedded.js';

const logger = createLogger({ level: 'silent', pretty: false });
const dirs: string[] = [];

async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-embedded-'));
  await fs.chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text)).rows;
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

describe('embedded PostgreSQL', () => {
  it('starts in the data directory, stops cleanly, and keeps its data across a restart', async () => {
    const dataDir = await tempDataDir();
    const first = await startEmbeddedCluster(dataDir, logger);
    expect(first.owned).toBe(true);
    expect(first.url).toMatch(/^postgres:\/\/canopy:[^@]+@127\.0\.0\.1:\d+\/canopy$/);
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    expect(await runningCluster(embeddedPaths(dataDir).cluster)).toMatchObject({ port: first.port });

    await first.stop();
    expect(await runningCluster(embeddedPaths(dataDir).cluster)).toBeUndefined();
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow();

    const second = await startEmbeddedCluster(dataDir, logger);
    try {
      expect(await query<{ v: string }>(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
      // The password is generated once and kept private.
      const stat = await fs.stat(embeddedPaths(dataDir).passwordFile);
      expect(stat.mode & 0o077).toBe(0);
    } finally {
      await second.stop();
    }
  });

  it('explains when, running as root, the postgres user cannot reach the data directory', async () => {
    const outer = await tempDataDir();
    await fs.chmod(outer, 0o700); // like /root
    const attempt = startEmbeddedCluster(path.join(outer, 'data'), logger);
    if (process.getuid?.() === 0) {
      await expect(attempt).rejects.toThrow(/postgres user, which cannot enter .*CANOPY_DATA_DIR/);
    } else {
      const cluster = await attempt; // not root: PostgreSQL runs as us and needs nothing more
      await cluster.stop();
    }
  });

  it('attaches to a cluster another process runs instead of starting a second one', async () => {
    const dataDir = await tempDataDir();
    const owner = await startEmbeddedCluster(dataDir, logger);
    try {
      const guest = await startEmbeddedCluster(dataDir, logger);
      expect(guest.owned).toBe(false);
      expect(guest.port).toBe(owner.port);
      await guest.stop(); // a guest never stops the owner's cluster
      expect(await query(owner.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await owner.stop();
    }
  });
});
