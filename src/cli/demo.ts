import fs from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../app.js';
import { openContext } from './context.js';
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
 * `canopy demo` (what `npm start` runs): the database (embedded by default), the HTTPS server and the worker in
 * one process, with a demo provider account, user and API key. A second start on the same data directory
 * reuses the same account and key.
 */
export async function demoCommand(): Promise<void> {
  const ctx = await openContext({ oneShot: false });
  closeOnSignal(ctx.logger, ctx.config.shutdownTimeoutMs, ctx.shutdown);
  const file = path.join(ctx.config.dataDir, 'demo-credentials.json');
  const account = await ensureDemoAccount(ctx.app, file);
  const { url, caFile } = await ctx.app.startHttp();
  await ctx.app.startWorker();
  const creds: DemoCredentials = { url, ca_cert: caFile ?? null, ...account };
  await fs.writeFile(file, JSON.stringify(creds, null, 2) + '\n', { mode: 0o600 });
  await fs.chmod(file, 0o600);
  ctx.logger.info({ url }, 'demo ready');
  process.stdout.write(
    `\nCanopy demo is ready: ${url}\n` +
      `  API:          ${url}/v1/account  (API key in ${file})\n` +
      (caFile ? `  Trust:        ${caFile}\n` : '') +
      `  Try:          curl --cacert ${caFile ?? '<your CA>'} -u "$(node -p 'require(process.argv[1]).api_key' ${file}):" ${url}/v1/account\n\n`,
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
  const created = renewed ?? (await app.services.admin.createAccountWithOwner({
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
