import fs from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../app.js';
import { parseAllowList } from '../outbound/address-rules.js';
import { startSimulator } from '../simulator/sim-server.js';
import { configAndLogger, DEMO_ALLOW_FILE, openContext } from './context.js';
import { backfillWithProgress, ensureDemoFleet } from './demo-fleet.js';
import { closeOnSignal } from './lifecycle.js';

/** What a newcomer needs to call the API at once; kept in $CANOPY_DATA_DIR/demo-credentials.json (mode 0600). */
export interface DemoCredentials {
  url: string;
  ca_cert: string | null;
  email: string;
  password: string;
  api_key: string;
  account_id: string;
}

const DEMO_EMAIL = 'demo@canopy.example';

/**
 * `canopy demo` (what `npm start` runs): the database (embedded by default), a OneStop simulator with 25 customers,
 * the HTTPS server and the worker in one process, with a demo provider account, user, API key, server and customer
 * feeds activated up to two years back. The backfill runs at start (progress in the log); the worker keeps collecting
 * nightly. A second start on the same data directory reuses the same account, key and data.
 */
export async function demoCommand(): Promise<void> {
  const base = configAndLogger(false);
  const sim = await startSimulator(
    // One demo customer's agent stopped reporting 6 days ago: its feed turns unhealthy and a notification is sent.
    { tlsDir: path.join(base.config.dataDir, 'onestop-sim-tls'), customers: 25, seed: 1, stale: [{ customer: 1003, days: 6 }] },
    { logger: base.logger.child({ component: 'onestop-sim' }) },
  );
  // The demo's portal is its own simulator on this machine: its host is opted in, as an operator would with
  // OUTBOUND_ALLOW_HOSTS (which still applies on top, e.g. for a webhook receiver on the same machine), and kept in the
  // data directory so that a command beside the demo (`canopy collect`) may reach it too (context.ts).
  const simHost = new URL(sim.url).hostname;
  await fs.mkdir(base.config.dataDir, { recursive: true });
  await fs.writeFile(path.join(base.config.dataDir, DEMO_ALLOW_FILE), `${simHost}\n`);
  const demoConfig = {
    ...base.config,
    outboundAllowHosts: [...base.config.outboundAllowHosts, ...parseAllowList(simHost)],
  };
  // Its CA is trusted through the demo server's own CA (demo-fleet.ts), never in place of the usual roots.
  const ctx = await openContext({ oneShot: false, base: { ...base, config: demoConfig } }).catch(async (err: unknown) => {
    await sim.close();
    throw err;
  });
  const stopBackfill = new AbortController();
  let backfill: Promise<void> = Promise.resolve();
  closeOnSignal(ctx.logger, ctx.config.shutdownTimeoutMs, async () => {
    stopBackfill.abort();
    await backfill;
    await ctx.shutdown();
    await sim.close();
  });
  const file = path.join(ctx.config.dataDir, 'demo-credentials.json');
  const account = await ensureDemoAccount(ctx.app, file);
  const serverId = await ensureDemoFleet(ctx.app, account.account_id, sim, account.email);
  const { url, caFile } = await ctx.app.startHttp();
  await ctx.app.startWorker();
  const creds: DemoCredentials = { url, ca_cert: caFile ?? null, ...account };
  await fs.writeFile(file, JSON.stringify(creds, null, 2) + '\n', { mode: 0o600 });
  await fs.chmod(file, 0o600);
  ctx.logger.info({ url }, 'demo ready');
  process.stdout.write(
    `\nCanopy demo is ready: ${url}\n` +
      `  Dashboard:    ${url}/  (sign in as ${account.email}; the password is in ${file})\n` +
      `  API:          ${url}/v1/account  (API key in the same file; reference at ${url}/docs)\n` +
      (caFile ? `  Trust:        ${caFile}\n` : '') +
      `  Try:          curl --cacert ${caFile ?? '<your CA>'} ` +
      `-u "$(node -p 'require(process.argv[1]).api_key' ${file}):" ${url}/v1/account\n` +
      `  OneStop simulator: ${sim.url} (demo server ${serverId}; backfill progress follows in the log)\n\n`,
  );
  backfill = backfillWithProgress(ctx.app, serverId, stopBackfill.signal).catch((err: unknown) =>
    ctx.logger.error({ err }, 'demo backfill failed'),
  );
}

async function ensureDemoAccount(app: App, file: string): Promise<Omit<DemoCredentials, 'url' | 'ca_cert'>> {
  const previous = await readCredentials(file);
  if (previous) {
    const principal = await app.services.apiKeys.authenticate(previous.api_key);
    if (principal && 'accountId' in principal && principal.accountId === previous.account_id) {
      return { email: previous.email, password: previous.password, api_key: previous.api_key, account_id: previous.account_id };
    }
    app.logger.warn('the saved demo credentials do not match this database: creating a new demo account');
  }
  // The demo user may exist with a lost key (credentials file deleted): give it a fresh key and password.
  const renewed = await app.services.admin.renewUserCredentials(DEMO_EMAIL);
  const created =
    renewed ??
    (await app.services.admin.createAccountWithOwner({
      name: 'Demo MPS Provider Ltd',
      email: DEMO_EMAIL,
      userName: 'Demo Administrator',
      role: 'provider',
    }));
  return { email: DEMO_EMAIL, password: created.password, api_key: created.api_key, account_id: created.account_id };
}

async function readCredentials(file: string): Promise<DemoCredentials | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as DemoCredentials;
  } catch {
    return undefined;
  }
}
