import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import type { Config } from '../../src/config/config.js';
import type { Clock } from '../../src/clock.js';
import type { ResolveAll } from '../../src/outbound/outbound-policy.js';
import { createLogger } from '../../src/observability/logger.js';
import { testConfig } from './config.js';
import { useTestDatabase } from './database.js';
import { apiClient, type ApiClient } from './https.js';

export interface TestApp {
  app: () => App;
  url: () => string;
  port: () => number;
  caPem: () => string;
  dataDir: () => string;
  databaseUrl: () => string;
  api: ApiClient;
}

/** The real app on its own database, listening with TLS on a free port, and a client that trusts its CA. */
export function useTestApp(
  opts: {
    config?: Partial<Config> | (() => Partial<Config>);
    clock?: Clock;
    outboundCa?: () => string;
    /** How the app resolves host names for outgoing connections (simulated DNS answers). */
    resolveAll?: ResolveAll;
    /** Where the app logs (default: nowhere, or stderr at TEST_LOG_LEVEL), and from which level. */
    log?: { destination: Writable; level: string };
  } = {},
): TestApp {
  const database = useTestDatabase();
  let app: App | undefined;
  let url = '';
  let port = 0;
  let caPem = '';
  let dataDir = '';

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-test-app-'));
    const config = testConfig({ dataDir, ...(typeof opts.config === 'function' ? opts.config() : opts.config) });
    const logger = opts.log
      ? createLogger({ level: opts.log.level, pretty: false, destination: opts.log.destination })
      : createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false, toStderr: true });
    app = await createApp({
      config,
      logger,
      databaseUrl: database.url(),
      migrate: false,
      strictResponses: true,
      ...(opts.clock ? { clock: opts.clock } : {}),
      ...(opts.outboundCa ? { outboundCa: opts.outboundCa() } : {}),
      ...(opts.resolveAll ? { resolveAll: opts.resolveAll } : {}),
    });
    const started = await app.startHttp();
    url = started.url;
    port = started.port;
    caPem = await fs.readFile(started.caFile!, 'utf8');
  });

  const api = apiClient(
    () => url,
    () => caPem,
  );

  afterAll(async () => {
    await api.close();
    await app?.close();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  return {
    app: () => app!,
    url: () => url,
    port: () => port,
    caPem: () => caPem,
    dataDir: () => dataDir,
    databaseUrl: () => database.url(),
    api,
  };
}
