import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { SyncRunsTable } from '../db/schema.js';

/** Plain query functions over sync_runs (every collection run of a server). */

export type SyncRunRow = Selectable<SyncRunsTable>;

/** Starts a run; returns its id. */
export async function insertSyncRun(db: Db, r: { serverId: string; trigger: string; startedAt: Date }): Promise<string> {
  const row = await db
    .insertInto('sync_runs')
    .values({ server_id: r.serverId, trigger: r.trigger, started_at: r.startedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function finishSyncRun(
  db: Db,
  id: string,
  r: {
    finishedAt: Date;
    status: SyncRunRow['status'];
    feeds: number;
    days: number;
    requests: number;
    retries: number;
    errors: SyncRunRow['errors'];
  },
): Promise<void> {
  await db
    .updateTable('sync_runs')
    .set({
      finished_at: r.finishedAt,
      status: r.status,
      feeds: r.feeds,
      days: r.days,
      requests: r.requests,
      retries: r.retries,
      errors: JSON.stringify(r.errors),
    })
    .where('id', '=', id)
    .execute();
}

/** A server's runs, unordered (a listing orders and pages them). */
export function serverSyncRunsQuery(db: Db, serverId: string) {
  return db.selectFrom('sync_runs').selectAll().where('server_id', '=', serverId);
}

/** The server's latest run. */
export async function latestSyncRun(db: Db, serverId: string): Promise<SyncRunRow | undefined> {
  return db
    .selectFrom('sync_runs')
    .selectAll()
    .where('server_id', '=', serverId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
