import type { FastifyInstance } from 'fastify';
import { accountRoutes } from './accounts/account-routes.js';
import { createAccountService } from './accounts/account-service.js';
import { createAdminService } from './accounts/admin-service.js';
import { createApiKeyService } from './accounts/api-key-service.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config/config.js';
import { createDb, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { buildHttpServer } from './http/server.js';
import { loadServerTls, type ServerTls } from './http/tls.js';
import { migrateWorkerSchema, startWorker, type Worker } from './jobs/worker.js';
import type { Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { opsRoutes } from './observability/ops-routes.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  clock?: Clock;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
}

/**
 * The composition root: config → database, services, HTTP server, worker. One close() releases all of it,
 * in order: stop taking work, finish in-flight work, release the database.
 */
export async function createApp(opts: AppOptions) {
  const { config, logger } = opts;
  const clock = opts.clock ?? systemClock;
  const db: Db = createDb(opts.databaseUrl, { onIdleError: (err) => logger.warn({ err }, 'idle database connection lost') });
  if (opts.migrate ?? true) {
    const applied = await migrateToLatest(db);
    if (applied.length) logger.info({ migrations: applied }, 'database migrated');
  }

  const metrics = createMetrics();
  const apiKeys = createApiKeyService({ db, clock });
  const accounts = createAccountService({ db, clock });
  const admin = createAdminService({ db, clock, apiKeys });

  let http: FastifyInstance | undefined;
  let worker: Worker | undefined;
  let tls: ServerTls | undefined;

  return {
    config,
    logger,
    clock,
    db,
    services: { apiKeys, accounts, admin },

    /** Starts the HTTPS server; resolves with its URL once listening. */
    async startHttp(): Promise<{ url: string; caFile: string | undefined; port: number }> {
      tls = await loadServerTls(config);
      http = await buildHttpServer({
        logger,
        metrics,
        tls,
        apiKeys,
        routes: [
          ['', opsRoutes({ db, metrics })],
          ['/v1', accountRoutes({ accounts, apiKeys })],
        ],
      });
      await http.listen({ host: config.host, port: config.port });
      const address = http.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const url = config.port === 0 ? config.publicUrl.replace(/:\d+$/, `:${port}`) : config.publicUrl;
      return { url, caFile: tls.caFile, port };
    },

    async startWorker(): Promise<void> {
      await migrateWorkerSchema(opts.databaseUrl, logger);
      worker = await startWorker({ connectionString: opts.databaseUrl, concurrency: config.workerConcurrency, logger });
    },

    async close(): Promise<void> {
      await Promise.allSettled([http?.close(), worker?.stop()]);
      await db.destroy();
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;
