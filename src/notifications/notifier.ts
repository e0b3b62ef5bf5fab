import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import { apiTimestamp } from '../http/api-format.js';
import type { Logger } from '../observability/logger.js';
import { healthMessages, type HealthChange } from './health-messages.js';
import { certificateMessage } from './certificate-messages.js';
import type { Mailer } from '../outbound/mailer.js';
import type { WebhookSender } from './webhook-sender.js';
import {
  accountUserEmails,
  certificatesToAnnounce,
  claimDueDeliveries,
  deliveriesOf,
  findNotification,
  findServerToNotify,
  insertCertificateNotifications,
  insertDeliveries,
  insertNotification,
  lockUnnotifiedEvents,
  markEventsNotified,
  notificationsQuery,
  recordDeliveryOutcome,
  setEventsNotification,
  issuingProviderName,
  isKnownAddress,
  userEmail,
  usersEmailsOf,
  type NotificationRow,
} from './notification-queries.js';
import { activeWebhooksOf, findWebhookForDelivery } from './webhook-queries.js';
import { emailPreviews, emailStatus, sendTestEmail, smtpErrorInWords } from './email-tools.js';
import type { Principal } from '../access/principal.js';
import { BadRequestError, ConflictError, TooManyRequestsError } from '../errors.js';

/** A failed delivery is retried after 1, 2, 4, … minutes, at most hourly, and given up after MAX_ATTEMPTS. */
export const MAX_ATTEMPTS = 10;
export function deliveryRetryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 60 * 60_000);
}
const TEST_EMAILS_PER_WINDOW = 10;
const TEST_EMAIL_WINDOW_MS = 10 * 60_000;
/** A claimed delivery not finished within this time (its process died) is tried again. */
const LEASE_MS = 5 * 60_000;
/** Certificates announced per statement (well under PostgreSQL's 65,535 parameters). */
const CERTIFICATE_BATCH = 2000;

/**
 * Health notifications, as an outbox: dispatch() turns a server's un-notified health events into notifications and
 * pending deliveries in one transaction (each event is notified exactly once); deliverDue() sends what is due, records
 * the outcome of every attempt and schedules retries. Without SMTP, the email is written to the log instead.
 * certificatesIssued() does the same for the account certificates a month close issues, in the close's transaction.
 */
export function createNotifier(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  mailer: Pick<Mailer, 'send' | 'info'> | undefined;
  webhooks: Pick<WebhookSender, 'post'>;
  /** The signing secret of a webhook row. */
  webhookSecret: (row: { id: string; secret_encrypted: string }) => Promise<string>;
  publicUrl: () => string;
}) {
  const { db, clock, logger } = deps;
  const log = logger.child({ component: 'notifications' });

  async function dispatch(serverId: string): Promise<number> {
    return db.transaction().execute(async (tx) => {
      const server = await findServerToNotify(tx, serverId);
      if (!server) return 0;
      const events = await lockUnnotifiedEvents(tx, serverId);
      if (!events.length) return 0;

      const changes: HealthChange[] = events.map((e) => ({
        id: e.id,
        subject_type: e.subject_type,
        subject_id: e.subject_id,
        server_id: server.id,
        server_url: server.url,
        server_name: server.name,
        feed_id: e.feed_id,
        account_id: e.account_id,
        account_name: e.account_name,
        external_id: e.external_id,
        old_state: e.old_state,
        new_state: e.new_state,
        reason: e.reason,
        health_reason: e.health_reason,
        at: apiTimestamp(e.at)!,
      }));
      const recipients = server.contact ? [server.contact] : await accountUserEmails(tx, server.account_id);
      const hooks = await activeWebhooksOf(tx, server.account_id);
      const now = clock.now();

      const messages = healthMessages(changes, deps.publicUrl());
      for (const m of messages) {
        const id = await insertNotification(tx, {
          account_id: server.account_id,
          server_id: server.id,
          type: m.type,
          subject: m.subject,
          text: m.text,
          data: JSON.stringify(m.data),
          created_at: now,
        });
        const emails = deps.mailer ? recipients.map((to) => ({ channel: 'email' as const, target: to, webhook_id: null })) : [];
        const logged =
          deps.mailer && recipients.length
            ? []
            : [{ channel: 'log' as const, target: recipients.join(', ') || '(no recipient)', webhook_id: null }];
        const posts = hooks.map((h) => ({ channel: 'webhook' as const, target: h.url, webhook_id: h.id }));
        const deliveries = [...emails, ...logged, ...posts];
        await insertDeliveries(
          tx,
          deliveries.map((d) => ({ ...d, notification_id: id, next_attempt_at: now })),
        );
        await setEventsNotification(tx, m.eventIds, id);
      }
      await markEventsNotified(
        tx,
        events.map((e) => e.id),
      );
      return messages.length;
    });
  }

  /** The deliveries of a notification to these addresses: each by email, or one line in the log without SMTP or anyone. */
  function emailDeliveries(recipients: string[]) {
    if (deps.mailer && recipients.length) return recipients.map((to) => ({ channel: 'email' as const, target: to, webhook_id: null }));
    return [{ channel: 'log' as const, target: recipients.join(', ') || '(no recipient)', webhook_id: null }];
  }

  /**
   * Announces these newly issued certificates (the month close calls this in its transaction `tx`, after inserting
   * them): one `certificate.issued` e-mail each to its account's users, for the account certificates of customer
   * accounts that have users. Once per certificate (a unique index): announcing one again adds nothing.
   * Returns how many notifications were added.
   */
  async function certificatesIssued(tx: Db, certificateIds: string[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < certificateIds.length; i += CERTIFICATE_BATCH) {
      const issued = await certificatesToAnnounce(tx, certificateIds.slice(i, i + CERTIFICATE_BATCH));
      const recipients = await usersEmailsOf(
        tx,
        issued.map((c) => c.account_id),
      );
      const now = clock.now();
      const messages = issued
        .filter((c) => recipients.has(c.account_id))
        .map((c) => ({
          certificate: c,
          message: certificateMessage(
            {
              id: c.id,
              account_id: c.account_id,
              account_name: c.account_name,
              provider_name: c.provider_name,
              month: c.month,
              pages: Number(c.pages),
              factors: {
                co2e_kg: Number(c.co2e_kg),
                water_l: Number(c.water_l),
                energy_kwh: Number(c.energy_kwh),
                wood_kg: Number(c.wood_kg),
              },
            },
            deps.publicUrl(),
          ),
        }));
      const ids = await insertCertificateNotifications(
        tx,
        messages.map(({ certificate: c, message: m }) => ({
          account_id: c.account_id,
          server_id: null,
          certificate_id: c.id,
          type: m.type,
          subject: m.subject,
          text: m.text,
          data: JSON.stringify(m.data),
          created_at: now,
        })),
      );
      await insertDeliveries(
        tx,
        messages.flatMap(({ certificate: c }) => {
          const id = ids.get(c.id);
          if (!id) return [];
          return emailDeliveries(recipients.get(c.account_id)!).map((d) => ({ ...d, notification_id: id, next_attempt_at: now }));
        }),
      );
      added += ids.size;
    }
    return added;
  }

  /** Claims due deliveries (several workers can run this at once) and sends them. Returns how many were attempted. */
  async function deliverDue(limit = 50): Promise<number> {
    const now = clock.now();
    const claimed = await claimDueDeliveries(db, { now, leaseUntil: new Date(now.getTime() + LEASE_MS), limit });
    for (const d of claimed) {
      const n = await findNotification(db, d.notification_id);
      let result: { ok: boolean; status: number | null; error: string | null };
      if (d.channel === 'log') {
        log.warn(
          { notification: n.id, to: d.target, subject: n.subject },
          `notification (no SMTP_URL configured): ${n.subject}\n${n.text}`,
        );
        result = { ok: true, status: null, error: null };
      } else if (d.channel === 'email') {
        result = await deps.mailer!.send(d.target, n.subject, n.text).then(
          () => ({ ok: true, status: null, error: null }),
          (err: unknown) => ({ ok: false, status: null, error: smtpErrorInWords(err) }),
        );
      } else {
        const hook = d.webhook_id ? await findWebhookForDelivery(db, d.webhook_id) : undefined;
        result =
          hook?.status !== 'active'
            ? { ok: false, status: null, error: 'the webhook was deleted or deactivated' }
            : await deps.webhooks.post({
                url: d.target,
                secret: await deps.webhookSecret(hook),
                deliveryId: d.id,
                event: n.type,
                now: clock.now(),
                body: {
                  id: n.id,
                  type: n.type,
                  created_at: apiTimestamp(n.created_at),
                  account_id: n.account_id,
                  server_id: n.server_id,
                  subject: n.subject,
                  data: n.data,
                },
              });
      }
      const finalFailure = !result.ok && (d.attempts >= MAX_ATTEMPTS || result.error === 'the webhook was deleted or deactivated');
      await recordDeliveryOutcome(db, d.id, {
        status: result.ok ? 'delivered' : finalFailure ? 'failed' : 'pending',
        delivered_at: result.ok ? clock.now() : null,
        last_error: result.error,
        response_status: result.status,
        next_attempt_at: new Date(clock.now().getTime() + deliveryRetryDelayMs(d.attempts)),
      });
      if (!result.ok)
        log.warn(
          { delivery: d.id, channel: d.channel, attempts: d.attempts, error: result.error },
          finalFailure ? 'notification delivery gave up' : 'notification delivery failed; will retry',
        );
    }
    return claimed.length;
  }

  /** GET /v1/notifications: an account's notifications with the state of each delivery, newest first (100 a page). */
  function list(accountId: string) {
    return {
      db,
      query: notificationsQuery(db, accountId),
      keys: ['seq'],
      descending: true,
      defaultLimit: 100,
      present,
    } satisfies Listing<NotificationRow, unknown>;
  }

  async function present(rows: NotificationRow[]) {
    if (!rows.length) return [];
    const deliveries = await deliveriesOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((n) => ({
      id: n.id,
      account_id: n.account_id,
      server_id: n.server_id,
      type: n.type,
      subject: n.subject,
      text: n.text,
      data: n.data,
      created_at: apiTimestamp(n.created_at),
      deliveries: deliveries
        .filter((d) => d.notification_id === n.id)
        .map((d) => ({
          id: d.id,
          channel: d.channel,
          target: d.target,
          webhook_id: d.webhook_id,
          status: d.status,
          attempts: d.attempts,
          last_attempt_at: d.last_attempt_at ? apiTimestamp(d.last_attempt_at) : null,
          delivered_at: d.delivered_at ? apiTimestamp(d.delivered_at) : null,
          next_attempt_at: d.status === 'pending' ? apiTimestamp(d.next_attempt_at) : null,
          last_error: d.last_error,
          response_status: d.response_status,
        })),
    }));
  }

  /** Test e-mails sent per account (in this process), so the button cannot be used to send mail in bulk. */
  const testSends = new Map<string, number[]>();

  /** POST /v1/notifications/test-email: to `to`, or the signed-in user's address. */
  async function testEmail(p: Principal, to: string | undefined) {
    const mailer = deps.mailer;
    if (!mailer)
      throw new ConflictError(
        'E-mail is not configured: set SMTP_URL (and SMTP_FROM) and restart Canopy (docs/operations.md, E-mail (SMTP)).',
        { reason: 'email_not_configured' },
      );
    const recipient = to ?? (p.userId ? await userEmail(db, p.userId) : undefined);
    if (!recipient) throw new BadRequestError('to: is required (this API key has no user, so there is no address to default to).');
    if (!(await isKnownAddress(db, p.accountId, recipient)))
      throw new BadRequestError("to: must be the address of a user of this account (or its customers') or a server's contact.", {
        reason: 'unknown_recipient',
      });
    const now = clock.now();
    const recent = (testSends.get(p.accountId) ?? []).filter((t) => t > now.getTime() - TEST_EMAIL_WINDOW_MS);
    if (recent.length >= TEST_EMAILS_PER_WINDOW)
      throw new TooManyRequestsError(
        `At most ${TEST_EMAILS_PER_WINDOW} test e-mails in ${TEST_EMAIL_WINDOW_MS / 60_000} minutes.`,
        Math.ceil((recent[0]! + TEST_EMAIL_WINDOW_MS - now.getTime()) / 1000),
      );
    testSends.set(p.accountId, [...recent, now.getTime()]);
    const result = await sendTestEmail(mailer, { to: recipient, now, publicUrl: deps.publicUrl() });
    log.info({ account: p.accountId, accepted: result.accepted, error: result.error }, 'test e-mail sent');
    return result;
  }

  /** GET /v1/notifications/previews: each kind of e-mail as it would be sent, with sample data. */
  async function previews(p: Principal) {
    return emailPreviews({ now: clock.now(), publicUrl: deps.publicUrl(), providerName: await issuingProviderName(db, p.accountId) });
  }

  return {
    dispatch,
    certificatesIssued,
    deliverDue,
    list,
    emailStatus: () => emailStatus(deps.mailer),
    testEmail,
    previews,
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
