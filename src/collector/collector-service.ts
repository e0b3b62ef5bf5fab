import { portalLocalHour, portalYesterday } from '../calendar.js';
import type { Clock } from '../clock.js';
import { AdaptiveConcurrency } from '../connectors/adaptive-concurrency.js';
import type { Connector } from '../connectors/connector.js';
import type { Db } from '../db/database.js';
import type { FeedRow } from '../feeds/feed.js';
import type { DepositRules } from '../deposits/deposit-rules.js';
import type { Logger } from '../observability/logger.js';
import type { HealthService } from '../health/health-service.js';
import type { ServerChecks } from '../servers/server-checks.js';
import { paperProfileOf } from '../standard-pages.js';
import type { ServerService } from '../servers/server-service.js';
import { planFeeds, syncFeed } from './feed-sync.js';
import { lockServer, type ServerLock } from './server-lock.js';
import { HostLeases } from './host-budget.js';
import { HEARTBEAT_MS, type SyncError, type SyncHistory } from '../servers/sync-history.js';
import { findServerById } from '../servers/server-queries.js';
import { activeFeedsOfServer, markServerCollected, serverCollectionStates } from './collector-queries.js';

export type CollectProgress =
  | { type: 'server'; serverId: string; feeds: number; days: number }
  | { type: 'day'; serverId: string; feedId: string }
  | { type: 'feed-done'; serverId: string; feedId: string; error?: string }
  | { type: 'server-done'; serverId: string; status: 'succeeded' | 'partial' | 'failed' | 'busy' };

export interface CollectOptions {
  trigger: string;
  /** Only this feed of the server. */
  feedId?: string;
  /** Wait for another process's run on the same server to finish, instead of skipping the server. */
  wait?: boolean;
  /** Stops the run between two days (what was read is committed; the rest is read next time). */
  signal?: AbortSignal;
  onProgress?: (p: CollectProgress) => void;
}

/**
 * Collection: per server, one run at a time across all processes (an advisory lock), log in once, then sync its
 * active feeds from their checkpoints up to yesterday, at most `concurrency` feeds at once (1 by default).
 */
export function createCollector(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  servers: Pick<ServerService, 'connectorOf'>;
  syncs: Pick<SyncHistory, 'start' | 'finish' | 'beat' | 'abandonOf'>;
  health: Pick<HealthService, 'evaluateFeeds'>;
  checks: Pick<ServerChecks, 'login'>;
  /**
   * After every run, whatever its outcome: notifications of the health changes it recorded, and, when it wrote readings
   * of closed months (`firstDay`: the earliest day it read; null: none), their certificates at once.
   */
  onRunFinished: (serverId: string, run: { firstDay: string | null }) => Promise<void>;
  connectionString: string;
  collectHour: number;
  depositRules: DepositRules;
  /** MAX_RUNS_PER_ACCOUNT: runs at once of one provider account's servers, across all processes. */
  maxRunsPerAccount: number;
}) {
  const { db, clock, logger, servers, syncs, health, checks } = deps;

  async function collectServer(serverId: string, opts: CollectOptions) {
    const owner = await findServerById(db, serverId);
    if (!owner) return { status: 'failed' as const, days: 0 };
    const slots = { id: owner.account_id, slots: deps.maxRunsPerAccount };
    const lock = await lockServer(deps.connectionString, serverId, opts.wait ?? false, slots);
    if (lock === 'busy' || lock === 'account-busy') {
      // Another run holds the server, or the provider's MAX_RUNS_PER_ACCOUNT runs are under way: collect-due queues it
      // again the next minute (it is still due).
      if (lock === 'account-busy') logger.info({ serverId, accountId: owner.account_id }, 'collection deferred: the account has its runs');
      opts.onProgress?.({ type: 'server-done', serverId, status: 'busy' });
      return { status: 'busy' as const, days: 0 };
    }
    try {
      return await runLocked(serverId, opts, lock);
    } finally {
      await lock.release();
    }
  }

  async function runLocked(serverId: string, opts: CollectOptions, lock: ServerLock) {
    const server = await findServerById(db, serverId);
    if (!server) return { status: 'failed' as const, days: 0 };
    const log = logger.child({ serverId });
    const yesterday = portalYesterday(clock.now(), server.time_zone);
    // The portal host's budget is shared with every run of every server on that origin (host-budget.ts); leases are
    // asked for once the run is recorded, and data requests wait for them.
    let leases: HostLeases | undefined;
    const gate = new AdaptiveConcurrency(server.concurrency, {
      count: () => leases?.count() ?? 0,
      want: (n) => leases?.want(n),
    });
    let connector: Connector | undefined;
    // The log-in goes out while the run plans and records itself (a round trip less per run); awaited below.
    const loggingIn = checks.login(server.id, async () => {
      connector = await servers.connectorOf(server, gate);
      await connector.check();
    });
    let feeds: FeedRow[];
    let plans: Array<{ feed: FeedRow; dates: string[] }>;
    let runId: string;
    try {
      feeds = await activeFeedsOfServer(db, server.id, opts.feedId);
      plans = await planFeeds(db, feeds, yesterday);
      // Holding the lock, no other run of this server is alive: one still marked running died with its process.
      await syncs.abandonOf(server.id, clock.now());
      runId = await syncs.start(server.id, opts.trigger, clock.now());
      leases = await HostLeases.open(db, server.url, runId, () => gate.refresh());
      leases.want(1);
    } catch (err) {
      await loggingIn.catch(() => undefined);
      await (connector as Connector | undefined)?.close();
      throw err;
    }
    const due = plans.filter((p) => p.dates.length > 0);
    opts.onProgress?.({ type: 'server', serverId, feeds: due.length, days: due.reduce((n, p) => n + p.dates.length, 0) });

    // The heartbeat shows the run alive and checks its lock; a lost lock (or the caller's abort) stops the run before
    // its next request.
    const stop = opts.signal ? AbortSignal.any([opts.signal, lock.lost]) : lock.lost;
    const heartbeat = setInterval(() => {
      void lock.check();
      syncs.beat(runId, clock.now()).catch((err: unknown) => log.warn({ err }, 'could not record the run heartbeat'));
      leases?.renew().catch((err: unknown) => log.warn({ err }, "could not renew the run's host slots"));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const errors: SyncError[] = [];
    let skipped = 0; // rejected answers among the errors: recorded, but the run did read every day
    let days = 0;
    let firstDay: string | null = null; // the earliest day a feed may have written (what the month close must see)
    const wrote = (day: string | undefined) => {
      if (day !== undefined && (firstDay === null || day < firstDay)) firstDay = day;
    };
    let failed = false;
    try {
      const login = await loggingIn;
      if (!login.ok || !connector) {
        failed = true;
        errors.push({ message: `log-in failed: ${login.ok ? 'no connector' : login.message}` });
        return { status: 'failed' as const, days: 0 };
      }
      // Politeness (docs/domain.md, Collection): the gate keeps the requests in flight to the portal within the server's
      // `concurrency` (adapting below it to what the portal takes). Twice as many lanes (feeds at once), and one more, so
      // that feeds writing their batch to the database never leave the gate's slots idle; at 1, one lane requests
      // while the other writes.
      const raw: Connector = connector;
      const portal: Connector = {
        ...raw,
        readCounters: (externalId, date) => {
          if (stop.aborted) return Promise.reject(stop.reason);
          return raw.readCounters(externalId, date);
        },
      };

      const queue = [...due];
      const lane = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { feed, dates } = next;
          try {
            const r = await syncFeed({
              db,
              connector: portal,
              feed,
              profile: paperProfileOf(server),
              rules: deps.depositRules,
              dates,
              now: () => clock.now(),
              signal: stop,
              onDay: () => opts.onProgress?.({ type: 'day', serverId, feedId: feed.id }),
            });
            days += r.days;
            if (r.days > 0) wrote(dates[0]);
            // Each rejected answer is in the run's errors, with its field and value (the day was skipped).
            for (const x of r.rejected) errors.push({ feed_id: feed.id, message: `${x.date}: ${x.message}` });
            skipped += r.rejected.length;
            opts.onProgress?.({ type: 'feed-done', serverId, feedId: feed.id });
          } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            errors.push({ feed_id: feed.id, message });
            wrote(dates[0]); // batches before the failure are committed
            log.warn({ err, feedId: feed.id }, 'feed sync failed; it resumes from its checkpoint next time');
            opts.onProgress?.({ type: 'feed-done', serverId, feedId: feed.id, error: message });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(2 * server.concurrency + 1, Math.max(due.length, 1)) }, lane));
      if (lock.lost.aborted) {
        failed = true;
        errors.push({ message: `stopped: ${(lock.lost.reason as Error).message}; the next run resumes from the checkpoints` });
        return { status: 'failed' as const, days };
      }
      // Every active feed's health follows from its readings, whether or not it had days to read.
      await health.evaluateFeeds(plans.map((p) => p.feed.id));
      if (!opts.feedId && errors.length === skipped) {
        await markServerCollected(db, server.id, yesterday);
      }
      return { status: errors.length ? ('partial' as const) : ('succeeded' as const), days };
    } finally {
      clearInterval(heartbeat);
      await leases?.close().catch((err: unknown) => log.warn({ err }, "could not release the run's host slots (they lapse in a minute)"));
      const stats = connector?.stats() ?? { requests: 0, retries: 0 };
      const used = gate.stats();
      await connector?.close();
      await syncs.finish(runId, {
        at: clock.now(),
        feeds: due.length,
        days,
        requests: stats.requests,
        retries: stats.retries,
        errors,
        failed,
        concurrency: used.requests ? { min: used.min, median: used.median, max: used.max } : null,
        throttled: used.throttled,
      });
      await deps.onRunFinished(server.id, { firstDay });
      opts.onProgress?.({ type: 'server-done', serverId, status: failed ? 'failed' : errors.length ? 'partial' : 'succeeded' });
      log.info(
        { feeds: due.length, days, requests: stats.requests, retries: stats.retries, errors: errors.length },
        'collection run finished',
      );
    }
  }

  /**
   * Servers with work now: a feed that was never synced or is more than a day behind (new feeds, backfills, recovery),
   * or the nightly run of yesterday once the server's local COLLECT_HOUR has passed. An unhealthy server is paused:
   * its health check (src/servers/server-checks.ts) retries the log-in and queues a collection when it passes.
   */
  async function dueServers(): Promise<string[]> {
    const now = clock.now();
    const rows = await serverCollectionStates(db);
    return rows
      .filter((s) => {
        if (Number(s.active_feeds) === 0) return false;
        const yesterday = portalYesterday(now, s.time_zone);
        const dayBefore = portalYesterday(new Date(now.getTime() - 86_400_000), s.time_zone);
        if (Number(s.unsynced) > 0 || (s.min_checkpoint !== null && String(s.min_checkpoint) < dayBefore)) return true;
        return portalLocalHour(now, s.time_zone) >= deps.collectHour && (s.last_collected_for === null || s.last_collected_for < yesterday);
      })
      .map((s) => s.id);
  }

  return { collectServer, dueServers };
}

export type Collector = ReturnType<typeof createCollector>;
