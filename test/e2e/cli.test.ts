import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedPaths, freePort, runningCluster } from '../../src/db/embedded.js';
import { apiClient } from '../harness/https.js';
import { cliEnv, runCli, startCli } from '../harness/cli.js';
import { useTestDatabase } from '../harness/database.js';

const dirs: string[] = [];
async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-cli-'));
  await fs.chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

const database = useTestDatabase();
const MASTER_KEY = randomBytes(32).toString('base64');

describe('canopy demo (npm start)', () => {
  it('starts on the embedded default, writes usable credentials, and reuses them on a second start', async () => {
    const dataDir = path.join(await tempDataDir(), 'data'); // created by the demo itself, as on a fresh clone
    const port = await freePort();
    const env = cliEnv({ CANOPY_DATA_DIR: dataDir, PORT: String(port) });
    const credsFile = path.join(dataDir, 'demo-credentials.json');

    const first = await startCli(['demo'], env, /Canopy demo is ready: https:\/\/localhost:\d+/);
    const creds = JSON.parse(await fs.readFile(credsFile, 'utf8'));
    expect(Object.keys(creds).sort()).toEqual(['account_id', 'api_key', 'ca_cert', 'email', 'password', 'url']);
    expect(creds.url).toBe(`https://localhost:${port}`);
    expect(creds.ca_cert).toBe(path.join(dataDir, 'tls', 'ca.pem'));
    expect((await fs.stat(credsFile)).mode & 0o777).toBe(0o600);
    expect(first.output()).not.toContain(creds.api_key); // the key is in the 0600 file, not the log

    const ca = await fs.readFile(creds.ca_cert, 'utf8');
    const api = apiClient(
      () => creds.url,
      () => ca,
    );
    try {
      expect((await api('GET', '/healthz')).status).toBe(200);
      // It opens on the dashboard, and the demo user can sign in to it.
      const home = await api('GET', '/', { headers: { accept: 'text/html' } });
      expect(home.status).toBe(200);
      expect(home.text).toMatch(/<div id="root">/);
      expect((await api('POST', '/v1/session', { body: { email: creds.email, password: creds.password } })).json.account.id).toBe(
        creds.account_id,
      );
      const mine = await api('GET', '/v1/account', { key: creds.api_key, auth: 'basic' });
      expect(mine.status).toBe(200);
      expect(mine.json).toMatchObject({ id: creds.account_id, role: 'provider' });
      // The demo registered its OneStop simulator as a server, with customer feeds up to two years back.
      const servers = await api('GET', '/v1/servers', { key: creds.api_key });
      expect(servers.json).toHaveLength(1);
      expect(servers.json[0]).toMatchObject({ type: 'onestop', password: null, health_check: 'healthy' });
      const customers = await api('GET', '/v1/accounts', { key: creds.api_key });
      expect(customers.json.length).toBeGreaterThanOrEqual(8);
      const feeds = await api('GET', `/v1/accounts/${customers.json[0].id}/feeds`, { key: creds.api_key });
      expect(feeds.json).toHaveLength(1);
      // Once the backfill is done: certificates for the past months, and the stale demo customer's notification.
      for (let i = 0; i < 240 && !/demo certificates: /.test(first.output()); i++) await new Promise((r) => setTimeout(r, 250));
      const certificates = (await api('GET', '/v1/certificates?include_descendants=true', { key: creds.api_key })).json as Array<{
        pages: number;
        url: string;
        account_id: string;
      }>;
      // The oldest demo feed goes two years back: at least a year of monthly certificates for its customer.
      const perAccount = new Map<string, number>();
      for (const c of certificates) perAccount.set(c.account_id, (perAccount.get(c.account_id) ?? 0) + 1);
      expect(Math.max(...perAccount.values())).toBeGreaterThanOrEqual(12);
      expect(certificates.every((c) => c.pages > 0 && c.url.startsWith(creds.url))).toBe(true);
      const notes = (await api('GET', '/v1/notifications', { key: creds.api_key })).json;
      expect(notes[0]).toMatchObject({ type: 'health.changed', deliveries: [{ channel: 'log', status: 'delivered' }] });
      expect(first.output()).toMatch(/notification \(no SMTP_URL configured\): \[Canopy\] Feed of .* is unhealthy/);
      const child = await api('POST', '/v1/accounts', { key: creds.api_key, body: { name: 'Kept across restarts' } });
      expect(child.status).toBe(201);

      expect(await first.stop('SIGTERM'), first.output().split('shutting down')[1]?.slice(0, 1500)).toBe(0);
      expect(await runningCluster(embeddedPaths(dataDir).cluster)).toBeUndefined();

      const second = await startCli(['demo'], env, /Canopy demo is ready/);
      try {
        const again = JSON.parse(await fs.readFile(credsFile, 'utf8'));
        expect(again).toEqual(creds);
        await api.close();
        const kept = await apiClient(
          () => creds.url,
          () => ca,
        )('GET', `/v1/accounts/${child.json.id}`, { key: creds.api_key });
        expect(kept.status).toBe(200);
        expect(kept.json.name).toBe('Kept across restarts');
        // Same server and feeds, pointed at the simulator's new address.
        const again2 = await apiClient(
          () => creds.url,
          () => ca,
        )('GET', '/v1/servers', { key: creds.api_key });
        expect(again2.json.map((x: { id: string }) => x.id)).toEqual(servers.json.map((x: { id: string }) => x.id));
      } finally {
        expect(await second.stop('SIGINT')).toBe(0);
      }
      expect(await runningCluster(embeddedPaths(dataDir).cluster)).toBeUndefined();
    } finally {
      await api.close();
      await first.stop('SIGKILL');
    }
  });
});

describe('canopy serve and admin on the embedded cluster', () => {
  it('lets admin commands attach to the cluster a running server owns', async () => {
    const dataDir = await tempDataDir();
    const port = await freePort();
    const env = cliEnv({ CANOPY_DATA_DIR: dataDir, PORT: String(port) });
    const serve = await startCli(['serve'], env, /Canopy API listening on https:\/\/localhost:\d+/);
    try {
      const made = await runCli(
        ['admin', 'create-account', '--name', 'Hartley Print', '--email', 'ops@hartley.example', '--user-name', 'Sam Hartley', '--json'],
        env,
      );
      expect(made.code).toBe(0);
      const out = JSON.parse(made.stdout);
      expect(Object.keys(out).sort()).toEqual(['account_id', 'api_key', 'user_id']);

      const ca = await fs.readFile(path.join(dataDir, 'tls', 'ca.pem'), 'utf8');
      const api = apiClient(
        () => `https://localhost:${port}`,
        () => ca,
      );
      const mine = await api('GET', '/v1/account', { key: out.api_key });
      await api.close();
      expect(mine.json).toMatchObject({ id: out.account_id, name: 'Hartley Print', role: 'provider', users_count: 1 });
      // The admin command did not stop the server's cluster on its way out.
      expect(await runningCluster(embeddedPaths(dataDir).cluster)).toBeDefined();
    } finally {
      expect(await serve.stop('SIGTERM')).toBe(0);
    }
    expect(serve.output()).toMatch(/stopped cleanly/);
    expect(await runningCluster(embeddedPaths(dataDir).cluster)).toBeUndefined();
  });
});

describe('CLI against DATABASE_URL', () => {
  it('migrates, creates accounts, and runs a worker that stops cleanly', async () => {
    const env = cliEnv({ DATABASE_URL: database.url(), CANOPY_DATA_DIR: await tempDataDir(), CANOPY_MASTER_KEY: MASTER_KEY });
    const migrated = await runCli(['migrate'], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('Database is up to date.');

    const parent = JSON.parse(
      (await runCli(['admin', 'create-account', '--name', 'P', '--email', 'p@example.com', '--user-name', 'Pat', '--json'], env)).stdout,
    );
    const child = await runCli(
      ['admin', 'create-account', '--name', 'C', '--email', 'c@example.com', '--user-name', 'Cat', '--parent', parent.account_id, '--json'],
      env,
    );
    expect(child.code).toBe(0);
    const row = await database
      .db()
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', JSON.parse(child.stdout).account_id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ parent_id: parent.account_id, role: 'customer' });

    const certified = await runCli(['certify'], env);
    expect(certified.code).toBe(0);
    expect(certified.stdout).toMatch(/Issued 0 certificates \(nothing new/);

    const worker = await startCli(['worker'], env, /Canopy worker started/);
    expect(await worker.stop('SIGTERM')).toBe(0);
  });

  it.each([
    [['admin', 'create-account', '--name', 'X'], /required option/],
    [['admin', 'create-account', '--name', 'X', '--email', 'not-an-email', '--user-name', 'Y'], /email/],
    [['admin', 'create-account', '--name', 'X', '--email', 'x@example.com', '--user-name', 'Y', '--parent', 'nope'], /--parent/],
    [['admin', 'create-account', '--name', 'X', '--email', 'x@example.com', '--user-name', 'Y', '--role', 'king'], /--role/],
    [['admin', 'create-account', '--name', 'X', '--email', 'p@example.com', '--user-name', 'Y'], /already exists/],
    [['bogus'], /unknown command/],
    [['certify', '--month', '2026-13'], /YYYY-MM/],
    [['certify', '--month', '2999-01'], /has not ended/],
    [['certify', '--account', '00000000-0000-4000-8000-000000000000'], /no account/],
  ])('canopy %j fails with one clear line and changes nothing', async (args, message) => {
    const env = cliEnv({ DATABASE_URL: database.url(), CANOPY_DATA_DIR: await tempDataDir(), CANOPY_MASTER_KEY: MASTER_KEY });
    const before = await database
      .db()
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await runCli(args, env);
    expect(res.code).not.toBe(0);
    const lines = res.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('{'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    const after = await database
      .db()
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses to start on a production database without a master key', async () => {
    const res = await runCli(['migrate'], cliEnv({ DATABASE_URL: database.url(), CANOPY_DATA_DIR: await tempDataDir() }));
    expect(res.code).toBe(78);
    expect(
      res.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('{')),
    ).toEqual([expect.stringMatching(/CANOPY_MASTER_KEY is required/)]);
  });

  it('prints help with the configuration variables', async () => {
    const res = await runCli(['--help'], cliEnv({}));
    expect(res.code).toBe(0);
    for (const word of ['demo', 'serve', 'worker', 'migrate', 'admin', 'DATABASE_URL', 'CANOPY_DATA_DIR'])
      expect(res.stdout).toContain(word);
  });
});
