/**
 * A portal connection in words: what went wrong when Canopy tried it (the API's `reason`, docs/api.md, Errors) and
 * what to do about it, how it logs in and lists customers (the connection profile), and whom it trusts.
 */
import type { CaCertificate, ConnectionProfile, PortalProbe } from './api/types';
import { formatDateTime, formatDay } from './format';

export const TLS_REASONS = ['tls_untrusted', 'tls_hostname_mismatch', 'tls_expired'] as const;
export type TlsReason = (typeof TLS_REASONS)[number];

export function isTlsReason(reason: string | null | undefined): reason is TlsReason {
  return (TLS_REASONS as readonly string[]).includes(reason ?? '');
}

export interface PortalProblem {
  /** What went wrong, in a few words (no full stop). */
  title: string;
  /** What to do about it. */
  fix: string;
}

const REACH = {
  title: 'The portal could not be reached',
  fix: 'Check the API URL and that the portal is online and reachable from Canopy, then try again.',
};
const ANSWER = {
  title: 'The portal answered with an error',
  fix: 'Check that the API URL is the OneStop MPS Portal API (not its web pages) and that the portal is working, then try again.',
};
const BUSY = { title: 'The portal is busy', fix: 'Wait a few minutes and try again.' };

const PROBLEMS: Record<string, PortalProblem> = {
  credentials_rejected: {
    title: 'The portal rejected the username or password',
    fix:
      'Canopy reached the portal, but it refused these credentials. Check the username and password of the portal API user ' +
      '(and, if the portal needs one, the OAuth2 client id and secret under Advanced).',
  },
  tls_untrusted: {
    title: "The portal's certificate is not trusted",
    fix:
      "If the portal uses a private CA, add the portal's CA certificate (PEM) below, under Advanced, and register again. " +
      "The portal's administrator can give it to you (a certificate, never a private key).",
  },
  tls_hostname_mismatch: {
    title: "The portal's certificate is not valid for its address",
    fix:
      "Use the host name the portal's certificate names in the API URL, or ask the portal's administrator to reissue the certificate " +
      'for this address.',
  },
  tls_expired: {
    title: "The portal's certificate has expired",
    fix: "The portal's administrator must renew its certificate; register again once it is renewed.",
  },
  schema_changed: {
    title: "The portal's answers changed shape (its API changed)",
    fix:
      "The portal no longer answers as the OneStop MPS Portal API Canopy knows. Check that the API URL is the portal's API; if it is, " +
      'send this diagnosis to Canopy support.',
  },
  outbound_refused: {
    title: 'This address is not allowed',
    fix: "Canopy only connects to addresses its operator allows: use the portal's public address, or ask an operator.",
  },
  unreachable: REACH,
  portal_unreachable: REACH,
  portal_timeout: { title: 'The portal did not answer in time', fix: REACH.fix },
  portal_error: ANSWER,
  portal_bad_response: ANSWER,
  portal_invalid_answer: ANSWER,
  portal_customer_missing: ANSWER,
  portal_throttled: BUSY,
  portal_paused: BUSY,
};

/**
 * What the portal (or Canopy about it) said, without the prefix of a failed log-in and without the server's own
 * "To fix: …" (the dashboard says what to do in its own words, for the form at hand).
 */
export function portalSaid(message: string): string {
  return message
    .replace(/^Could not log in to the portal:\s*/i, '')
    .replace(/\s*To fix: [\s\S]*$/, '')
    .trim();
}

/** Whether a rejected log-in names the OAuth2 client (id or secret) rather than the username and password. */
export function clientRejected(message: string): boolean {
  return /client id|client secret|invalid_client/i.test(message);
}

const CLIENT_REJECTED: PortalProblem = {
  title: 'The portal rejected the OAuth2 client id or secret',
  fix: "Check the OAuth2 client id and secret under Advanced: the portal's administrator issues them.",
};

/**
 * The problem a portal failure's reason names (with what the portal said, when it tells a rejected OAuth2 client from
 * a rejected username and password), or null when the reason is not about the portal.
 */
export function portalProblem(reason: string | null | undefined, said = ''): PortalProblem | null {
  if (reason === 'credentials_rejected' && clientRejected(said)) return CLIENT_REJECTED;
  return (reason && PROBLEMS[reason]) || null;
}

/** Whether a failure with this reason is the portal's (a diagnosis can say more), not the request's. */
export function isPortalReason(reason: string | null | undefined): boolean {
  return reason !== 'outbound_refused' && portalProblem(reason) !== null;
}

/**
 * The reason a diagnosis points at, when it is more precise than the registration's answer: a certificate that is not
 * trusted is always a TLS problem, never "could not be reached" or "rejected credentials".
 */
export function diagnosedReason(reason: string | null, probe: PortalProbe | null): string | null {
  if (!probe) return reason;
  if (isTlsReason(probe.failure?.reason)) return probe.failure.reason;
  if (probe.tls && !probe.tls.trusted) return probe.tls.reason ?? 'tls_untrusted';
  return reason;
}

/** "OAuth2 password grant" or "JSON log-in". */
export function authWords(auth: ConnectionProfile['auth']): string {
  return auth === 'oauth-password' ? 'OAuth2 password grant' : 'JSON log-in';
}

/** "OAuth2 password grant at /token · customer list: array · ids: string". */
export function profileWords(p: Pick<ConnectionProfile, 'auth' | 'token_path' | 'customer_list' | 'id_type'>): string {
  return `${authWords(p.auth)} at ${p.token_path} · customer list: ${p.customer_list} · ids: ${p.id_type}`;
}

/** "detected 7 Oct 2026, 14:05 BST" (or "" when unknown). */
export function detectedWords(p: ConnectionProfile): string {
  return p.detected_at ? `detected ${formatDateTime(p.detected_at)}` : '';
}

/** 'AB:CD:…' → "ABCD0123456789EF…": the first 16 hex digits of a SHA-256 fingerprint. */
export function shortFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.length > 16 ? `${hex.slice(0, 16)}…` : hex;
}

/** "Trusted CA: CN=Portal CA (SHA-256 ABCD0123456789EF…), valid to 7 Oct 2027", or "System roots only". */
export function trustWords(ca: CaCertificate | null): string {
  if (!ca) return 'System roots only';
  return `Trusted CA: ${ca.subject} (SHA-256 ${shortFingerprint(ca.fingerprint_sha256)}), valid to ${formatDay(ca.valid_to.slice(0, 10))}`;
}
