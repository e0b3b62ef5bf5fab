import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { SyncRunsTable } from '../db/schema.js';

/** Plain query functions over sync_runs (every collection run of a server). */

export type SyncRunRow = Selectable<SyncRunsTable>;

/** Starts a run; returns its id. */
export async function insertSyncRun(db: Db, r: { serverId: string; trigger: string; startedAt: Date }): Promise<string> {
  const row = await db
    .insertInto('sync_runs')
    .values({ server_id: r.serverId, trigger: r.trigger, started_at: r.startedAt, heartbeat_at: r.startedAt })
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
    concurrency: { min: number; median: number; max: number } | null;
    throttled: number;
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
      concurrency_min: r.concurrency?.min ?? null,
      concurrency_median: r.concurrency?.median ?? null,
      concurrency_max: r.concurrency?.max ?? null,
      throttled: r.throttled,
      heartbeat_at: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'running') // an abandoned run stays abandoned
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

/** The run is alive (its heartbeat). */
export async function beatSyncRun(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('sync_runs').set({ heartbeat_at: at }).where('id', '=', id).where('status', '=', 'running').execute();
}

/**
 * Marks abandoned the runs still `running` whose heartbeat is older than `before` (their process died: SIGKILL, a lost
 * database); returns how many.
 */
export async function abandonStaleRuns(db: Db, before: Date, at: Date): Promise<number> {
  const result = await db
    .updateTable('sync_runs')
    .set({ status: 'abandoned', finished_at: at, heartbeat_at: null })
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('heartbeat_at', '<', before), eb('heartbeat_at', 'is', null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks abandoned the server's runs still `running` (called by a run holding the server's lock: no other is alive). */
export async function abandonServerRuns(db: Db, serverId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('sync_runs')
    .set({ status: 'abandoned', finished_at: at, heartbeat_at: null })
    .where('server_id', '=', serverId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
