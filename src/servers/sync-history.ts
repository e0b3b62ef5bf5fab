import type { Db } from '../db/database.js';
import { apiTimestamp } from '../http/api-format.js';
import type { Listing } from '../http/listing.js';
import {
  abandonServerRuns,
  abandonStaleRuns,
  beatSyncRun,
  finishSyncRun,
  insertSyncRun,
  latestSyncRun,
  serverSyncRunsQuery,
  type SyncRunRow,
} from './sync-history-queries.js';

export interface SyncError {
  feed_id?: string;
  message: string;
}

/** A running run touches its heartbeat this often … */
export const HEARTBEAT_MS = 10_000;
/** … and one whose heartbeat is older than this is abandoned (its process died), by the sweeper each minute. */
export const STALE_AFTER_MS = 60_000;

/** Every collection run of a server, as `GET /v1/servers/:id/syncs` shows it (newest first). */
export function createSyncHistory(db: Db) {
  return {
    async start(serverId: string, trigger: string, at: Date): Promise<string> {
      return insertSyncRun(db, { serverId, trigger, startedAt: at });
    },

    async finish(
      id: string,
      r: {
        at: Date;
        feeds: number;
        days: number;
        requests: number;
        retries: number;
        errors: SyncError[];
        failed: boolean;
        /** Requests in flight at each attempt's start (null: no data request was made). */
        concurrency?: { min: number; median: number; max: number } | null;
        throttled?: number;
      },
    ) {
      await finishSyncRun(db, id, {
        finishedAt: r.at,
        status: r.failed ? 'failed' : r.errors.length ? 'partial' : 'succeeded',
        feeds: r.feeds,
        days: r.days,
        requests: r.requests,
        retries: r.retries,
        errors: r.errors.slice(0, 100),
        concurrency: r.concurrency ?? null,
        throttled: r.throttled ?? 0,
      });
    },

    /** The run is alive (every HEARTBEAT_MS while it runs). */
    beat: (id: string, at: Date) => beatSyncRun(db, id, at),

    /** Runs whose heartbeat stopped more than STALE_AFTER_MS before `now` are abandoned (the sweeper). */
    abandonStale: (now: Date) => abandonStaleRuns(db, new Date(now.getTime() - STALE_AFTER_MS), now),

    /** The server's runs still marked running are abandoned (by a run that holds the server's lock). */
    abandonOf: (serverId: string, now: Date) => abandonServerRuns(db, serverId, now),

    /** A server's runs, newest first; 100 a page unless the caller asks for another limit. */
    list(serverId: string) {
      return {
        db,
        query: serverSyncRunsQuery(db, serverId),
        keys: ['started_at', 'id'],
        descending: true,
        defaultLimit: 100,
        present: (rows) => rows.map(runToApi),
      } satisfies Listing<SyncRunRow, ReturnType<typeof runToApi>>;
    },

    /** The server's latest run (benchmarks, the CLI). */
    async latest(serverId: string) {
      const row = await latestSyncRun(db, serverId);
      return row ? runToApi(row) : undefined;
    },
  };
}

function runToApi(r: SyncRunRow) {
  return {
    id: r.id,
    server_id: r.server_id,
    trigger: r.trigger,
    status: r.status,
    started_at: apiTimestamp(r.started_at),
    finished_at: apiTimestamp(r.finished_at),
    duration_ms: r.finished_at ? r.finished_at.getTime() - r.started_at.getTime() : null,
    feeds: r.feeds,
    days: r.days,
    requests: r.requests,
    retries: r.retries,
    errors: r.errors.map((e) => ({ feed_id: e.feed_id ?? null, message: e.message })), // blank fields as null
    concurrency:
      r.concurrency_min === null || r.concurrency_median === null || r.concurrency_max === null
        ? null
        : { min: r.concurrency_min, median: r.concurrency_median, max: r.concurrency_max },
    throttled: r.throttled,
    heartbeat_at: apiTimestamp(r.heartbeat_at),
  };
}

export type SyncHistory = ReturnType<typeof createSyncHistory>;
