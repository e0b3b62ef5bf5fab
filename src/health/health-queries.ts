import type { Db } from '../db/database.js';
import type { Health } from '../db/schema.js';

/** Plain query functions over the health of servers and feeds (their health_check columns) and health_events. */

type Subject = 'servers' | 'feeds';

/** Locks the row (FOR UPDATE, so inside a transaction) and reads its current health; undefined when it is gone. */
export async function lockHealth(db: Db, table: Subject, id: string): Promise<{ health_check: Health } | undefined> {
  return db.selectFrom(table).select(['health_check']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Writes a check's outcome. `changedAt` is set only when given; `failures` (servers only) adds one to the server's
 * consecutive failures or resets them to 0.
 */
export async function writeHealthCheck(
  db: Db,
  table: Subject,
  id: string,
  r: { health: Health; reason: string | null; code: string | null; checkedAt: Date; changedAt?: Date; failures?: 'increment' | 'reset' },
): Promise<void> {
  const { failures } = r;
  await db
    .updateTable(table)
    .set({
      health_check: r.health,
      health_check_reason: r.reason,
      health_reason: r.code,
      health_check_checked_at: r.checkedAt,
      ...(r.changedAt ? { health_check_changed_at: r.changedAt } : {}),
    })
    .$if(table === 'servers' && failures !== undefined, (q) =>
      q.set((eb) => ({ health_check_failures: failures === 'increment' ? eb('health_check_failures', '+', 1) : eb.val(0) })),
    )
    .where('id', '=', id)
    .execute();
}

export async function insertHealthEvent(
  db: Db,
  e: {
    subject_type: 'server' | 'feed';
    subject_id: string;
    at: Date;
    old_state: Health;
    new_state: Health;
    reason: string | null;
    health_reason: string | null;
  },
): Promise<void> {
  await db.insertInto('health_events').values(e).execute();
}

/** What feed health is judged from: each feed's dates and current health, with its server's holiday region. */
export async function feedHealthInputs(db: Db, feedIds: string[]) {
  return db
    .selectFrom('feeds as f')
    .innerJoin('servers as s', 's.id', 'f.server_id')
    .select([
      'f.id',
      'f.activation_date',
      'f.checkpoint_date',
      'f.health_check',
      'f.health_check_reason',
      'f.read_failure',
      'f.read_failure_since',
      's.holiday_region',
      's.time_zone',
    ])
    .where('f.id', 'in', feedIds)
    .execute();
}

/** Sets the checked time of feeds whose health did not change. */
export async function markFeedsChecked(db: Db, feedIds: string[], at: Date): Promise<void> {
  await db.updateTable('feeds').set({ health_check_checked_at: at }).where('id', 'in', feedIds).execute();
}

/** A server's or feed's health events, unordered (a listing orders and pages them). */
export function healthEventsQuery(db: Db, subjectType: 'server' | 'feed', id: string) {
  return db.selectFrom('health_events').selectAll().where('subject_type', '=', subjectType).where('subject_id', '=', id);
}
