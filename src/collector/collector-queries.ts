import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { ReadFailure } from '../db/schema.js';
import type { FeedRow } from '../feeds/feed.js';

/** Plain query functions of the collector: which feeds to read, their checkpoints, and servers' collection state. */

/** A server's active feeds (or only `feedId` of them), oldest first. */
export async function activeFeedsOfServer(db: Db, serverId: string, feedId?: string): Promise<FeedRow[]> {
  let query = db.selectFrom('feeds').selectAll().where('server_id', '=', serverId).where('status', '=', 'active');
  if (feedId) query = query.where('id', '=', feedId);
  return query.orderBy('created_at').orderBy('id').execute();
}

/** Records that the server's nightly run collected every feed through `date`. */
export async function markServerCollected(db: Db, serverId: string, date: string): Promise<void> {
  await db.updateTable('servers').set({ last_collected_for: date }).where('id', '=', serverId).execute();
}

/**
 * The collection state of every server that is not unhealthy (an unhealthy server is paused: its log-in checks
 * decide when it resumes): its time zone, last nightly date, and over its active feeds the oldest checkpoint, how
 * many were never synced and how many there are.
 */
export async function serverCollectionStates(db: Db) {
  return db
    .selectFrom('servers as s')
    .select(['s.id', 's.time_zone', 's.last_collected_for'])
    .where('s.health_check', '!=', 'unhealthy')
    .select((eb) => [
      eb
        .selectFrom('feeds as f')
        .select((e) => e.fn.min('f.checkpoint_date').as('c'))
        .whereRef('f.server_id', '=', 's.id')
        .where('f.status', '=', 'active')
        .as('min_checkpoint'),
      eb
        .selectFrom('feeds as f')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('f.server_id', '=', 's.id')
        .where('f.status', '=', 'active')
        .where('f.checkpoint_date', 'is', null)
        .as('unsynced'),
      eb
        .selectFrom('feeds as f')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('f.server_id', '=', 's.id')
        .where('f.status', '=', 'active')
        .as('active_feeds'),
    ])
    .execute();
}

/** Locks the feed row (FOR UPDATE, so inside a transaction) and reads what a sync plan depends on; undefined when gone. */
export async function lockFeedPosition(db: Db, feedId: string): Promise<{ external_id: string; activation_date: string } | undefined> {
  return db.selectFrom('feeds').select(['external_id', 'activation_date']).where('id', '=', feedId).forUpdate().executeTakeFirst();
}

/** Moves the feed's checkpoint to `date`, never backwards. */
export async function advanceCheckpoint(db: Db, feedId: string, date: string, now: Date): Promise<void> {
  await db
    .updateTable('feeds')
    .set({ checkpoint_date: sql<string>`greatest(checkpoint_date, ${date}::date)`, updated_at: now })
    .where('id', '=', feedId)
    .execute();
}

/** The servers with at least one active feed (what `canopy collect` collects by default). */
export async function serversWithActiveFeeds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('servers')
    .select('id')
    .where((eb) =>
      eb.exists(eb.selectFrom('feeds').select('id').whereRef('feeds.server_id', '=', 'servers.id').where('feeds.status', '=', 'active')),
    )
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Records how the feed's last reads went: null clears (a valid reading arrived); a failure keeps the first date of the
 * current spell (`since` only starts one).
 */
export async function recordReadFailure(db: Db, feedId: string, failure: ReadFailure | null, since: string): Promise<void> {
  await db
    .updateTable('feeds')
    .set(
      failure === null
        ? { read_failure: null, read_failure_since: null }
        : { read_failure: failure, read_failure_since: sql<string>`coalesce(read_failure_since, ${since}::date)` },
    )
    .where('id', '=', feedId)
    .execute();
}
