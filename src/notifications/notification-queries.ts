import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { NotificationDeliveriesTable, NotificationsTable } from '../db/schema.js';

/** Plain query functions of the notification outbox: health events, notifications and their deliveries. */
export type NotificationRow = Selectable<NotificationsTable>;

/** What a notification needs of the server it is about. */
export async function findServerToNotify(db: Db, serverId: string) {
  return db.selectFrom('servers').select(['id', 'url', 'account_id', 'contact']).where('id', '=', serverId).executeTakeFirst();
}

/**
 * The un-notified health events of a server and of its feeds (with the feed's account), in order, locked until the
 * end of the transaction `tx`; events another transaction holds are skipped.
 */
export async function lockUnnotifiedEvents(tx: Db, serverId: string) {
  return tx
    .selectFrom('health_events as e')
    .leftJoin('feeds as f', (j) => j.onRef('f.id', '=', 'e.subject_id').on('e.subject_type', '=', 'feed'))
    .leftJoin('accounts as a', 'a.id', 'f.account_id')
    .select([
      'e.id',
      'e.subject_type',
      'e.subject_id',
      'e.old_state',
      'e.new_state',
      'e.reason',
      'e.health_reason',
      'e.at',
      'f.id as feed_id',
      'f.external_id',
      'a.id as account_id',
      'a.name as account_name',
    ])
    .where('e.notified', '=', false)
    .where((eb) =>
      eb.or([
        eb.and([eb('e.subject_type', '=', 'server'), eb('e.subject_id', '=', serverId)]),
        eb.and([eb('e.subject_type', '=', 'feed'), eb('f.server_id', '=', serverId)]),
      ]),
    )
    .orderBy('e.seq')
    .forUpdate('e')
    .skipLocked()
    .execute();
}

/** The email addresses of an account's users, oldest user first. */
export async function accountUserEmails(db: Db, accountId: string): Promise<string[]> {
  const users = await db.selectFrom('users').select('email').where('account_id', '=', accountId).orderBy('created_at').execute();
  return users.map((u) => u.email);
}

export async function insertNotification(db: Db, n: Insertable<NotificationsTable>): Promise<string> {
  const { id } = await db.insertInto('notifications').values(n).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertDeliveries(db: Db, deliveries: Array<Insertable<NotificationDeliveriesTable>>): Promise<void> {
  await db.insertInto('notification_deliveries').values(deliveries).execute();
}

/** Records which notification told of these health events. */
export async function setEventsNotification(db: Db, eventIds: string[], notificationId: string): Promise<void> {
  await db.updateTable('health_events').set({ notification_id: notificationId }).where('id', 'in', eventIds).execute();
}

export async function markEventsNotified(db: Db, eventIds: string[]): Promise<void> {
  await db.updateTable('health_events').set({ notified: true }).where('id', 'in', eventIds).execute();
}

/**
 * Claims up to `limit` pending deliveries due at `now`, oldest due first, in one statement: each one's attempts go up
 * by one, its attempt is stamped `now` and it is not due again before `leaseUntil`. Rows another worker is claiming
 * are skipped, so several workers can claim at once.
 */
export async function claimDueDeliveries(db: Db, c: { now: Date; leaseUntil: Date; limit: number }) {
  return db
    .updateTable('notification_deliveries as d')
    .set((eb) => ({ attempts: eb('d.attempts', '+', 1), last_attempt_at: c.now, next_attempt_at: c.leaseUntil }))
    .where('d.id', 'in', (eb) =>
      eb
        .selectFrom('notification_deliveries')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', c.now)
        .orderBy('next_attempt_at')
        .limit(c.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['d.id', 'd.notification_id', 'd.channel', 'd.target', 'd.webhook_id', 'd.attempts'])
    .execute();
}

export async function findNotification(db: Db, id: string): Promise<NotificationRow> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The outcome of a delivery attempt, and when it is due again. */
export async function recordDeliveryOutcome(
  db: Db,
  id: string,
  o: Pick<Selectable<NotificationDeliveriesTable>, 'status' | 'delivered_at' | 'last_error' | 'response_status' | 'next_attempt_at'>,
): Promise<void> {
  await db.updateTable('notification_deliveries').set(o).where('id', '=', id).execute();
}

/** An account's notifications, unordered (a listing orders and pages them). */
export function notificationsQuery(db: Db, accountId: string) {
  return db.selectFrom('notifications').selectAll().where('account_id', '=', accountId);
}

/** The deliveries of these notifications, by channel and target. */
export async function deliveriesOf(db: Db, notificationIds: string[]) {
  return db
    .selectFrom('notification_deliveries')
    .selectAll()
    .where('notification_id', 'in', notificationIds)
    .orderBy('channel')
    .orderBy('target')
    .execute();
}
