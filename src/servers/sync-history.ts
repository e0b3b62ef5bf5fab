import type { Db } from '../db/database.js';
import { apiTimestamp } from '../http/api-format.js';
import type { Listing } from '../http/listing.js';
import { finishSyncRun, insertSyncRun, latestSyncRun, serverSyncRunsQuery, type SyncRunRow } from './sync-history-queries.js';

export interface SyncError {
  feed_id?: string;
  message: string;
}

/** Every collection run of a server, as `GET /v1/servers/:id/syncs` shows it (newest first). */
export function createSyncHistory(db: Db) {
  return {
    async start(serverId: string, trigger: string, at: Date): Promise<string> {
      return insertSyncRun(db, { serverId, trigger, startedAt: at });
    },

    async finish(
      id: string,
      r: { at: Date; feeds: number; days: number; requests: number; retries: number; errors: SyncError[]; failed: boolean },
    ) {
      await finishSyncRun(db, id, {
        finishedAt: r.at,
        status: r.failed ? 'failed' : r.errors.length ? 'partial' : 'succeeded',
        feeds: r.feeds,
        days: r.days,
        requests: r.requests,
        retries: r.retries,
        errors: r.errors.slice(0, 100),
      });
    },

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
  };
}

export type SyncHistory = ReturnType<typeof createSyncHistory>;
