import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import { portalCaptureSchema, REDACTED } from '../../src/connectors/onestop/capture-format.js';
import { startSimulator, type RunningSimulator } from '../../src/simulator/sim-server.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { canopyBin, cliEnv, runCli } from '../harness/cli.js';
import { useSimulator } from '../harness/simulator.js';

/**
 * `canopy portal probe` and `canopy portal capture` / `canopy onestop-sim --replay` end to end (issue 17): the probe's
 * diagnosis against a live portal (OAuth2, bare-array list, string ids), and a capture that, replayed, gives exactly
 * the deposits of the live collection.
 */
const MASTER_KEY = randomBytes(32).toString('base64');
const s = useSimulator({ customers: 4, seed: 31, historyDays: 90, auth: 'oauth-password', customerList: 'array', ids: 'string' });
const t = useTestApp({ outboundCa: () => s.sim().ca, config: { masterKey: MASTER_KEY } });

const dirs: string[] = [];
const sims: RunningSimulator[] = [];
afterAll(async () => {
  for (const x of sims) await x.close();
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-portal-cli-'));
  dirs.push(d);
  return d;
}

/** Runs `canopy …` with `input` on stdin. */
function runWithStdin(args: string[], env: NodeJS.ProcessEnv, input: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [canopyBin, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('canopy portal probe', () => {
  it('diagnoses a portal it trusts through --ca: OAuth2 at /token, a bare array of string ids, a valid sample, latencies', async () => {
    const dir = await tempDir();
    const caFile = path.join(dir, 'portal-ca.pem');
    await fs.writeFile(caFile, s.sim().ca);
    const env = cliEnv({ CANOPY_DATA_DIR: dir });
    const args = ['portal', 'probe', '--url', s.sim().url, '--username', 'demo', '--ca', caFile];
    const res = await runWithStdin([...args, '--json'], env, 'demo-password\n');
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report).toMatchObject({
      ok: true,
      failure: null,
      tls: { trusted: true, issuer: expect.stringContaining('CN=OneStop simulator CA'), chain: expect.any(Array) },
      login: { auth: 'oauth-password', token_path: '/token', style: 'OAuth2 password grant at /token' },
      customers: { count: 4, customer_list: 'array', id_type: 'string' },
      sample: { external_id: 'CUST-1001', valid: true, problem: null },
      latency_ms: { reads: 5 },
      would_store: {
        connection_profile: { auth: 'oauth-password', token_path: '/token', customer_list: 'array', id_type: 'string' },
        ca_certificate: { is_ca: true },
      },
    });
    expect(report.latency_ms.p95).toBeGreaterThanOrEqual(report.latency_ms.p50);
    // The sample is the portal's own counters for that day.
    const token = (
      await s.client().json<{ access_token: string }>('POST', '/token', {
        form: { grant_type: 'password', username: 'demo', password: 'demo-password' },
      })
    ).body.access_token;
    const direct = await s
      .client()
      .json<{ deviceTotal: number }>('GET', `/api/v1/customers/CUST-1001/meter-readings/summary?date=${report.sample.date}`, { token });
    expect(report.sample.counters.deviceTotal).toBe(direct.body.deviceTotal);
    expect(res.stdout).not.toContain('demo-password');

    // Read by a person: one line per step.
    const text = await runWithStdin(args, env, 'demo-password');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('✓ log-in: OAuth2 password grant at /token');
    expect(text.stdout).toContain('✓ customers: 4 (list: array, ids: string)');
    expect(text.stdout).toMatch(/latency over 5 reads: p50 \d+ ms, p95 \d+ ms/);
  });

  it('without the CA: exit 1, tls_untrusted with the certificate named, and nothing that looks like a credentials problem', async () => {
    const dir = await tempDir();
    const res = await runWithStdin(['portal', 'probe', '--url', s.sim().url, '--username', 'demo'], cliEnv({ CANOPY_DATA_DIR: dir }), 'x');
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/✗ TLS TLSv1\.\d: NOT trusted \(tls_untrusted: /);
    expect(res.stdout).toMatch(/issuer {2}CN=OneStop simulator CA/);
    expect(res.stdout).toContain('tls_untrusted: The portal at');
    expect(res.stdout).not.toMatch(/credentials_rejected/);
  });

  it('bad input: a one-line error and a non-zero exit', async () => {
    const dir = await tempDir();
    const env = cliEnv({ CANOPY_DATA_DIR: dir });
    const notHttps = await runWithStdin(['portal', 'probe', '--url', 'http://x.example', '--username', 'u'], env, 'p');
    expect([notHttps.code, notHttps.stderr.trim()]).toEqual([
      2,
      'canopy: The portal URL must start with https:// (Canopy only talks to portals over HTTPS).',
    ]);
    const missing = await runCli(['portal', 'probe', '--url', 'https://x.example'], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/--username/);
  });
});

describe('canopy portal capture and onestop-sim --replay', () => {
  it('records a redacted session whose replay gives the same deposits as the live collection', async () => {
    const london = DateTime.now().setZone('Europe/London');
    const yesterday = london.minus({ days: 1 }).toISODate()!;
    const days = 12;
    const activation = addDays(yesterday, -days + 1); // its baseline day (the day before) is the first captured
    const provider = await buildAccount(t.app(), { name: 'Capture MPS' });
    const key = provider.api_key;

    async function serverWithFeeds(url: string, ca: string, ids: string[]) {
      const server = await t.api('POST', '/v1/servers', {
        key,
        body: { type: 'onestop', url, username: 'demo', password: 'demo-password', ca_pem: ca },
      });
      expect(server.status, server.text).toBe(201);
      const accounts: Record<string, string> = {};
      for (const id of ids) {
        const account = await t.api('POST', '/v1/accounts', { key, body: { name: `${id} via ${url}` } });
        const feed = await t.api('POST', `/v1/accounts/${account.json.id}/feeds`, {
          key,
          body: { type: 'onestop', server_id: server.json.id, external_id: id, activated_at: activation },
        });
        expect(feed.status, feed.text).toBe(201);
        accounts[id] = account.json.id;
      }
      expect((await t.app().services.collector.collectServer(server.json.id, { trigger: 'test' })).status).toBe('succeeded');
      return { serverId: server.json.id as string, accounts };
    }
    async function depositsByDay(accountId: string) {
      const list = (await t.api('GET', `/v1/accounts/${accountId}/deposits`, { key })).json as Array<{ date: string; pages: number }>;
      return list.map((d) => [d.date, d.pages]).sort();
    }

    const ids = ['CUST-1001', 'CUST-1002'];
    const live = await serverWithFeeds(s.sim().url, s.sim().ca, ids);

    const dir = await tempDir();
    const file = path.join(dir, 'capture.json');
    const env = cliEnv({ DATABASE_URL: t.databaseUrl(), CANOPY_DATA_DIR: dir, CANOPY_MASTER_KEY: MASTER_KEY });
    const args = ['portal', 'capture', '--server', live.serverId, '--customers', '2', '--days', String(days), '--out', file];
    const captured = await runCli(args, env, 120_000);
    expect(captured.code, captured.stderr.slice(-1500)).toBe(0);
    expect(captured.stdout).toMatch(new RegExp(`^Captured \\d+ answers \\(2 customers, ${addDays(yesterday, -days)} to ${yesterday}\\)`));

    const text = await fs.readFile(file, 'utf8');
    const capture = portalCaptureSchema.parse(JSON.parse(text));
    expect(capture.profile).toEqual({ auth: 'oauth-password', token_path: '/token', customer_list: 'array', id_type: 'string' });
    expect(capture.customers).toEqual(ids);
    // No credentials and no tokens: the password and username appear nowhere; every token field is redacted.
    expect(text).not.toContain('demo-password');
    expect(text).not.toMatch(/"demo"/);
    const tokenAnswers = capture.exchanges.filter((x) => x.method === 'POST' && x.status === 200);
    expect(tokenAnswers.length).toBeGreaterThan(0);
    for (const x of tokenAnswers) expect(x.body).toMatchObject({ access_token: REDACTED, refresh_token: REDACTED });

    const replayDir = await tempDir();
    const replay = await startSimulator({ replay: file, tlsDir: replayDir });
    sims.push(replay);
    const replayed = await serverWithFeeds(replay.url, replay.ca, ids);
    for (const id of ids) {
      const a = await depositsByDay(live.accounts[id]!);
      const b = await depositsByDay(replayed.accounts[id]!);
      expect(a.length).toBe(days);
      expect([id, b]).toEqual([id, a]);
    }

    // Pseudonymised: the names and the portal's address are gone, the ids and answers kept.
    const pseudo = path.join(dir, 'pseudo.json');
    const again = await runCli([...args.slice(0, -1), pseudo, '--pseudonymise'], env, 120_000);
    expect(again.code, again.stderr.slice(-1500)).toBe(0);
    const p = portalCaptureSchema.parse(JSON.parse(await fs.readFile(pseudo, 'utf8')));
    expect(p.origin).toBe('https://portal.example');
    const list = p.exchanges.find((x) => x.path.startsWith('/api/v1/customers?'))!.body as Array<{ id: string; name: string }>;
    expect(list.map((c) => [c.id, c.name])).toEqual([
      ['CUST-1001', 'Customer 1'],
      ['CUST-1002', 'Customer 2'],
      ['CUST-1003', 'Customer 3'],
      ['CUST-1004', 'Customer 4'],
    ]);
    expect(JSON.stringify(p)).not.toContain(new URL(s.sim().url).host);
  });
});
