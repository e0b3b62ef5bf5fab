import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onestopSimCommand, simulatorOptionsFromCli, type OnestopSimCliOptions } from '../cli/onestop-sim.js';
import { BadRequestError } from '../errors.js';
import { simulatorOptionsSchema } from './sim-options.js';
import { simClient } from './sim-test-client.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const command = path.join(root, 'src/cli/onestop-sim.ts');

/**
 * Runs onestopSimCommand in a child process the way `canopy onestop-sim` will (tsx loader, options as commander
 * hands them over: strings), until `stop` sends a signal.
 */
function runSimCommand(opts: OnestopSimCliOptions) {
  const script =
    `import { register } from 'tsx/esm/api'; register(); const m = await import(${JSON.stringify(command)}` +
    '); await m.onestopSimCommand(JSON.parse(process.argv[1]));';
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(opts)], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', LOG_PRETTY: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 30 s\n${stderr}`)), 30_000);
    child.stdout.on('data', () => {
      const m = /OneStop simulator listening on (https:\/\/localhost:\d+)( \(replaying [^)]+\))? · [^\n]*\n/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`exited with ${code} before the ready line\n${stderr}`)));
  });
  return { ready, exited, stop: (signal: NodeJS.Signals) => child.kill(signal), output: () => ({ stdout, stderr }) };
}

let tlsDir: string;
beforeAll(async () => {
  tlsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-sim-cli-'));
});
afterAll(async () => {
  await fs.rm(tlsDir, { recursive: true, force: true });
});

describe('canopy onestop-sim', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints one ready line, serves HTTPS with its CA, and stops cleanly on ${signal}`, async () => {
      const run = runSimCommand({ port: '0', tlsDir, today: '2026-03-10', customers: '4', username: 'u1', password: 'p1', seed: '12' });
      const url = await run.ready;
      const ca = await fs.readFile(path.join(tlsDir, 'ca.pem'), 'utf8');
      const client = simClient({ url, ca });
      try {
        const token = await client.login('u1', 'p1');
        const list = await client.json<{ totalCount: number }>('GET', '/api/v1/customers', { token });
        expect(list.body.totalCount).toBe(4);
      } finally {
        await client.close();
      }
      run.stop(signal);
      expect(await run.exited).toBe(0);
      // One line: the URL, the credentials it accepts and the CA to trust (issue 19: a newcomer can log in at once).
      expect(run.output().stdout).toBe(
        `OneStop simulator listening on ${url} · log in as u1 / p1 (json at /api/v1/token) · trust ${path.join(tlsDir, 'ca.pem')}\n`,
      );
      expect(run.output().stderr).toMatch(/stopped cleanly/);
    });
  }
});

describe('canopy onestop-sim --max-concurrency', () => {
  it('starts with the limit in force: one of two concurrent data requests is answered 429 with Retry-After: 1', async () => {
    const run = runSimCommand({
      port: '0',
      tlsDir,
      today: '2026-03-10',
      customers: '2',
      maxConcurrency: '1',
      latencyMs: '300',
      jitterMs: '0',
    });
    const url = await run.ready;
    const client = simClient({ url, ca: await fs.readFile(path.join(tlsDir, 'ca.pem'), 'utf8') });
    try {
      const control = await client.json<{ faults: { max_concurrency: number | null } }>('GET', '/_sim/control');
      expect(control.body.faults.max_concurrency).toBe(1);
      const [token] = await Promise.all([client.login(), client.login()]); // two connections, never throttled
      const answers = await Promise.all(
        [1001, 1002].map((id) => client.call('GET', `/api/v1/customers/${id}/meter-readings/summary?date=2026-03-09`, { token })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 429]);
      expect(answers.find((a) => a.status === 429)?.headers['retry-after']).toBe('1');
      const stats = await client.json<{ max_in_flight: number; throttled: number }>('GET', '/_sim/stats');
      expect(stats.body).toMatchObject({ max_in_flight: 1, throttled: 1 });
    } finally {
      await client.close();
      run.stop('SIGTERM');
    }
    expect(await run.exited).toBe(0);
  });
});

describe('canopy onestop-sim --replay', () => {
  const capture = {
    format: 'canopy-portal-capture/1',
    captured_at: '2026-03-03T10:00:00Z',
    origin: 'https://portal.example',
    pseudonymised: true,
    profile: { auth: 'json', token_path: '/api/v1/token', customer_list: 'array', id_type: 'integer' },
    customers: ['42'],
    from: '2026-03-01',
    to: '2026-03-01',
    exchanges: [{ method: 'GET', path: '/api/v1/customers', status: 200, body: [{ id: 42, name: 'Cedar plc' }] }],
  };

  it('says what it replays on the ready line, and answers from the capture', async () => {
    const file = path.join(tlsDir, 'capture.json');
    await fs.writeFile(file, JSON.stringify(capture));
    const run = runSimCommand({ port: '0', tlsDir, replay: file });
    const url = await run.ready;
    const client = simClient({ url, ca: await fs.readFile(path.join(tlsDir, 'ca.pem'), 'utf8') });
    try {
      const token = await client.login();
      expect(await client.json('GET', '/api/v1/customers', { token })).toEqual({ status: 200, body: [{ id: 42, name: 'Cedar plc' }] });
    } finally {
      await client.close();
      run.stop('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toBe(
      `OneStop simulator listening on ${url} (replaying ${file}) · log in as demo / demo-password (json at /api/v1/token) · ` +
        `trust ${path.join(tlsDir, 'ca.pem')}\n`,
    );
  });

  it('exits with code 2 and one line on stderr when the file is not a capture', async () => {
    const file = path.join(tlsDir, 'not-a-capture.json');
    await fs.writeFile(file, JSON.stringify({ ...capture, profile: { ...capture.profile, id_type: 'uuid' } }));
    const child = spawn(
      process.execPath,
      [path.join(root, 'bin/canopy.js'), 'onestop-sim', '--port', '0', '--tls-dir', tlsDir, '--replay', file],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^canopy: --replay: .*not-a-capture\.json is not a portal capture: profile\.id_type: .*\n$/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('command-line options', () => {
  it('arrive as strings and become simulator options', () => {
    expect(
      simulatorOptionsFromCli({
        port: '0',
        customers: '40',
        seed: '-3',
        historyDays: '1826',
        today: '2026-01-31',
        paper: 'letter',
        tokenTtl: '60',
        latencyMs: '250',
        jitterMs: '10',
        errorRate: '0.1',
        timeoutRate: '0.05',
        resetRate: '0.05',
        malformedRate: '0.02',
        throttleRate: '0.1',
        retryAfter: '3',
        maxConcurrency: '4',
        stale: '1003:5, 1007:12',
      }),
    ).toMatchObject({
      port: 0,
      customers: 40,
      seed: -3,
      historyDays: 1826,
      today: '2026-01-31',
      paper: 'letter',
      tokenTtlS: 60,
      faults: {
        latency_ms: 250,
        jitter_ms: 10,
        error_rate: 0.1,
        timeout_rate: 0.05,
        reset_rate: 0.05,
        malformed_rate: 0.02,
        throttle_rate: 0.1,
        retry_after_s: 3,
        max_concurrency: 4,
      },
      stale: [
        { customer: 1003, days: 5 },
        { customer: 1007, days: 12 },
      ],
    });
    expect(simulatorOptionsFromCli({})).toMatchObject({ port: 9443, stale: [], faults: {} });
    expect(simulatorOptionsFromCli({}).faults).not.toHaveProperty('max_concurrency'); // unlimited
    expect(simulatorOptionsFromCli({ maxConcurrency: ' 12 ' }).faults).toEqual({ max_concurrency: 12 });
  });

  it('map the portal variants and replay onto simulator options', () => {
    expect(
      simulatorOptionsFromCli({
        auth: 'oauth-password',
        clientId: 'canopy',
        clientSecret: 's3cret',
        customerList: 'array',
        ids: 'string',
        replay: 'session.json',
      }),
    ).toMatchObject({
      auth: 'oauth-password',
      clientId: 'canopy',
      clientSecret: 's3cret',
      customerList: 'array',
      ids: 'string',
      replay: 'session.json',
    });
    expect(simulatorOptionsSchema.parse(simulatorOptionsFromCli({}))).toMatchObject({
      auth: 'json',
      customerList: 'paged',
      ids: 'integer',
    });
    const defaults = simulatorOptionsSchema.parse(simulatorOptionsFromCli({}));
    for (const key of ['clientId', 'clientSecret', 'replay'] as const) expect(defaults[key]).toBeUndefined();
  });

  it('are refused with the flag named and a usage error (exit code 2)', async () => {
    const cases: Array<[OnestopSimCliOptions, RegExp]> = [
      [{ port: 'abc' }, /--port/],
      [{ historyDays: '0' }, /--history-days/],
      [{ errorRate: '1.5' }, /--error-rate/],
      [{ stale: '1003' }, /--stale/],
      [{ paper: 'a5' }, /--paper/],
      [{ today: 'yesterday' }, /--today/],
      [{ maxConcurrency: '0' }, /^--max-concurrency must be a positive integer \(got "0"\)\.$/],
      [{ maxConcurrency: '-2' }, /^--max-concurrency must be a positive integer/],
      [{ maxConcurrency: '1.5' }, /^--max-concurrency must be a positive integer/],
      [{ maxConcurrency: 'four' }, /^--max-concurrency must be a positive integer/],
      [{ maxConcurrency: '' }, /^--max-concurrency must be a positive integer/],
      [{ maxConcurrency: '1e3' }, /^--max-concurrency must be a positive integer/],
      [{ auth: 'basic' }, /^--auth: /],
      [{ customerList: 'pages' }, /^--customer-list: /],
      [{ ids: 'uuid' }, /^--ids: /],
      [{ clientId: 'canopy' }, /^--client-id: goes with auth oauth-password/],
      [{ auth: 'oauth-password', clientSecret: 'x' }, /^--client-secret: needs a client id/],
      [
        { replay: '/nonexistent/capture.json', port: '0', tlsDir: '/nonexistent/tls' },
        /^--replay: cannot read \/nonexistent\/capture\.json/,
      ],
    ];
    for (const [opts, message] of cases) {
      const failure = onestopSimCommand(opts);
      await expect(failure).rejects.toThrow(message);
      await expect(failure).rejects.toBeInstanceOf(BadRequestError);
      await failure.catch((err: BadRequestError) => expect(err.exitCode).toBe(2));
    }
  });
});
