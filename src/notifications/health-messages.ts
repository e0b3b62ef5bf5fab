import type { Health, NotificationType } from '../db/schema.js';
import { datesInWords, formatDateTime } from '../people-dates.js';

/** One recorded health change, with what a person needs to recognise its subject. */
export interface HealthChange {
  /** The health event (GET /v1/servers/:id/health, /v1/feeds/:id/health). */
  id: string;
  subject_type: 'server' | 'feed';
  subject_id: string;
  server_id: string;
  server_url: string;
  /** The server's display name (its URL's host unless someone named it). */
  server_name: string;
  /** Feeds: the customer account and the portal's customer id. */
  feed_id: string | null;
  account_id: string | null;
  account_name: string | null;
  external_id: string | null;
  old_state: Health;
  new_state: Health;
  reason: string | null;
  /** The machine-readable reason (the subject's health_reason), when unhealthy. */
  health_reason: string | null;
  at: string;
}

export interface HealthMessage {
  type: NotificationType;
  subject: string;
  text: string;
  data: Record<string, unknown>;
  /** The health events this message notifies. */
  eventIds: string[];
}

/** From this many feed changes of one server in one run, one summary is sent instead of a message per feed. */
export const SUMMARY_MIN_FEED_CHANGES = 3;

/** A server as people know it: its URL, after its name when it was given one (not just the URL's host). */
export function serverLabel(c: Pick<HealthChange, 'server_name' | 'server_url'>): string {
  const host = URL.canParse(c.server_url) ? new URL(c.server_url).host : c.server_url;
  return c.server_name === host ? c.server_url : `${c.server_name} (${c.server_url})`;
}

function describe(c: HealthChange): string {
  return c.subject_type === 'server' ? `Server ${serverLabel(c)}` : `Feed of ${c.account_name} (portal customer ${c.external_id})`;
}

function stateLine(c: HealthChange): string {
  return `${describe(c)}: ${c.old_state} → ${c.new_state} at ${formatDateTime(c.at)}${c.reason ? ` (${datesInWords(c.reason)})` : ''}`;
}

const PAUSED = 'Canopy has paused collection for this server and retries on its own';

/** What to do, by the reason: each failure says what is wrong and how to fix it (never "check the credentials" for TLS). */
const SERVER_ADVICE: Readonly<Record<string, string>> = {
  credentials_rejected:
    `Canopy could not log in to the portal: it rejected the username or password. ${PAUSED}; ` +
    'check the credentials in the portal and in Canopy.',
  tls_untrusted:
    "Canopy does not trust the portal's HTTPS certificate (its subject and issuer are above), so it did not send the " +
    `credentials. ${PAUSED}. ` +
    "To fix: add the portal's CA certificate (PEM) to the server in Canopy (dashboard: Servers, Trust), or to NODE_EXTRA_CA_CERTS.",
  tls_hostname_mismatch:
    `The portal's HTTPS certificate is not valid for the host name in the portal URL. ${PAUSED}. ` +
    'To fix: use the host name the certificate names in the portal URL, or have the certificate reissued for this name.',
  tls_expired:
    `The portal's HTTPS certificate has expired (or is not yet valid). ${PAUSED}. ` + "To fix: the portal's certificate must be renewed.",
  schema_changed:
    "The portal's answers changed shape (the field is named above): its API changed. Canopy reads nothing from such answers, so no " +
    `pages are invented or lost. ${PAUSED}; once the portal answers as before (or the connector is adapted) it re-reads what it missed.`,
  unreachable: `Canopy could not reach the portal. ${PAUSED}; check the portal URL and that the portal is up and reachable from Canopy.`,
};

function advice(c: HealthChange): string {
  if (c.new_state === 'healthy') return 'Data flows again; Canopy has re-read the days it missed.';
  if (c.subject_type === 'server') return SERVER_ADVICE[c.health_reason ?? 'unreachable'] ?? SERVER_ADVICE.unreachable!;
  if (c.health_reason === 'schema_changed') {
    return (
      "The portal's answers for this customer changed shape (the field is named above): its API changed. The days concerned " +
      'are skipped, never read as zeros; the next valid answer covers them.'
    );
  }
  return (
    'The portal has reported no new counters for this customer: the data collection agent has probably stopped. ' +
    'Once it reports again, Canopy re-reads every day since it stopped.'
  );
}

/**
 * The messages for the health changes of one server's run (every change is marked notified, sent or not): one per
 * change, except that many feed changes at once (an agent shared by several customers, a portal outage) become a
 * single summary, so nobody gets a storm.
 */
export function healthMessages(changes: HealthChange[], dashboardUrl: string): HealthMessage[] {
  // Only a change to unhealthy or back is news; a first verdict of healthy (from pending) is not.
  const news = changes.filter((c) => c.new_state === 'unhealthy' || c.old_state === 'unhealthy');
  const serverChanges = news.filter((c) => c.subject_type === 'server');
  const feedChanges = news.filter((c) => c.subject_type === 'feed');
  const single = (c: HealthChange): HealthMessage => ({
    type: 'health.changed',
    subject: `[Canopy] ${describe(c)} is ${c.new_state}`,
    text: `${stateLine(c)}\n\n${advice(c)}\n\n${dashboardUrl}\n`,
    data: { change: c },
    eventIds: [c.id],
  });
  const messages = serverChanges.map(single);
  if (feedChanges.length >= SUMMARY_MIN_FEED_CHANGES) {
    const first = feedChanges[0]!;
    const unhealthy = feedChanges.filter((c) => c.new_state === 'unhealthy').length;
    const healthy = feedChanges.length - unhealthy;
    const counts = [unhealthy ? `${unhealthy} unhealthy` : '', healthy ? `${healthy} healthy` : ''].filter(Boolean).join(', ');
    messages.push({
      type: 'health.summary',
      subject: `[Canopy] ${feedChanges.length} feeds of ${serverLabel(first)} changed health: ${counts}`,
      text: `${feedChanges.map((c) => `- ${stateLine(c)}`).join('\n')}\n\n${dashboardUrl}\n`,
      data: { server_id: first.server_id, server_url: first.server_url, unhealthy, healthy, changes: feedChanges },
      eventIds: feedChanges.map((c) => c.id),
    });
  } else {
    messages.push(...feedChanges.map(single));
  }
  return messages;
}
