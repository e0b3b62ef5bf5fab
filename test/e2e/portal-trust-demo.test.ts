import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded.js';
import { startSimulator, type RunningSimulator } from '../../src/simulator/sim-server.js';
import { simClient } from '../../src/simulator/sim-test-client.js';
import { apiClient, type ApiClient } from '../harness/https.js';
import { cliEnv, runCli, startCli, type RunningCli } from '../harness/cli.js';

/**
 * Trust as a provider meets it (issue 17): in the demo, beside the demo's own portal (trusted through its server's CA),
 * a portal with a private CA uploaded with its server, and one trusted through NODE_EXTRA_CA_CERTS; all collect, and a
 * `canopy collect` on the same data directory trusts what the service trusts and leaves health as it was.
 */
const dirs: string[] = [];
const sims: RunningSimulator[] = [];
let demo: RunningCli | undefined;
let api: ApiClient;
let creds: { url: string; api_key: string; account_id: string; ca_cert: string };
let env: NodeJS.ProcessEnv;
let privateCa: RunningSimulator; // its CA is uploaded with its server
let extraCa: RunningSimulator; // its CA is in NODE_EXTRA_CA_CERTS

async function tempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await fs.chmod(dir, 0o755); // the embedded PostgreSQL's user must reach the data directory
  dirs.push(dir);
  return dir;
}

async function sim(opts: Parameters<typeof startSimulator>[0]): Promise<RunningSimulator> {
  const s = await startSimulator({ customers: 3, seed: 7, historyDays: 60, ...opts, tlsDir: await tempDir('canopy-trust-sim-') });
  sims.push(s);
  return s;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  privateCa = await sim({ seed: 11 });
  extraCa = await sim({ seed: 12 });
  const dataDir = path.join(await tempDir('canopy-trust-demo-'), 'data');
  env = cliEnv({ CANOPY_DATA_DIR: dataDir, PORT: String(await freePort()), NODE_EXTRA_CA_CERTS: extraCa.caFile });
  demo = await startCli(['demo'], env, /Canopy demo is ready: https:\/\/localhost:\d+/);
  creds = JSON.parse(await fs.readFile(path.join(dataDir, 'demo-credentials.json'), 'utf8'));
  const ca = await fs.readFile(creds.ca_cert, 'utf8');
  api = apiClient(
    () => creds.url,
    () => ca,
  );
  // The demo's backfill first (the CLI run below should find nothing busy).
  await waitFor('the demo backfill', async () => (/demo certificates: /.test(demo!.output()) ? true : undefined), 120_000);
}, 180_000);

afterAll(async () => {
  await api?.close();
  await demo?.stop('SIGTERM');
  for (const s of sims) await s.close();
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function register(s: RunningSimulator, extra: Record<string, unknown> = {}) {
  return api('POST', '/v1/servers', {
    key: creds.api_key,
    body: { type: 'onestop', url: s.url, username: 'demo', password: 'demo-password', ...extra },
  });
}

async function feedFor(serverId: string, externalId: string, activatedAt: string) {
  const account = await api('POST', '/v1/accounts', {
    key: creds.api_key,
    body: { name: `Customer ${externalId} of ${serverId.slice(0, 8)}` },
  });
  expect(account.status, account.text).toBe(201);
  const feed = await api('POST', `/v1/accounts/${account.json.id}/feeds`, {
    key: creds.api_key,
    body: { type: 'onestop', server_id: serverId, external_id: externalId, activated_at: activatedAt },
  });
  expect(feed.status, feed.text).toBe(201);
  return { accountId: account.json.id as string, feedId: feed.json.id as string };
}

/** The simulator's own figure for the days a feed reads (its truth, not Canopy's arithmetic). */
async function reported(s: RunningSimulator, customer: string, from: string, to: string): Promise<number> {
  const client = simClient(s);
  try {
    const t = await client.json<{ reported_standard_pages: number }>('GET', `/_sim/truth?customer=${customer}&from=${from}&to=${to}`);
    return t.body.reported_standard_pages;
  } finally {
    await client.close();
  }
}

async function depositedPages(accountId: string): Promise<number> {
  const list = (await api('GET', `/v1/accounts/${accountId}/deposits`, { key: creds.api_key })).json as Array<{ pages: number }>;
  return list.reduce((n, d) => n + d.pages, 0);
}

describe('trust in the demo', () => {
  const state: { privateId?: string; extraId?: string; demoId?: string } = {};
  const feeds: Array<{ sim: RunningSimulator; accountId: string; external: string }> = [];
  const london = () => DateTime.now().setZone('Europe/London');
  const activatedAt = () => london().minus({ days: 20 }).toISODate()!;

  it('a portal with a private CA is tls_untrusted (subject and issuer named, never credentials) until its CA is uploaded', async () => {
    const refused = await register(privateCa);
    expect([refused.status, refused.json.reason]).toEqual([502, 'tls_untrusted']);
    expect(refused.json.error).toMatch(/subject .*CN=localhost.*; issuer .*CN=OneStop simulator CA/);
    expect(refused.json.error).not.toMatch(/password|credential/i);

    const badPem = await register(privateCa, { ca_pem: 'not a certificate' });
    expect([badPem.status, badPem.json.error]).toEqual([400, 'ca_pem: no PEM certificate found (expected -----BEGIN CERTIFICATE-----).']);

    const ok = await register(privateCa, { ca_pem: privateCa.ca });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json.ca_certificate).toMatchObject({
      subject: expect.stringContaining('CN=OneStop simulator CA'),
      is_ca: true,
      certificates: 1,
    });
    expect(ok.json.ca_certificate.fingerprint_sha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(ok.json.connection_profile).toMatchObject({ auth: 'json', customer_list: 'paged', id_type: 'integer' });
    state.privateId = ok.json.id;
  });

  it('NODE_EXTRA_CA_CERTS keeps working beside the per-server CAs (no CA uploaded)', async () => {
    const ok = await register(extraCa);
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json.ca_certificate).toBeNull();
    state.extraId = ok.json.id;
  });

  it("the demo's own server trusts its simulator through the server's CA", async () => {
    const servers = (await api('GET', '/v1/servers', { key: creds.api_key })).json as Array<{
      id: string;
      url: string;
      ca_certificate: { subject: string } | null;
    }>;
    const own = servers.find((s) => s.id !== state.privateId && s.id !== state.extraId);
    expect(own?.ca_certificate?.subject).toContain('CN=OneStop simulator CA');
    state.demoId = own!.id;
  });

  it('both new servers collect exactly what their portals report', async () => {
    for (const [s, id] of [
      [privateCa, state.privateId!],
      [extraCa, state.extraId!],
    ] as const) {
      const f = await feedFor(id, '1001', activatedAt());
      feeds.push({ sim: s, accountId: f.accountId, external: '1001' });
    }
    const yesterday = london().minus({ days: 1 }).toISODate()!;
    for (const f of feeds) {
      const expected = await reported(f.sim, f.external, activatedAt(), yesterday);
      expect(expected).toBeGreaterThan(0);
      await waitFor('the new feed collected', async () => ((await depositedPages(f.accountId)) === expected ? true : undefined));
    }
  });

  it('`canopy collect` beside the demo trusts what the service trusts and leaves health unchanged', async () => {
    const before = await Promise.all(
      [state.demoId!, state.privateId!, state.extraId!].map(async (id) => ({
        server: (await api('GET', `/v1/servers/${id}`, { key: creds.api_key })).json,
        events: (await api('GET', `/v1/servers/${id}/health`, { key: creds.api_key })).json.length,
      })),
    );
    for (const b of before) expect(b.server.health_check).toBe('healthy');
    // Nothing of the demo's in its environment: the data directory says what the demo may contact and trust.
    const { OUTBOUND_ALLOW_HOSTS: _allow, ...plain } = env;
    const run = await runCli(['collect'], plain, 120_000);
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    expect(run.stdout).toMatch(/^Collected \d+ customer-days from 3 server\(s\)\.$/m);
    for (const b of before) {
      const now = (await api('GET', `/v1/servers/${b.server.id}`, { key: creds.api_key })).json;
      expect([now.id, now.health_check, now.health_reason]).toEqual([b.server.id, 'healthy', null]);
      expect((await api('GET', `/v1/servers/${b.server.id}/health`, { key: creds.api_key })).json).toHaveLength(b.events);
    }
  });

  it('a `canopy collect` that cannot trust a portal reports it without changing the stored health', async () => {
    // Without NODE_EXTRA_CA_CERTS this process does not trust the third portal; the service does: health is its to say.
    const { NODE_EXTRA_CA_CERTS: _, ...without } = env;
    const run = await runCli(['collect', '--server', state.extraId!], without, 120_000);
    expect(run.code).toBe(1);
    const server = (await api('GET', `/v1/servers/${state.extraId}`, { key: creds.api_key })).json;
    expect([server.health_check, server.health_reason]).toEqual(['healthy', null]);
    const syncs = (await api('GET', `/v1/servers/${state.extraId}/syncs`, { key: creds.api_key })).json as Array<{
      trigger: string;
      errors: Array<{ message: string }>;
    }>;
    expect(syncs[0]?.trigger).toBe('cli');
    expect(syncs[0]?.errors[0]?.message).toMatch(/not trusted.*subject .*; issuer .*OneStop simulator CA/);
  });
});
