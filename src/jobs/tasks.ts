import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import type { MonthClose } from '../certificates/month-close.js';
import type { Collector } from '../collector/collector-service.js';
import type { ServerChecks } from '../servers/server-checks.js';
import type { Notifier } from '../notifications/notifier.js';
import type { SyncHistory } from '../servers/sync-history.js';

/**
 * Every scheduled and queued job. Thin: checks payloads, calls the features.
 * Three runners, each with worker slots of its own: collection (collect-due, collect-server), checks (check-due,
 * check-server) and housekeeping (the rest).
 * - collect-due (every minute): finds servers with work and queues one collect-server job each. A job whose worker
 *   died stays locked in graphile-worker for hours, but the next minute's collect-due replaces its job key with a
 *   fresh job, and the dead worker's advisory lock died with its connection, so another worker resumes within a minute.
 * - collect-server: one server's run (skipped if another process is already running it, or if its provider account
 *   already has MAX_RUNS_PER_ACCOUNT runs: collect-due queues it again the next minute), then its notifications.
 * - check-due (every minute) → check-server: the server log-in check, hourly when healthy, with backoff when not.
 * - deliver-notifications (every minute): sends due notification deliveries and retries failed ones.
 * - close-months (hourly, and queued at once by a collection run that read days of closed months: a backfill's
 *   certificates need not wait for the hour): issues the certificates of every month whose grace period is over.
 *   One job key for both, so any number of runs coalesce into one waiting close (a run that ends while a close is
 *   under way queues one more, which sees its pages). Idempotent, and two closes at once never issue twice
 *   (month-close.ts: an advisory lock, the pending months re-read under it, one certificate per account, month, kind).
 * - sweep-runs (every minute): marks abandoned the collection runs whose heartbeat stopped (their process died).
 */
/** The collection runner's schedule: its own jobs and worker slots (WORKER_CONCURRENCY). */
export const COLLECTION_CRONTAB = '* * * * * collect-due ?jobKey=collect-due&jobKeyMode=replace&max=1';

/**
 * The checks runner's schedule, with slots of its own (OPS_CONCURRENCY): however slow the portals being collected,
 * server checks never wait for a collection slot, and checks of portals that never answer never hold back a
 * notification.
 */
export const CHECKS_CRONTAB = '* * * * * check-due ?jobKey=check-due&jobKeyMode=replace&max=1';

/** The month close's job key: the schedule's and every run's queued close share it (one waiting close at most). */
export const CLOSE_MONTHS_JOB_KEY = 'close-months';

/** The options that queue a month close now, replacing one waiting (one under way runs on; this one follows it). */
export const CLOSE_MONTHS_NOW = { jobKey: CLOSE_MONTHS_JOB_KEY, jobKeyMode: 'replace', maxAttempts: 1 } as const;

/**
 * Whether a collection run that read days from `firstDay` (null: none) changed months that are closed already (before
 * `firstOpenMonth`): then their certificates are issued now rather than at the next hourly close.
 */
export function runTouchedClosedMonths(firstDay: string | null, firstOpenMonth: string): boolean {
  return firstDay !== null && firstDay < firstOpenMonth;
}

/** The housekeeping runner's schedule (one slot): notifications, month closes, sweeps. */
export const HOUSEKEEPING_CRONTAB = [
  '* * * * * deliver-notifications ?jobKey=deliver-notifications&jobKeyMode=replace&max=1',
  `0 * * * * close-months ?jobKey=${CLOSE_MONTHS_JOB_KEY}&jobKeyMode=replace&max=1`,
  '* * * * * sweep-runs ?jobKey=sweep-runs&jobKeyMode=replace&max=1',
].join('\n');

const serverPayload = z.object({ serverId: z.uuid() });
const collectServerPayload = serverPayload.extend({ trigger: z.string().default('schedule') });

export function collectServerJobKey(serverId: string): string {
  return `collect-server:${serverId}`;
}

/** The collection runner's tasks. */
export function buildCollectionTasks(deps: {
  collector: Pick<Collector, 'dueServers' | 'collectServer'>;
  notifier: Pick<Notifier, 'deliverDue'>;
}): TaskList {
  return {
    'collect-due': async (_payload, helpers) => {
      for (const serverId of await deps.collector.dueServers()) {
        await helpers.addJob('collect-server', { serverId }, { jobKey: collectServerJobKey(serverId), maxAttempts: 1 });
      }
    },
    'collect-server': async (payload) => {
      const { serverId, trigger } = collectServerPayload.parse(payload);
      await deps.collector.collectServer(serverId, { trigger });
      await deps.notifier.deliverDue();
    },
  };
}

/** The checks runner's tasks. */
export function buildCheckTasks(deps: {
  checks: Pick<ServerChecks, 'dueChecks' | 'checkServer'>;
  notifier: Pick<Notifier, 'deliverDue'>;
}): TaskList {
  return {
    'check-due': async (_payload, helpers) => {
      for (const serverId of await deps.checks.dueChecks()) {
        await helpers.addJob('check-server', { serverId }, { jobKey: `check-server:${serverId}`, maxAttempts: 1 });
      }
    },
    'check-server': async (payload) => {
      await deps.checks.checkServer(serverPayload.parse(payload).serverId);
      await deps.notifier.deliverDue();
    },
  };
}

/** The housekeeping runner's tasks: notifications, month closes, sweeps. */
export function buildHousekeepingTasks(deps: {
  notifier: Pick<Notifier, 'deliverDue'>;
  monthClose: Pick<MonthClose, 'closeDue'>;
  syncs: Pick<SyncHistory, 'abandonStale'>;
  now: () => Date;
}): TaskList {
  return {
    'deliver-notifications': async () => {
      await deps.notifier.deliverDue();
    },
    'close-months': async () => {
      await deps.monthClose.closeDue();
    },
    'sweep-runs': async () => {
      await deps.syncs.abandonStale(deps.now());
    },
  };
}
