import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedPaths, freePort, runningCluster } from '../../src/db/embedded.js';
import { cliEnv, type RunningCli, startCli } from '../harness/cli.js';
import { apiClient } from '../harness/https.js';

const dirs: string[] = [];
const demos: RunningCli[] = [];
afterAll(async () => {
  for (const d of demos) await d.stop('SIGKILL');
  for (const d of dirs) {
    // Never leave a cluster of ours behind, whatever failed.
    const left = await runningCluster(embeddedPaths(path.join(d, 'data')).cluster);
    if (left) process.kill(left.pid, 'SIGQUIT');
    await fs.rm(d, { recursive: true, force: true });
  }
});

const READY = /Canopy demo is ready: https:\/\/localhost:\d+/;

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const until = performance.now() + ms; performance.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (await condition()) return true;
  }
  return condition();
}

describe('canopy demo killed with SIGKILL', () => {
  it('does not leave its embedded PostgreSQL running, and the next start owns the same data', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sigkill-'));
    await fs.chmod(dir, 0o755);
    dirs.push(dir);
    const dataDir = path.join(dir, 'data');
    const { cluster, ownerFile } = embeddedPaths(dataDir);
    const env = cliEnv({ CANOPY_DATA_DIR: dataDir, PORT: String(await freePort()) });
    const demo = async () => {
      const d = await startCli(['demo'], env, READY, 120_000);
      demos.push(d);
      return d;
    };
    const credentials = async () => JSON.parse(await fs.readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
    /** GET /v1/account with the saved demo API key. */
    const account = async () => {
      const creds = await credentials();
      const ca = await fs.readFile(creds.ca_cert, 'utf8');
      const api = apiClient(
        () => creds.url,
        () => ca,
      );
      try {
        const mine = await api('GET', '/v1/account', { key: creds.api_key, auth: 'basic' });
        return { status: mine.status, id: mine.json?.id };
      } finally {
        await api.close();
      }
    };

    // 1. SIGKILL: the cluster stops with its owner (its watchdog), and the next start owns a fresh postmaster.
    const first = await demo();
    const creds = await credentials();
    expect(await runningCluster(cluster)).toBeDefined();
    await first.stop('SIGKILL');
    expect(await waitFor(async () => !(await runningCluster(cluster)), 20_000)).toBe(true);

    // 2. SIGKILL of the demo and of its watchdog (as a kill of everything but PostgreSQL would): the cluster is left
    //    running, and the next start stops it and starts afresh on the same data.
    const second = await demo();
    expect(second.output()).not.toMatch(/attached to the embedded PostgreSQL/);
    expect(await account()).toMatchObject({ status: 200, id: creds.account_id });
    const owner = JSON.parse(await fs.readFile(ownerFile, 'utf8'));
    expect(owner.pid).toBe(second.child.pid);
    process.kill(owner.watchdog, 'SIGKILL');
    await second.stop('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    expect((await runningCluster(cluster))?.pid).toBe(owner.postmaster); // left behind

    const third = await demo();
    expect(third.output()).toMatch(/is gone: stopping the cluster it left running/);
    expect(third.output()).not.toMatch(/attached to the embedded PostgreSQL/);
    const running = await runningCluster(cluster);
    expect(running?.pid).not.toBe(owner.postmaster);
    expect(await account()).toMatchObject({ status: 200, id: creds.account_id });
    expect(JSON.parse(await fs.readFile(ownerFile, 'utf8')).pid).toBe(third.child.pid);

    // 3. A clean stop leaves no PostgreSQL of this cluster running.
    expect(await third.stop('SIGTERM'), third.output().split('shutting down')[1]?.slice(0, 1500)).toBe(0);
    expect(await runningCluster(cluster)).toBeUndefined();
    await expect(fs.access(ownerFile)).rejects.toThrow();
  }, 300_000);
});
