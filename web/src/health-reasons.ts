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
