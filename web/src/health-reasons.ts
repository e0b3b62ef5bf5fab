/** The machine-readable health reasons of servers and feeds (docs/api.md, Health), in words for people. */
import type { Feed, Server } from './api/types';

export type HealthReason = NonNullable<Feed['health_reason']> | NonNullable<Server['health_reason']>;

const WORDS: Record<HealthReason, string> = {
  dca_stale: 'No new data',
  invalid_data: "The portal's answers are invalid",
  customer_missing: 'Customer not found on the portal',
  portal_errors: 'Every read from the portal fails',
  credentials_rejected: 'The portal rejects the username or password',
  unreachable: 'The portal cannot be reached',
  tls_untrusted: "The portal's certificate is not trusted",
  tls_hostname_mismatch: "The portal's certificate is not valid for its address",
  tls_expired: "The portal's certificate has expired",
  schema_changed: "The portal's answers changed shape (its API changed)",
};

/** The reason in words; an unknown code (a newer server) is shown as it is. */
export function healthReasonWords(code: string): string {
  return (WORDS as Record<string, string>)[code] ?? code;
}

const EXPLANATIONS: Record<HealthReason, string> = {
  dca_stale:
    "DCA stale: the printers' data collection agent at the customer's site has sent no new counters for 3 business days (it has " +
    'probably stopped). Canopy re-reads the missed days once it reports again; nothing is counted as zero.',
  invalid_data: 'The portal sent counters that cannot be right (e.g. going backwards): they are held, never counted.',
  customer_missing: "The portal no longer lists this customer: it was removed or renamed on the portal's side.",
  portal_errors: 'Every read from the portal failed in the last run; Canopy retries on its own.',
  credentials_rejected: "The portal refused Canopy's log-in: check the API user's username and password.",
  unreachable: 'Canopy could not connect to the portal: its address is wrong, or it is down or not reachable from Canopy.',
  tls_untrusted: "The portal's HTTPS certificate is signed by a CA Canopy does not trust: add the portal's CA certificate to the server.",
  tls_hostname_mismatch: "The portal's HTTPS certificate names another host than the one in the portal URL.",
  tls_expired: "The portal's HTTPS certificate has expired (or is not valid yet): it must be renewed.",
  schema_changed: "The portal's answers have another shape than its API had: Canopy reads nothing from them until that is fixed.",
};

/** What the reason means and what happens next, in a sentence or two (a tooltip beside the words). */
export function healthReasonExplanation(code: string): string | null {
  return (EXPLANATIONS as Record<string, string>)[code] ?? null;
}
