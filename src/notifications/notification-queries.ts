import { sql, type Insertable, type Selectable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { NotificationDeliveriesTable, NotificationsTable } from '../db/schema.js';

/** Plain query functions of the notification outbox: health events, issued certificates, notifications and their deliveries. */
export type NotificationRow = Selectable<NotificationsTable>;

/** What a notification needs of the server it is about. */
export async function findServerToNotify(db: Db, serverId: string) {
  return db.selectFrom('servers').select(['id', 'url', 'name', 'account_id', 'contact']).where('id', '=', serverId).executeTakeFirst();
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

/** The users' email addresses of each of these accounts, oldest user first (accounts without users are absent). */
export async function usersEmailsOf(db: Db, accountIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!accountIds.length) return out;
  const users = await db
    .selectFrom('users')
    .select(['account_id', 'email'])
    .where('account_id', 'in', [...new Set(accountIds)])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const u of users) out.set(u.account_id, [...(out.get(u.account_id) ?? []), u.email]);
  return out;
}

/**
 * Of these certificates, the account certificates of customer accounts, as stored when issued (names, pages, month,
 * with the figures of the factor set they were issued with), that no notification announces yet.
 */
export async function certificatesToAnnounce(db: Db, certificateIds: string[]) {
  if (!certificateIds.length) return [];
  return db
    .selectFrom('certificates as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .innerJoin('impact_factor_sets as f', 'f.version', 'c.factors_version')
    .leftJoin('notifications as n', 'n.certificate_id', 'c.id')
    .select([
      'c.id',
      'c.account_id',
      'c.account_name',
      'c.provider_name',
      'c.month',
      'c.pages',
      'f.co2e_kg',
      'f.water_l',
      'f.energy_kwh',
      'f.wood_kg',
    ])
    .where(sql<boolean>`c.id = ANY(${certificateIds}::uuid[])`)
    .where('c.kind', '=', 'account')
    .where('a.role', '=', 'customer')
    .where('n.id', 'is', null)
    .orderBy('c.account_id')
    .orderBy('c.month')
    .execute();
}

/**
 * Certificate notifications, once each: one already announcing its certificate (the unique index on certificate_id)
 * is left as it is. Returns the ids of those inserted, by certificate id.
 */
export async function insertCertificateNotifications(db: Db, rows: Array<Insertable<NotificationsTable>>): Promise<Map<string, string>> {
  if (!rows.length) return new Map();
  const inserted = await db
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.column('certificate_id').where('certificate_id', 'is not', null).doNothing())
    .returning(['id', 'certificate_id'])
    .execute();
  return new Map(inserted.map((r) => [r.certificate_id!, r.id]));
}

export async function insertNotification(db: Db, n: Insertable<NotificationsTable>): Promise<string> {
  const { id } = await db.insertInto('notifications').values(n).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertDeliveries(db: Db, deliveries: Array<Insertable<NotificationDeliveriesTable>>): Promise<void> {
  // In batches of 5,000 rows (well under PostgreSQL's 65,535 parameters).
  for (let i = 0; i < deliveries.length; i += 5000)
    await db
      .insertInto('notification_deliveries')
      .values(deliveries.slice(i, i + 5000))
      .execute();
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

/** A user's e-mail address (the default recipient of a test e-mail). */
export async function userEmail(db: Db, userId: string): Promise<string | undefined> {
  return (await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst())?.email;
}

/**
 * Whether `email` is one Canopy already mails for the subtree rooted at `rootId`: a user's, or a server's contact. A test
 * e-mail goes only to such an address, so the button cannot send the relay's mail to strangers.
 */
export async function isKnownAddress(db: Db, rootId: string, email: string): Promise<boolean> {
  const lower = email.toLowerCase();
  const user = await db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select('u.id')
    .where(inSubtreeOf(rootId))
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', lower))
    .executeTakeFirst();
  if (user) return true;
  const contact = await db
    .selectFrom('servers as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select('s.id')
    .where(inSubtreeOf(rootId))
    .where((eb) => eb(eb.fn('lower', ['s.contact']), '=', lower))
    .executeTakeFirst();
  return Boolean(contact);
}

/** The name a provider's certificates are issued under (as the month close names them), or null for another role. */
export async function issuingProviderName(db: Db, accountId: string): Promise<string | null> {
  const a = await db.selectFrom('accounts').select(['role', 'name', 'display_name']).where('id', '=', accountId).executeTakeFirst();
  return a?.role === 'provider' ? a.display_name || a.name : null;
}
