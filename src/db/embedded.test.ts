import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** A process that starts the cluster of `dataDir` (so owns it) and stays up until it is killed. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const children: ChildProcess[] = [];
function ownerProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const module = (name: string) => JSON.stringify(fileURLToPath(new URL(name, import.meta.url)));
  const script =
    `import { startEmbeddedCluster } from ${module('./embedded.ts')};` +
    `import { createLogger } from ${module('../observability/logger.ts')};` +
    `const c = await startEmbeddedCluster(${JSON.stringify(dataDir)}, createLogger({ level: 'silent', pretty: false }));` +
    `process.stdout.write(JSON.stringify({ url: c.url }) + '\\n'); setInterval(() => {}, 60_000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, url: JSON.parse(out).url });
    });
    child.on('exit', (code) => reject(new Error(`the owner process exited with ${code}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const until = performance.now() + ms; performance.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (await condition()) return true;
  }
  return condition();
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
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

  it('stops the cluster when its owner dies without stopping it (SIGKILL)', async () => {
    const dataDir = await tempDataDir();
    const owner = await ownerProcess(dataDir);
    const { cluster } = embeddedPaths(dataDir);
    expect(await runningCluster(cluster)).toBeDefined();
    await killed(owner.child);
    // Its watchdog asks for a fast shutdown.
    expect(await waitFor(async () => !(await runningCluster(cluster)), 20_000)).toBe(true);
  });

  it('stops a cluster left running by a dead owner (its watchdog killed too) and starts afresh with the same data', async () => {
    const dataDir = await tempDataDir();
    const { cluster, ownerFile } = embeddedPaths(dataDir);
    const owner = await ownerProcess(dataDir);
    await query(owner.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    const record = JSON.parse(await fs.readFile(ownerFile, 'utf8'));
    expect(record).toMatchObject({ pid: owner.child.pid, postmaster: (await runningCluster(cluster))!.pid });
    process.kill(record.watchdog, 'SIGKILL');
    await killed(owner.child);
    await new Promise((r) => setTimeout(r, 500));
    const orphan = await runningCluster(cluster);
    expect(orphan?.pid).toBe(record.postmaster);

    const next = await startEmbeddedCluster(dataDir, logger);
    try {
      expect(next.owned).toBe(true);
      expect((await runningCluster(cluster))?.pid).not.toBe(orphan!.pid);
      expect(await query<{ v: string }>(next.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
      expect(JSON.parse(await fs.readFile(ownerFile, 'utf8')).pid).toBe(process.pid);
    } finally {
      await next.stop();
    }
    expect(await runningCluster(cluster)).toBeUndefined();
    await expect(fs.access(ownerFile)).rejects.toThrow();
  });
});
