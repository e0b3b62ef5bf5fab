import { BadRequestError, CanopyError, UpstreamError } from '../errors.js';
import type { TlsReport } from './tls-inspect.js';

/**
 * Why a portal request failed:
 * - credentials_rejected: the portal refused the username or password (server unhealthy; never retried).
 * - unreachable: no connection (refused, unknown host, network down) or the connection was reset or closed early.
 * - tls_untrusted, tls_hostname_mismatch, tls_expired: the HTTPS connection could not be trusted: the certificate's
 *   issuer is not trusted (or the handshake failed), it is not valid for the portal's host name, or it has expired
 *   (or is not yet valid); never retried. The message names the certificate's subject and issuer (`tls`).
 * - refused: Canopy's outbound rule refused the portal's address (loopback, private, …: src/outbound/); never sent.
 * - timeout: no answer within the connect, headers, body or total time limit.
 * - throttled: 429 (Retry-After honoured).
 * - server_error: 5xx.
 * - bad_response: an answer Canopy cannot use (not JSON, wrong shape, redirect, unexpected status, too large).
 * - invalid_answer: a counters answer that fails validation (a counter missing, negative or not a safe integer; the
 *   wrong date or customer): not a reading; the day is skipped and recorded (`field`, `value`).
 * - schema_changed: an answer's shape is not the portal's (a field renamed, missing or of another type): the
 *   portal changed its API; `field` names it. Never retried, never read as zeros.
 * - not_found: the portal has no such customer.
 * - circuit_open: requests to this portal are paused after repeated failures (circuit breaker).
 */
export type PortalErrorKind =
  | 'credentials_rejected'
  | 'unreachable'
  | 'tls_untrusted'
  | 'tls_hostname_mismatch'
  | 'tls_expired'
  | 'refused'
  | 'timeout'
  | 'throttled'
  | 'server_error'
  | 'bad_response'
  | 'invalid_answer'
  | 'schema_changed'
  | 'not_found'
  | 'circuit_open';

/** Whether a kind is worth another attempt, unless the thrower says otherwise. */
export const RETRYABLE_KINDS: Readonly<Record<PortalErrorKind, boolean>> = {
  credentials_rejected: false,
  unreachable: true,
  tls_untrusted: false,
  tls_hostname_mismatch: false,
  tls_expired: false,
  refused: false,
  timeout: true,
  throttled: true,
  server_error: true,
  bad_response: true,
  invalid_answer: false,
  schema_changed: false,
  not_found: false,
  circuit_open: false,
};

/** The kinds that say the HTTPS connection could not be trusted. */
export const TLS_KINDS = ['tls_untrusted', 'tls_hostname_mismatch', 'tls_expired'] as const;
export function isTlsKind(kind: PortalErrorKind): kind is (typeof TLS_KINDS)[number] {
  return (TLS_KINDS as readonly string[]).includes(kind);
}

export interface PortalErrorOptions {
  /** Default: RETRYABLE_KINDS[kind]. */
  retryable?: boolean;
  /** The HTTP status the portal answered, when it answered. */
  httpStatus?: number;
  /** From a 429's Retry-After (seconds form), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
  /** invalid_answer: the field at fault and the value answered (shortened). */
  field?: string;
  value?: string;
  /** TLS failures: the certificate the portal presented and the verdict. */
  tls?: TlsReport;
}

/**
 * A failure talking to a portal. Status 400: where it reaches the API (registering a server, creating a feed,
 * listing customers) it is the caller's portal that failed, and the message says how. Messages are written for the
 * provider and never contain the password, the access token or a response body beyond the portal's own short message.
 */
export class PortalError extends CanopyError {
  override readonly status = 400;
  /** EX_UNAVAILABLE (sysexits): a CLI command failed because the portal did. */
  override readonly exitCode = 69;
  override name = 'PortalError';
  readonly kind: PortalErrorKind;
  readonly retryable: boolean;
  readonly httpStatus: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly field: string | undefined;
  readonly value: string | undefined;
  readonly tls: TlsReport | undefined;

  constructor(kind: PortalErrorKind, message: string, opts: PortalErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    this.retryable = opts.retryable ?? RETRYABLE_KINDS[kind];
    this.httpStatus = opts.httpStatus;
    this.retryAfterMs = opts.retryAfterMs;
    this.field = opts.field;
    this.value = opts.value;
    this.tls = opts.tls;
  }
}

export function isRetryablePortalError(err: unknown): err is PortalError {
  return err instanceof PortalError && err.retryable;
}

/** How each failure is answered to an API caller: its status and stable reason (docs/api.md, Errors). */
const API_ANSWER: Readonly<Record<PortalErrorKind, { status: 400 | 502 | 503 | 504; reason: string }>> = {
  credentials_rejected: { status: 400, reason: 'credentials_rejected' },
  refused: { status: 400, reason: 'outbound_refused' },
  not_found: { status: 400, reason: 'portal_customer_missing' },
  unreachable: { status: 502, reason: 'portal_unreachable' },
  tls_untrusted: { status: 502, reason: 'tls_untrusted' },
  tls_hostname_mismatch: { status: 502, reason: 'tls_hostname_mismatch' },
  tls_expired: { status: 502, reason: 'tls_expired' },
  schema_changed: { status: 502, reason: 'schema_changed' },
  server_error: { status: 502, reason: 'portal_error' },
  bad_response: { status: 502, reason: 'portal_bad_response' },
  invalid_answer: { status: 502, reason: 'portal_invalid_answer' },
  throttled: { status: 503, reason: 'portal_throttled' },
  circuit_open: { status: 503, reason: 'portal_paused' },
  timeout: { status: 504, reason: 'portal_timeout' },
};

/**
 * A portal failure as the API answers it: 400 when the caller's input is at fault (credentials the portal rejects, an
 * address Canopy refuses, a customer the portal does not have), 502/503/504 when the portal is (bad gateway, paused or
 * throttling, too slow), always with the failure's stable reason and `prefix` before the portal's message.
 */
export function portalFailure(err: PortalError, prefix: string): CanopyError {
  const { status, reason } = API_ANSWER[err.kind];
  const message = `${prefix}${err.message}`;
  return status === 400 ? new BadRequestError(message, { reason, cause: err }) : new UpstreamError(message, status, { reason, cause: err });
}

/** The stable reason of a failure kind (the API's `reason`, the probe's `failure.reason`). */
export function apiReasonOf(kind: PortalErrorKind): string {
  return API_ANSWER[kind].reason;
}
