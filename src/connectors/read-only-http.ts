import { Agent } from 'undici';
import { BadRequestError, CanopyError } from '../errors.js';
import { OutboundRefusedError, type OutboundPolicy } from '../outbound/outbound-policy.js';
import { isTlsKind, PortalError } from './portal-error.js';
import { inspectTls, tlsReasonOf } from './tls-inspect.js';

/**
 * The only way a connector talks HTTP to a portal: read-only by construction (docs/domain.md). `send` refuses, before any
 * I/O, every request other than GET on the portal's own origin and POST to its log-in path, and turns transport
 * failures into PortalErrors. Timeouts, keep-alive and the response size cap are set explicitly (ARCHITECTURE.md:
 * undici's defaults are not acceptable).
 */

export interface HttpTimeouts {
  /** TCP + TLS handshake. */
  connectMs: number;
  /** From sending the request to the end of the response headers. */
  headersMs: number;
  /** Longest pause between two chunks of the body. */
  bodyMs: number;
  /** Whole request, body included (a safety net over the three above). Default: their sum. */
  totalMs?: number;
}

export const DEFAULT_TIMEOUTS: Readonly<Required<Omit<HttpTimeouts, 'totalMs'>>> = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 };
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
/**
 * Idle keep-alive: longer than Node's and undici's 4 s, shorter than a typical server's idle timeout; undici lowers
 * it to a server's Keep-Alive hint.
 */
export const DEFAULT_KEEP_ALIVE_MS = 15_000;
export const DEFAULT_MAX_CONNECTIONS = 8;

export interface ReadOnlyHttpOptions {
  /** The portal's API base, https:// only (a path prefix is kept). */
  baseUrl: string;
  /** The only paths that may receive a POST (the log-in styles' token paths). */
  loginPaths: readonly string[];
  /** Which addresses may be contacted (src/outbound/): every socket resolves and connects through it. */
  outbound: OutboundPolicy;
  /** Trust exactly these CAs (PEM). Without it, Node's roots and NODE_EXTRA_CA_CERTS apply (src/outbound/trust.ts adds to them). */
  ca?: string | Buffer | Array<string | Buffer>;
  timeouts?: Partial<HttpTimeouts>;
  maxResponseBytes?: number;
  keepAliveMs?: number;
  /** Connections kept to the portal at most. */
  maxConnections?: number;
  userAgent?: string;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface SendOptions {
  /** Sent as `Authorization: Bearer …`. */
  bearer?: string;
  /** Sent as a JSON body (only on the log-in POST). */
  json?: unknown;
  /** Sent as an application/x-www-form-urlencoded body (only on the log-in POST: OAuth2). */
  form?: Record<string, string>;
}

export interface ReadOnlyHttp {
  /** https://host[:port] of the portal, for messages (never carries credentials). */
  readonly origin: string;
  /** Requests sent so far (refused ones excluded). */
  readonly sent: number;
  /** Sends one request; resolves with any HTTP answer, rejects with a PortalError when none came (or ReadOnlyViolationError). */
  send(method: string, path: string, opts?: SendOptions): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/** A request that would break the read-only rule: a bug in Canopy, never sent. */
export class ReadOnlyViolationError extends CanopyError {
  override name = 'ReadOnlyViolationError';
}

/**
 * Throws ReadOnlyViolationError unless the request is a GET of a path on the portal's API, or the POST of log-in.
 * Paths are relative to the portal's base URL: they must start with a single "/" (no scheme, host or "//").
 */
export function assertReadOnly(method: string, path: string, loginPaths: string | readonly string[]): void {
  const logins = typeof loginPaths === 'string' ? [loginPaths] : loginPaths;
  if (
    typeof path !== 'string' ||
    !path.startsWith('/') ||
    path.startsWith('//') ||
    /[\s\\#]/.test(path) ||
    /(^|\/)\.\.?(\/|\?|$)/.test(path)
  ) {
    throw new ReadOnlyViolationError(
      `Refusing a request to ${JSON.stringify(String(path).slice(0, 100))}: only plain paths on the portal's API may be requested.`,
    );
  }
  if (method === 'GET') return;
  if (method === 'POST' && logins.includes(path)) return;
  const bare = path.split('?')[0];
  throw new ReadOnlyViolationError(
    `Refusing ${String(method).slice(0, 20)} ${bare}: the portal connector is read-only ` +
      `(GET, and POST to ${logins.join(' or ')} to log in).`,
  );
}

/** The portal URL as origin + path prefix; https:// only, no credentials, query or fragment (BadRequestError otherwise). */
export function parsePortalUrl(raw: string): { origin: string; prefix: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BadRequestError('The portal URL is not a valid URL.');
  }
  if (url.protocol !== 'https:')
    throw new BadRequestError('The portal URL must start with https:// (Canopy only talks to portals over HTTPS).');
  if (url.username || url.password) throw new BadRequestError('The portal URL must not contain a username or password.');
  if (url.search || url.hash) throw new BadRequestError('The portal URL must not contain a query or fragment.');
  return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, '') };
}

export function createReadOnlyHttp(opts: ReadOnlyHttpOptions): ReadOnlyHttp {
  const { origin, prefix } = parsePortalUrl(opts.baseUrl);
  const t = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const totalMs = opts.timeouts?.totalMs ?? t.connectMs + t.headersMs + t.bodyMs;
  const keepAliveMs = opts.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  const maxResponseBytes = opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const agent = new Agent({
    connect: opts.outbound.connector({ timeout: t.connectMs, rejectUnauthorized: true, ...(opts.ca ? { ca: opts.ca } : {}) }),
    headersTimeout: t.headersMs,
    bodyTimeout: t.bodyMs,
    keepAliveTimeout: keepAliveMs,
    keepAliveMaxTimeout: Math.max(keepAliveMs, 60_000),
    keepAliveTimeoutThreshold: 1_000,
    maxResponseSize: maxResponseBytes,
    connections: opts.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    pipelining: 1,
  });
  const userAgent = opts.userAgent ?? 'Canopy (read-only portal connector)';
  const inFlight = new Set<AbortController>();
  let closed = false;
  let sent = 0;

  async function send(method: string, path: string, o: SendOptions = {}): Promise<HttpAnswer> {
    assertReadOnly(method, path, opts.loginPaths);
    if ((o.json !== undefined || o.form !== undefined) && method !== 'POST')
      throw new ReadOnlyViolationError(`Refusing ${method} with a body: only the log-in POST carries one.`);
    if (closed) throw new PortalError('unreachable', 'The portal connector is closed.', { retryable: false });
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent };
    if (o.bearer) headers.authorization = `Bearer ${o.bearer}`;
    let body: string | undefined;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers['content-type'] = 'application/json';
    } else if (o.form !== undefined) {
      body = new URLSearchParams(o.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    sent++;
    const controller = new AbortController();
    let overdue = false;
    const timer = setTimeout(() => {
      overdue = true;
      controller.abort();
    }, totalMs);
    inFlight.add(controller);
    try {
      const res = await agent.request({
        origin,
        path: prefix + path,
        method: method as 'GET' | 'POST',
        headers,
        body,
        signal: controller.signal,
      });
      const text = await res.body.text();
      return { status: res.statusCode, headers: res.headers, text };
    } catch (err) {
      if (overdue) throw new PortalError('timeout', `The portal at ${origin} did not answer within ${totalMs} ms.`, { cause: err });
      if (closed)
        throw new PortalError('unreachable', `The request to the portal at ${origin} was cancelled: the connector was closed.`, {
          retryable: false,
          cause: err,
        });
      const failure = transportError(err, origin, { connectMs: t.connectMs, headersMs: t.headersMs, bodyMs: t.bodyMs, maxResponseBytes });
      throw isTlsKind(failure.kind) ? await explainTls(failure) : failure;
    } finally {
      clearTimeout(timer);
      inFlight.delete(controller);
    }
  }

  /** A TLS failure with the certificate's subject and issuer, from one more handshake (tls-inspect.ts). */
  async function explainTls(failure: PortalError): Promise<PortalError> {
    const report = await inspectTls(origin, { outbound: opts.outbound, ...(opts.ca ? { ca: opts.ca } : {}), timeoutMs: t.connectMs }).catch(
      () => undefined,
    );
    if (!report) return failure;
    const kind = report.reason ?? failure.kind;
    const why =
      kind === 'tls_expired'
        ? `its certificate expired on ${report.valid_to.slice(0, 10)} (or is not valid before ${report.valid_from.slice(0, 10)})`
        : kind === 'tls_hostname_mismatch'
          ? `its certificate is not valid for ${new URL(origin).hostname}`
          : 'its certificate is not signed by a CA Canopy trusts';
    const fix =
      kind === 'tls_untrusted'
        ? "add the portal's CA certificate (PEM) to the server in Canopy, or NODE_EXTRA_CA_CERTS for every server"
        : kind === 'tls_hostname_mismatch'
          ? 'use the host name the certificate names in the portal URL, or have the portal certificate reissued'
          : "the portal's certificate must be renewed";
    return new PortalError(
      kind,
      `The portal at ${origin} is not trusted: ${why} ` +
        `(subject ${report.subject}; issuer ${report.issuer}; ${report.detail ?? 'TLS error'}). ` +
        `To fix: ${fix}.`,
      { cause: failure, tls: report },
    );
  }

  return {
    origin,
    get sent() {
      return sent;
    },
    send,
    async close() {
      if (closed) return;
      closed = true;
      for (const c of inFlight) c.abort();
      await agent.close();
    },
  };
}

const TIMEOUTS: Readonly<Record<string, 'connectMs' | 'headersMs' | 'bodyMs'>> = {
  UND_ERR_CONNECT_TIMEOUT: 'connectMs',
  ETIMEDOUT: 'connectMs',
  UND_ERR_HEADERS_TIMEOUT: 'headersMs',
  UND_ERR_BODY_TIMEOUT: 'bodyMs',
};

const NO_CONNECTION: Readonly<Record<string, { what: string; retryable: boolean }>> = {
  ECONNREFUSED: { what: 'connection refused', retryable: true },
  ENOTFOUND: { what: 'host not found', retryable: false },
  EAI_AGAIN: { what: 'temporary DNS failure', retryable: true },
  EHOSTUNREACH: { what: 'host unreachable', retryable: true },
  ENETUNREACH: { what: 'network unreachable', retryable: true },
  ENETDOWN: { what: 'network down', retryable: true },
  EADDRNOTAVAIL: { what: 'address not available', retryable: true },
  // The connection was there and went away: a "reset" flavour of unreachable, always worth another attempt.
  ECONNRESET: { what: 'connection reset', retryable: true },
  EPIPE: { what: 'connection closed while sending', retryable: true },
  ECONNABORTED: { what: 'connection aborted', retryable: true },
  UND_ERR_SOCKET: { what: 'connection closed by the portal', retryable: true },
  UND_ERR_CLOSED: { what: 'connection closed', retryable: true },
};

const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY|DECRYPT)|ERR_SSL|ERR_TLS|EPROTO|HOSTNAME|ALTNAME/;

/** Error codes of an error, its cause and (Happy Eyeballs' AggregateError) its inner errors. */
function codesOf(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 3) return [];
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof e.code === 'string' ? [e.code] : [];
  const inner = Array.isArray(e.errors) ? e.errors.flatMap((x) => codesOf(x, depth + 1)) : [];
  return [...own, ...codesOf(e.cause, depth + 1), ...inner];
}

/** A failure below HTTP (no answer) as a PortalError: unreachable, tls, timeout or bad_response (too large). */
export function transportError(
  err: unknown,
  origin: string,
  limits: { connectMs: number; headersMs: number; bodyMs: number; maxResponseBytes: number },
): PortalError {
  if (err instanceof PortalError) return err;
  const codes = codesOf(err);
  const message = err instanceof Error ? err.message : String(err);
  if (codes.includes('EOUTBOUND_REFUSED')) {
    const refusal = refusalOf(err);
    return new PortalError('refused', `The portal at ${origin} was not contacted. ${refusal ?? message}`, { retryable: false, cause: err });
  }
  for (const code of codes) {
    const limit = TIMEOUTS[code];
    if (limit) {
      const phase =
        limit === 'connectMs' ? 'connecting' : limit === 'headersMs' ? 'waiting for the response headers' : 'reading the response body';
      return new PortalError('timeout', `The portal at ${origin} did not answer in time (${phase}, limit ${limits[limit]} ms).`, {
        cause: err,
      });
    }
  }
  const tlsCode = codes.find((c) => TLS_CODE.test(c));
  const tls = (detail: string) =>
    new PortalError(
      tlsReasonOf(detail),
      `Could not establish a trusted HTTPS connection to the portal at ${origin}: ${oneLine(message)} (${detail}).`,
      { cause: err },
    );
  if (tlsCode) return tls(tlsCode);
  if (codes.includes('UND_ERR_RES_EXCEEDED_MAX_SIZE')) {
    return new PortalError('bad_response', `The portal at ${origin} sent a response larger than ${limits.maxResponseBytes} bytes.`, {
      retryable: false,
      cause: err,
    });
  }
  for (const code of codes) {
    const known = NO_CONNECTION[code];
    if (known)
      return new PortalError('unreachable', `Could not reach the portal at ${origin}: ${known.what} (${code}).`, {
        retryable: known.retryable,
        cause: err,
      });
  }
  // A connection closed during the handshake has a code above (a reset: unreachable); a message naming TLS has none.
  if (/certificate|ssl|tls/i.test(message)) return tls('TLS error');
  return new PortalError(
    'unreachable',
    `Could not reach the portal at ${origin}: ${oneLine(message) || 'unknown network error'}${codes[0] ? ` (${codes[0]})` : ''}.`,
    { cause: err },
  );
}

/** The outbound policy's own message, wherever undici wrapped it. */
function refusalOf(err: unknown, depth = 0): string | undefined {
  if (!err || typeof err !== 'object' || depth > 3) return undefined;
  if (err instanceof OutboundRefusedError) return err.message;
  const e = err as { cause?: unknown; errors?: unknown };
  return (
    refusalOf(e.cause, depth + 1) ?? (Array.isArray(e.errors) ? e.errors.map((x) => refusalOf(x, depth + 1)).find(Boolean) : undefined)
  );
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Retry-After in milliseconds when given in seconds (the HTTP-date form is ignored: the backoff applies). */
export function retryAfterMs(headers: HttpAnswer['headers']): number | undefined {
  const raw = headers['retry-after'];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value) * 1000;
}
