import { CanopyError } from '../errors.js';

/**
 * Why a portal request failed:
 * - credentials_rejected: the portal refused the username or password (server unhealthy; never retried).
 * - unreachable: no connection (refused, unknown host, network down) or the connection was reset or closed early.
 * - tls: the HTTPS connection could not be trusted (certificate or protocol); never retried.
 * - refused: Canopy's outbound rule refused the portal's address (loopback, private, …: src/outbound/); never sent.
 * - timeout: no answer within the connect, headers, body or total time limit.
 * - throttled: 429 (Retry-After honoured).
 * - server_error: 5xx.
 * - bad_response: an answer Canopy cannot use (not JSON, wrong shape, redirect, unexpected status, too large).
 * - not_found: the portal has no such customer.
 * - circuit_open: requests to this portal are paused after repeated failures (circuit breaker).
 */
export type PortalErrorKind =
  | 'credentials_rejected'
  | 'unreachable'
  | 'tls'
  | 'refused'
  | 'timeout'
  | 'throttled'
  | 'server_error'
  | 'bad_response'
  | 'not_found'
  | 'circuit_open';

/** Whether a kind is worth another attempt, unless the thrower says otherwise. */
export const RETRYABLE_KINDS: Readonly<Record<PortalErrorKind, boolean>> = {
  credentials_rejected: false,
  unreachable: true,
  tls: false,
  refused: false,
  timeout: true,
  throttled: true,
  server_error: true,
  bad_response: true,
  not_found: false,
  circuit_open: false,
};

export interface PortalErrorOptions {
  /** Default: RETRYABLE_KINDS[kind]. */
  retryable?: boolean;
  /** The HTTP status the portal answered, when it answered. */
  httpStatus?: number;
  /** From a 429's Retry-After (seconds form), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
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

  constructor(kind: PortalErrorKind, message: string, opts: PortalErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.kind = kind;
    this.retryable = opts.retryable ?? RETRYABLE_KINDS[kind];
    this.httpStatus = opts.httpStatus;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

export function isRetryablePortalError(err: unknown): err is PortalError {
  return err instanceof PortalError && err.retryable;
}
