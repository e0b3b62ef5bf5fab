import type { KyselyPlugin } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { accountRoutes } from './accounts/account-routes.js';
import { createAccountService } from './accounts/account-service.js';
import { pageTotals } from './deposits/deposit-totals.js';
import { createAdminService } from './accounts/admin-service.js';
import { createApiKeyService } from './accounts/api-key-service.js';
import { offsetClock, systemClock, type Clock } from './clock.js';
import { certificateRoutes, publicCertificateRoutes } from './certificates/certificate-routes.js';
import { brandingRoutes, publicBrandingRoutes } from './branding/branding-routes.js';
import { createBrandingService } from './branding/branding-service.js';
import { createCertificateService } from './certificates/certificate-service.js';
import { createMonthClose } from './certificates/month-close.js';
import { transactionRoutes } from './transactions/transaction-routes.js';
import { createTransactionService } from './transactions/transaction-service.js';
import { paperTypeRoutes } from './paper/paper-type-routes.js';
import { impactRoutes, publicImpactRoutes } from './impact/impact-routes.js';
import { createImpactService } from './impact/impact-service.js';
import { createAnnualReports } from './reports/annual-report.js';
import { reportRoutes } from './reports/report-routes.js';
import { createCertificateZips } from './reports/certificate-zip.js';
import { createPaperTypeService } from './paper/paper-type-service.js';
import { quoteRoutes } from './quotes/quote-routes.js';
import { createQuoteService } from './quotes/quote-service.js';
import { createAuditLog } from './audit/audit-log.js';
import { createDashboard } from './http/dashboard.js';
import { passwordResetRoutes } from './password-resets/password-reset-routes.js';
import { createPasswordResetService } from './password-resets/password-reset-service.js';
import { createAuthAttempts } from './sessions/auth-attempts.js';
import { sessionRoutes } from './sessions/session-routes.js';
import { createSessionService } from './sessions/session-service.js';
import { createCollector } from './collector/collector-service.js';
import { createDepositReview } from './deposits/deposit-review.js';
import { createSyncHistory } from './servers/sync-history.js';
import type { Config } from './config/config.js';
import { DEFAULT_DEPOSIT_RULES } from './deposits/deposit-rules.js';
import { createOnestopConnector } from './connectors/onestop/onestop-client.js';
import { createDb, type Db } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { depositRoutes } from './deposits/deposit-routes.js';
import { createDepositService } from './deposits/deposit-service.js';
import { feedRoutes } from './feeds/feed-routes.js';
import { createFeedService } from './feeds/feed-service.js';
import { createFeedResync } from './feeds/feed-resync.js';
import { createFeedMapping } from './feeds/feed-mapping.js';
import { feedMappingRoutes } from './feeds/feed-mapping-routes.js';
import { createHealthService } from './health/health-service.js';
import { createServerChecks } from './servers/server-checks.js';
import { createMailer } from './outbound/mailer.js';
import { createOutboundPolicy, type ResolveAll } from './outbound/outbound-policy.js';
import { notificationRoutes } from './notifications/notification-routes.js';
import { createNotifier } from './notifications/notifier.js';
import { createWebhookSender } from './notifications/webhook-sender.js';
import { createWebhookService } from './notifications/webhook-service.js';
import { buildHttpServer } from './http/server.js';
import { loadServerTls, type ServerTls } from './http/tls.js';
import {
  buildCheckTasks,
  buildCollectionTasks,
  buildHousekeepingTasks,
  CHECKS_CRONTAB,
  CLOSE_MONTHS_NOW,
  COLLECTION_CRONTAB,
  collectServerJobKey,
  HOUSEKEEPING_CRONTAB,
  runTouchedClosedMonths,
} from './jobs/tasks.js';
import { createJobQueue, migrateWorkerSchema, startWorker, type Worker } from './jobs/worker.js';
import type { Logger } from './observability/logger.js';
import { createMetrics } from './observability/metrics.js';
import { opsRoutes } from './ops/ops-routes.js';
import { ciphertextKeyId, decryptSecret, keyId, type Keyring } from './secrets/credential-cipher.js';
import { loadKeyring } from './secrets/master-key.js';
import { serverRoutes } from './servers/server-routes.js';
import { createServerService, type ConnectorHooks, type PortalCredentials } from './servers/server-service.js';
import { probePortal } from './connectors/onestop/onestop-probe.js';
import { inspectTls } from './connectors/tls-inspect.js';
import { trustedRoots } from './outbound/trust.js';
import { invitationRoutes } from './invitations/invitation-routes.js';
import { createInvitationService } from './invitations/invitation-service.js';
import { userRoutes } from './users/user-routes.js';
import { createUserService } from './users/user-service.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  clock?: Clock;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  /** Fail requests whose answers do not match their documented response schema (tests). */
  strictResponses?: boolean;
  /** The built dashboard (default dist/web). */
  dashboardDir?: string;
  /**
   * An extra CA certificate trusted for outgoing connections (portals, webhooks, SMTP), besides the usual roots
   * (tests; processes use NODE_EXTRA_CA_CERTS, and a portal its server's own CA).
   */
  outboundCa?: string;
  /** A one-off command beside the service (the CLI): it does not record health the service may not see (server-checks.ts). */
  oneShot?: boolean;
  /** How outgoing connections resolve host names (default: the system resolver; tests simulate DNS answers). */
  resolveAll?: ResolveAll;
  /** Kysely plugins on the app's database (benchmarks count statements and rows: QueryCounter). */
  dbPlugins?: KyselyPlugin[];
}

/**
 * The composition root: config → database, services, HTTPS server, worker. One close() releases all of it,
 * in order: stop taking work, finish in-flight work, release the database.
 */
export async function createApp(opts: AppOptions) {
  const { config, logger } = opts;
  const clock = opts.clock ?? (config.now ? offsetClock(config.now) : systemClock);
  let keyring: Keyring = await loadKeyring(config);
  const db: Db = createDb(opts.databaseUrl, {
    onIdleError: (err) => logger.warn({ err }, 'idle database connection lost'),
    ...(opts.dbPlugins ? { plugins: opts.dbPlugins } : {}),
  });
  if (opts.migrate ?? true) {
    const applied = await migrateToLatest(db);
    if (applied.length) logger.info({ migrations: applied }, 'database migrated');
  }

  let queue: ReturnType<typeof createJobQueue> | undefined;
  const jobQueue = () => (queue ??= migrateWorkerSchema(opts.databaseUrl, logger).then(() => createJobQueue(opts.databaseUrl, logger)));
  const requestCollection = async (serverId: string, trigger: string) => {
    await (await jobQueue()).addJob('collect-server', { serverId, trigger }, { jobKey: collectServerJobKey(serverId), maxAttempts: 1 });
  };
  /** Decrypts a secret at rest; a key id this process does not know means another process rotated: reload. */
  const openSecret = async (ciphertext: string, rowId: string) => {
    const id = ciphertextKeyId(ciphertext);
    if (id && !keyring.all.some((k) => keyId(k) === id)) keyring = await loadKeyring(config);
    return decryptSecret(keyring, ciphertext, rowId);
  };

  // Every connection to a portal, webhook or SMTP host goes through this rule (src/outbound/).
  const outbound = createOutboundPolicy({ allow: config.outboundAllowHosts, ...(opts.resolveAll ? { resolveAll: opts.resolveAll } : {}) });
  // Trust (src/outbound/trust.ts): the usual roots, plus the server's own CA for its portal only.
  const portalTrust = (caPem?: string) => trustedRoots(opts.outboundCa, caPem);
  const connectorFor = (c: PortalCredentials, hooks: ConnectorHooks = {}) =>
    createOnestopConnector({
      url: c.url,
      username: c.username,
      password: c.password,
      clientId: c.clientId ?? null,
      clientSecret: c.clientSecret ?? null,
      profile: c.profile ?? null,
      ...hooks,
      now: () => clock.now().getTime(),
      outbound,
      logger: logger.child({ component: 'onestop' }),
      // PORTAL_TIMEOUT_MS is the request's hard total deadline (connect, headers and body together).
      timeouts: {
        connectMs: Math.min(10_000, config.portalTimeoutMs),
        headersMs: config.portalTimeoutMs,
        bodyMs: config.portalTimeoutMs,
        totalMs: config.portalTimeoutMs,
      },
      ca: portalTrust(c.caPem),
    });
  const probe = async (c: PortalCredentials, o: { timeZone: string }) => {
    const connector = connectorFor(c);
    try {
      return await probePortal({
        url: c.url,
        ...(c.caPem ? { caPem: c.caPem } : {}),
        timeZone: o.timeZone,
        clock,
        connector,
        inspect: () => inspectTls(new URL(c.url).origin, { outbound, ca: portalTrust(c.caPem), timeoutMs: 10_000 }),
      });
    } finally {
      await connector.close();
    }
  };

  // PUBLIC_URL, with the real port once listening when PORT=0 (tests): links in certificates and notifications.
  let publicUrl = config.publicUrl;
  const metrics = createMetrics();
  const apiKeys = createApiKeyService({ db, clock });
  const impact = createImpactService({ db, clock });
  const accounts = createAccountService({
    db,
    clock,
    pageTotals: (ids, now) => pageTotals(db, ids, now),
    currentFactors: () => impact.newest(),
    // The month close is made below; asked only when an account is presented.
    awaitingCertificates: (ids) => monthClose.awaitingMonths(ids),
  });
  const admin = createAdminService({ db, clock, apiKeys });
  const servers = createServerService({
    db,
    clock,
    accounts,
    connectorFor,
    checkUrl: outbound.checkUrl,
    keyring: () => keyring,
    openSecret,
    probe,
    logger,
  });
  const feeds = createFeedService({
    db,
    clock,
    accounts,
    servers,
    requestCollection: (serverId) => requestCollection(serverId, 'feed-change'),
  });
  // The deposit rules (docs/domain.md): the defaults, with the ceiling per customer-day from DEPOSIT_CEILING_PAGES.
  const depositRules = { ...DEFAULT_DEPOSIT_RULES, ceilingPagesPerDay: config.depositCeilingPages };
  const feedMapping = createFeedMapping({
    db,
    clock,
    accounts,
    servers,
    requestCollection: (serverId) => requestCollection(serverId, 'feed-change'),
    log: logger,
  });
  const feedResync = createFeedResync({
    db,
    clock,
    servers,
    rules: depositRules,
    load: feeds.load,
    requestCollection: (serverId) => requestCollection(serverId, 'resync'),
  });
  const deposits = createDepositService({
    db,
    clock,
    accounts,
    review: createDepositReview({ db, clock, rules: depositRules }),
    maxPages: config.manualDepositMaxPages,
    currentFactors: () => impact.newest(),
  });
  const syncs = createSyncHistory(db);
  const health = createHealthService({ db, clock });
  const webhooks = createWebhookService({ db, clock, accounts, keyring: () => keyring, openSecret, checkUrl: outbound.checkUrl });
  const extraTrust = opts.outboundCa ? { ca: trustedRoots(opts.outboundCa) } : {};
  const webhookSender = createWebhookSender({ outbound, ...extraTrust });
  const mailer = config.smtp ? createMailer({ ...config.smtp, outbound, ...extraTrust }) : undefined;
  const notifier = createNotifier({
    db,
    clock,
    logger,
    mailer,
    webhooks: webhookSender,
    webhookSecret: webhooks.secretOf,
    publicUrl: () => publicUrl,
  });
  const notify = async (serverId: string) => {
    await notifier.dispatch(serverId);
  };
  const checks = createServerChecks({
    db,
    clock,
    logger,
    servers,
    health,
    onChecked: notify,
    requestCollection,
    ...(opts.oneShot ? { oneShot: true } : {}),
  });
  const branding = createBrandingService({ db, clock, accounts, publicUrl: () => publicUrl });
  const certificates = createCertificateService({ db, accounts, publicUrl: () => publicUrl, branding: branding.forCertificate });
  const paperTypes = createPaperTypeService({ db, accounts });
  const quotes = createQuoteService({ db, clock, accounts, rate: config.quoteRate });
  const transactions = createTransactionService({
    db,
    clock,
    accounts,
    certificates,
    quotes,
    maxTrees: config.transactionMaxTrees,
  });
  const reports = createAnnualReports({
    clock,
    accounts,
    deposits,
    certificates,
    impact,
    publicUrl: () => publicUrl,
    branding: (id) => branding.forReport(id),
  });
  const users = createUserService({ db, clock, accounts });
  const invitations = createInvitationService({ db, clock, logger, accounts, mailer, publicUrl: () => publicUrl });
  const monthClose = createMonthClose({
    db,
    clock,
    graceBusinessDays: config.certifyGraceDays,
    holidayRegion: 'GB-ENG',
    onIssued: notifier.certificatesIssued,
  });
  const collector = createCollector({
    db,
    clock,
    logger,
    servers,
    syncs,
    health,
    checks,
    onRunFinished: async (serverId, run) => {
      await notify(serverId);
      // Pages of closed months (a backfill): their certificates now, not at the next hourly close (src/jobs/tasks.ts).
      if (!runTouchedClosedMonths(run.firstDay, monthClose.firstOpenMonth())) return;
      try {
        await (await jobQueue()).addJob('close-months', {}, CLOSE_MONTHS_NOW);
      } catch (err) {
        logger.warn({ err, serverId }, 'could not queue the month close; the hourly one issues the certificates');
      }
    },
    connectionString: opts.databaseUrl,
    collectHour: config.collectHour,
    depositRules,
    maxRunsPerAccount: config.maxRunsPerAccount,
  });
  const attempts = createAuthAttempts({ db, clock });
  const sessions = createSessionService({ db, clock, attempts });
  const passwordResets = createPasswordResetService({ db, clock, logger, attempts, mailer, publicUrl: () => publicUrl });
  const audit = createAuditLog({ db, clock });
  const dashboard = createDashboard(opts.dashboardDir);

  let http: FastifyInstance | undefined;
  let worker: Worker | undefined;
  let tls: ServerTls | undefined;

  return {
    config,
    logger,
    clock,
    db,
    keyring: () => keyring,
    services: {
      apiKeys,
      accounts,
      admin,
      servers,
      feeds,
      deposits,
      syncs,
      collector,
      health,
      checks,
      webhooks,
      notifier,
      certificates,
      branding,
      monthClose,
      sessions,
      audit,
    },

    /** The routes the HTTPS server registered (after startHttp). */
    routes: () => http?.registeredRoutes ?? [],

    /** Starts the HTTPS server; resolves with its URL once listening. */
    async startHttp(): Promise<{ url: string; caFile: string | undefined; port: number }> {
      tls = await loadServerTls(config);
      if (tls.caRenewed) {
        logger.warn(
          { caFile: tls.caFile },
          "a new local CA was generated (name-constrained to this host's names): clients and browsers must trust this ca.pem",
        );
      }
      http = await buildHttpServer({
        logger,
        metrics,
        tls,
        authenticate: { apiKey: apiKeys.authenticate, session: sessions.authenticate },
        onAnswered: audit.install,
        dashboard,
        rateLimitPerMinute: config.rateLimitPerMinute,
        trustProxy: config.trustProxy,
        narrowPrincipal: accounts.narrow,
        publicUrl: () => publicUrl,
        strictResponses: opts.strictResponses ?? false,
        routes: [
          ['', dashboard.routes()],
          ['/v1', sessionRoutes({ sessions })],
          ['/v1', audit.routes()],
          ['', opsRoutes({ db, metrics })],
          ['/v1', accountRoutes({ accounts, apiKeys })],
          ['/v1', serverRoutes({ servers, syncs, health, checks, requestCollection })],
          ['/v1', feedRoutes({ feeds, health, resync: feedResync })],
          ['/v1', feedMappingRoutes({ mapping: feedMapping })],
          ['/v1', depositRoutes({ deposits })],
          ['/v1', notificationRoutes({ webhooks, notifier, accounts })],
          ['/v1', certificateRoutes({ certificates })],
          ['/v1', brandingRoutes({ branding })],
          ['/v1', paperTypeRoutes({ paperTypes })],
          ['/v1', impactRoutes({ impact })],
          ['/v1', reportRoutes({ reports, zips: createCertificateZips({ certificates }) })],
          ['/v1', quoteRoutes({ quotes })],
          ['/v1', transactionRoutes({ transactions })],
          ['/v1', userRoutes({ users })],
          ['/v1', invitationRoutes({ invitations, sessions })],
          ['/v1', passwordResetRoutes({ resets: passwordResets, sessions })],
          ['', publicCertificateRoutes({ certificates })],
          ['', publicBrandingRoutes({ branding })],
          ['', publicImpactRoutes({ impact })],
        ],
      });
      await http.listen({ host: config.host, port: config.port });
      const address = http.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      if (config.port === 0) publicUrl = config.publicUrl.replace(/:\d+$/, `:${port}`);
      return { url: publicUrl, caFile: tls.caFile, port };
    },

    async startWorker(): Promise<void> {
      await migrateWorkerSchema(opts.databaseUrl, logger);
      worker = await startWorker({
        connectionString: opts.databaseUrl,
        logger,
        runners: [
          {
            name: 'collection',
            concurrency: config.workerConcurrency,
            taskList: buildCollectionTasks({ collector, notifier }),
            crontab: COLLECTION_CRONTAB,
          },
          { name: 'checks', concurrency: config.opsConcurrency, taskList: buildCheckTasks({ checks, notifier }), crontab: CHECKS_CRONTAB },
          {
            name: 'housekeeping',
            concurrency: 1,
            taskList: buildHousekeepingTasks({ notifier, monthClose, syncs, now: () => clock.now() }),
            crontab: HOUSEKEEPING_CRONTAB,
          },
        ],
      });
    },

    async close(): Promise<void> {
      await Promise.allSettled([http?.close(), worker?.stop()]);
      if (queue) await (await queue).end();
      mailer?.close();
      await webhookSender.close();
      await db.destroy();
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;
