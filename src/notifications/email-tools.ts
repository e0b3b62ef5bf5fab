import { addDays, localDate } from '../calendar.js';
import { INITIAL_FACTOR_SET } from '../impact-factor-sets.js';
import type { Mailer } from '../outbound/mailer.js';
import { certificateMessage } from './certificate-messages.js';
import { healthMessages, type HealthChange } from './health-messages.js';
import { formatDateTime } from '../people-dates.js';

/** Where the setup is described (the dashboard shows the same steps: Settings, E-mail). */
export const EMAIL_SETUP_DOCS = 'docs/operations.md#e-mail-smtp';

export interface EmailStatus {
  configured: boolean;
  from: string | null;
  host: string | null;
  port: number | null;
  security: 'starttls' | 'tls' | null;
  setup: string;
}

/** GET /v1/notifications/email-status: whether SMTP is set, and where mail goes (never SMTP_URL's credentials). */
export function emailStatus(mailer: Pick<Mailer, 'info'> | undefined): EmailStatus {
  const info = mailer?.info;
  return {
    configured: Boolean(info),
    from: info?.from ?? null,
    host: info?.host ?? null,
    port: info?.port ?? null,
    security: info?.security ?? null,
    setup: EMAIL_SETUP_DOCS,
  };
}

interface SmtpFailure {
  code?: unknown;
  response?: unknown;
  message?: unknown;
}

/** Anything like scheme://user:password@ in a message loses its credentials. */
function withoutCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1');
}

/**
 * A failed SMTP send in plain words, from nodemailer's error codes, with the server's own answer when it gave one
 * (e.g. "550 5.1.1 mailbox unavailable"). Never the SMTP password.
 */
export function smtpErrorInWords(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as SmtpFailure;
  const message = typeof e.message === 'string' ? e.message : String(err);
  const answer = typeof e.response === 'string' && e.response ? `; it answered: ${e.response}` : '';
  let words: string;
  switch (e.code) {
    case 'EAUTH':
      words = `The SMTP server refused Canopy's log-in (the user name or password in SMTP_URL)${answer}`;
      break;
    case 'EENVELOPE':
      words = `The SMTP server refused the sender or the recipient${answer || `: ${message}`}`;
      break;
    case 'EMESSAGE':
      words = `The SMTP server refused the message${answer || `: ${message}`}`;
      break;
    case 'ETLS':
      words = `TLS with the SMTP server failed (Canopy requires it): ${message}`;
      break;
    case 'ETIMEDOUT':
      words = `The SMTP server did not answer in time: ${message}`;
      break;
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'EDNS':
      words = /certificate|self[- ]signed|CERT_|SSL|TLS/i.test(message)
        ? `Canopy does not trust the SMTP server's TLS certificate: ${message}`
        : `Canopy could not connect to the SMTP server: ${message}`;
      break;
    default:
      words = message;
  }
  return withoutCredentials(words);
}

export interface TestEmailResult {
  to: string;
  subject: string;
  accepted: boolean;
  error: string | null;
}

/** POST /v1/notifications/test-email: one message, sent now (not through the outbox), and what the server said. */
export async function sendTestEmail(
  mailer: Pick<Mailer, 'send' | 'info'>,
  opts: { to: string; now: Date; publicUrl: string },
): Promise<TestEmailResult> {
  const subject = '[Canopy] Test e-mail';
  const text = [
    `This is a test e-mail from Canopy (${opts.publicUrl}), sent ${formatDateTime(opts.now)}.`,
    '',
    `Notifications (health changes of servers and feeds, issued certificates) are sent from ${mailer.info.from} ` +
      `through ${mailer.info.host}:${mailer.info.port} in the same way.`,
    '',
  ].join('\n');
  return mailer.send(opts.to, subject, text).then(
    () => ({ to: opts.to, subject, accepted: true, error: null }),
    (err: unknown) => ({ to: opts.to, subject, accepted: false, error: smtpErrorInWords(err) }),
  );
}

export interface EmailPreview {
  kind: 'server_unhealthy' | 'feed_unhealthy' | 'healthy_again' | 'summary' | 'certificate_issued';
  type: 'health.changed' | 'health.summary' | 'certificate.issued';
  /** When it is sent and to whom. */
  when: string;
  subject: string;
  text: string;
}

const SAMPLE_SERVER = 'https://printfleet.example.co.uk';

/**
 * GET /v1/notifications/previews: each kind of notification e-mail with sample data, built by the same functions as
 * the real ones, so subject and text are exactly as sent. The sample change happened at `now`; the certificate is
 * last month's, issued by `providerName`.
 */
export function emailPreviews(opts: { now: Date; publicUrl: string; providerName: string | null }): EmailPreview[] {
  const at = new Date(Math.floor(opts.now.getTime() / 60_000) * 60_000).toISOString().replace('.000Z', 'Z');
  const today = localDate(opts.now);
  // The sample feed's counters last moved on the day with 3 weekdays after it up to yesterday (the last day collected).
  let lastChange = addDays(today, -1);
  for (let weekdays = 0; weekdays < 3; lastChange = addDays(lastChange, -1)) {
    const day = new Date(`${lastChange}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6) weekdays++;
  }
  const change = (over: Partial<HealthChange>): HealthChange => ({
    id: 'preview',
    subject_type: 'feed',
    subject_id: 'preview-feed',
    server_id: 'preview-server',
    server_url: SAMPLE_SERVER,
    server_name: 'Printfleet UK',
    feed_id: 'preview-feed',
    account_id: 'preview-account',
    account_name: 'Example Customer Ltd',
    external_id: '1001',
    old_state: 'healthy',
    new_state: 'unhealthy',
    reason: `DCA stale: no new data for 3 business days (last change ${lastChange}).`,
    health_reason: 'dca_stale',
    at,
    ...over,
  });
  const server = change({
    subject_type: 'server',
    subject_id: 'preview-server',
    feed_id: null,
    account_id: null,
    account_name: null,
    external_id: null,
    reason: 'The portal rejected the username or password.',
    health_reason: 'credentials_rejected',
  });
  const one = (c: HealthChange) => healthMessages([c], opts.publicUrl)[0]!;
  const summary = healthMessages(
    [1001, 1002, 1003].map((n, i) =>
      change({ id: `preview-${n}`, external_id: String(n), account_name: ['Example Customer Ltd', 'Northwind Legal', 'Acme Dental'][i]! }),
    ),
    opts.publicUrl,
  )[0]!;
  const month = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const certificate = certificateMessage(
    {
      id: '00000000-0000-4000-8000-000000000000',
      account_id: 'preview-account',
      account_name: 'Example Customer Ltd',
      provider_name: opts.providerName,
      month,
      pages: 25_000,
      factors: INITIAL_FACTOR_SET,
    },
    opts.publicUrl,
  );
  const health = "to the server's contact, or this account's users when it has none";
  return [
    { kind: 'server_unhealthy', when: `A server turns unhealthy: ${health}`, ...pick(one(server)) },
    { kind: 'feed_unhealthy', when: `A feed turns unhealthy: ${health}`, ...pick(one(change({}))) },
    {
      kind: 'healthy_again',
      when: `A server or feed is healthy again: ${health}`,
      ...pick(one(change({ old_state: 'unhealthy', new_state: 'healthy', reason: null, health_reason: null }))),
    },
    { kind: 'summary', when: `Three or more feeds of one server change in one run (one e-mail for all): ${health}`, ...pick(summary) },
    {
      kind: 'certificate_issued',
      when: "A month's certificate is issued: to the customer account's users",
      ...pick(certificate),
    },
  ];
}

function pick(m: { type: EmailPreview['type']; subject: string; text: string }) {
  return { type: m.type, subject: m.subject, text: m.text };
}
