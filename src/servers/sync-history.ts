import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { SyncRunsTable } from '../db/schema.js';
import { apiTimestamp } from '../http/api-format.js';
import type { Listing } from '../http/listing.js';

type SyncRunRow = Selectable<SyncRunsTable>;

export interface SyncError {
  feed_id?: string;
  message: string;
}

/** Every collection run of a server, as `GET /v1/servers/:id/syncs` shows it (newest first). */
export function createSyncHistory(db: Db) {
  return {
    async start(serverId: string, trigger: string, at: Date): Promise<string> {
      const row = await db
        .insertInto('sync_runs')
        .values({ server_id: serverId, trigger, started_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async finish(
      id: string,
      r: { at: Date; feeds: number; days: number; requests: number; retries: number; errors: SyncError[]; failed: boolean },
    ) {
      await db
        .updateTable('sync_runs')
        .set({
          finished_at: r.at,
          status: r.failed ? 'failed' : r.errors.length ? 'partial' : 'succeeded',
          feeds: r.feeds,
          days: r.days,
          requests: r.requests,
          retries: r.retries,
          errors: JSON.stringify(r.errors.slice(0, 100)),
        })
        .where('id', '=', id)
        .execute();
    },

    /** A server's runs, newest first; 100 a page unless the caller asks for another limit. */
    list(serverId: string) {
      return {
        db,
        query: db.selectFrom('sync_runs').selectAll().where('server_id', '=', serverId),
        keys: ['started_at', 'id'],
        descending: true,
        defaultLimit: 100,
        present: (rows) => rows.map(runToApi),
      } satisfies Listing<SyncRunRow, ReturnType<typeof runToApi>>;
    },

    /** The server's latest run (benchmarks, the CLI). */
    async latest(serverId: string) {
      const row = await db
        .selectFrom('sync_runs')
        .selectAll()
        .where('server_id', '=', serverId)
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
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
