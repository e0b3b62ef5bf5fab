import type { z } from 'zod';
import { BadRequestError } from '../../errors.js';
import type { Logger } from '../../observability/logger.js';
import type { RequestGate } from '../adaptive-concurrency.js';
import type { Connector, ConnectorStats, Counters, PortalCustomer } from '../connector.js';
import { PortalError } from '../portal-error.js';
import type { OutboundPolicy } from '../../outbound/outbound-policy.js';
import { createReadOnlyHttp, retryAfterMs, type HttpAnswer, type HttpTimeouts } from '../read-only-http.js';
import { createResilience, DEFAULT_BREAKER, DEFAULT_RETRY, type BreakerOptions, type RetryOptions } from '../resilience.js';
import { customerPageSchema, errorBodySchema, meterReadingSummarySchema, ONESTOP_PATHS, tokenResponseSchema } from './onestop-schemas.js';

/**
 * The OneStop MPS Portal connector (../shared/ONESTOP-API.md). Everything specific to the portal (paths, fields,
 * authentication) lives in this folder.
 *
 * - Read-only by construction: all HTTP goes through ../read-only-http.ts (GET, and POST to the token path only).
 * - Log-in is lazy and its token reused; concurrent callers share one log-in in flight. A 401 to a data request
 *   made with a token logs in again once and repeats the request; a 401 at log-in is 'credentials_rejected'.
 * - Each operation (log-in, one page of customers, one day's counters) is retried on retryable failures with
 *   backoff and jitter, behind a circuit breaker shared by the connector (one connector per server).
 */

export interface OnestopConnectorOptions {
  /** The portal's API base URL (https:// only). */
  url: string;
  username: string;
  password: string;
  /** Which addresses may be contacted (src/outbound/). */
  outbound: OutboundPolicy;
  /** Trust exactly this CA (PEM) instead of Node's roots (+ NODE_EXTRA_CA_CERTS). */
  ca?: string | Buffer;
  /** Default: connect 10 s, headers 30 s, body 30 s; total = their sum. */
  timeouts?: Partial<HttpTimeouts>;
  /** Default 1 MiB; a larger response is a 'bad_response'. */
  maxResponseBytes?: number;
  /** Idle keep-alive of pooled connections (default 15 s). */
  keepAliveMs?: number;
  /** Connections to the portal at most (default 8). */
  maxConnections?: number;
  /** Default: 6 attempts, backoff from 100 ms, at most 5 s between attempts. */
  retry?: Partial<RetryOptions>;
  /** Default: opens after 10 consecutive failed attempts, for 30 s. */
  breaker?: Partial<BreakerOptions>;
  logger?: Logger;
  /** Customers per page when listing (default 100; the portal allows 1–1000). */
  pageSize?: number;
  /** Every data request attempt waits for this gate (adaptive-concurrency.ts: politeness per portal); none by default. */
  gate?: RequestGate;
}

export const DEFAULT_PAGE_SIZE = 100;
/** A listing that has not ended after this many pages is a portal bug, not a fleet. */
const MAX_PAGES = 10_000;

export function createOnestopConnector(opts: OnestopConnectorOptions): Connector {
  const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
    throw new BadRequestError('pageSize must be an integer from 1 to 1000.');
  const http = createReadOnlyHttp({
    baseUrl: opts.url,
    loginPath: ONESTOP_PATHS.token,
    outbound: opts.outbound,
    ...(opts.ca !== undefined ? { ca: opts.ca } : {}),
    ...(opts.timeouts ? { timeouts: opts.timeouts } : {}),
    ...(opts.maxResponseBytes !== undefined ? { maxResponseBytes: opts.maxResponseBytes } : {}),
    ...(opts.keepAliveMs !== undefined ? { keepAliveMs: opts.keepAliveMs } : {}),
    ...(opts.maxConnections !== undefined ? { maxConnections: opts.maxConnections } : {}),
  });
  const origin = http.origin;
  const log = opts.logger?.child({ portal: origin });
  const breaker = { ...DEFAULT_BREAKER, ...opts.breaker };
  let retries = 0;
  let logins = 0;
  const resilience = createResilience({
    retry: { ...DEFAULT_RETRY, ...opts.retry },
    breaker,
    origin,
    onRetry: (e) => {
      retries++;
      const err = e.error instanceof PortalError ? e.error : undefined;
      log?.debug(
        { attempt: e.attempt, delayMs: Math.round(e.delayMs), kind: err?.kind, reason: err?.message },
        'retrying a portal request',
      );
    },
    onBreak: () => log?.warn({ threshold: breaker.threshold, openForMs: breaker.halfOpenAfterMs }, 'portal circuit breaker opened'),
  });

  let token: string | undefined;
  let loginInFlight: Promise<string> | undefined;

  const send = (method: 'GET' | 'POST', path: string, bearer?: string, json?: unknown): Promise<HttpAnswer> =>
    http.send(method, path, { ...(bearer ? { bearer } : {}), ...(json !== undefined ? { json } : {}) });

  /** One log-in request, shared by everyone who needs a token meanwhile. */
  function logIn(): Promise<string> {
    loginInFlight ??= (async () => {
      try {
        logins++;
        const res = await send('POST', ONESTOP_PATHS.token, undefined, { username: opts.username, password: opts.password });
        if (res.status === 401 || res.status === 403) {
          throw new PortalError('credentials_rejected', 'The portal rejected the username or password.', { httpStatus: res.status });
        }
        if (!isSuccess(res)) throw failureOf(res, 'to the log-in');
        token = parseBody(res, tokenResponseSchema, 'to the log-in').access_token;
        return token;
      } finally {
        loginInFlight = undefined;
      }
    })();
    return loginInFlight;
  }

  /** A token other than `stale`: the one someone already renewed, or a new log-in. */
  function renew(stale: string): Promise<string> {
    if (token !== undefined && token !== stale) return Promise.resolve(token);
    if (token === stale) token = undefined;
    return logIn();
  }

  /** One authenticated GET per attempt, retried; `interpret` turns the answer into a value or a PortalError. */
  function authedGet<T>(path: string, interpret: (res: HttpAnswer) => T): Promise<T> {
    const gate = opts.gate;
    return resilience.execute(() => (gate ? gate.run(attempt) : attempt()));
    async function attempt(): Promise<T> {
      let bearer = token ?? (await logIn());
      let res = await send('GET', path, bearer);
      if (res.status === 401) {
        bearer = await renew(bearer);
        res = await send('GET', path, bearer);
        if (res.status === 401) {
          throw new PortalError('credentials_rejected', 'The portal refused a freshly issued access token (401).', { httpStatus: 401 });
        }
      }
      return interpret(res);
    }
  }

  function isSuccess(res: HttpAnswer): boolean {
    return res.status >= 200 && res.status < 300;
  }

  /** A non-2xx answer as a PortalError (429, 5xx and 408 retryable; anything else not). */
  function failureOf(res: HttpAnswer, what: string): PortalError {
    const s = res.status;
    if (s === 429) {
      const after = retryAfterMs(res.headers);
      return new PortalError('throttled', `The portal at ${origin} asked Canopy to slow down (429) ${what}.`, {
        httpStatus: s,
        ...(after !== undefined ? { retryAfterMs: after } : {}),
      });
    }
    if (s >= 500) return new PortalError('server_error', `The portal at ${origin} answered ${s} ${what}.`, { httpStatus: s });
    if (s === 408) return new PortalError('timeout', `The portal at ${origin} timed out (408) ${what}.`, { httpStatus: s });
    if (s >= 300 && s < 400) {
      return new PortalError(
        'bad_response',
        `The portal at ${origin} redirected (${s}) ${what}; redirects are not followed: check the portal URL.`,
        { httpStatus: s, retryable: false },
      );
    }
    return new PortalError('bad_response', `The portal at ${origin} answered ${s} ${what}${portalMessage(res)}.`, {
      httpStatus: s,
      retryable: false,
    });
  }

  /** The answer's JSON (a body that is not JSON is a 'bad_response'). */
  function jsonOf(res: HttpAnswer, what: string): unknown {
    try {
      return JSON.parse(res.text);
    } catch {
      throw new PortalError('bad_response', `The portal at ${origin} sent a body that is not valid JSON ${what}.`, {
        httpStatus: res.status,
      });
    }
  }

  function parseBody<S extends z.ZodType>(res: HttpAnswer, schema: S, what: string): z.output<S> {
    const data = jsonOf(res, what);
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.map(String).join('.') : 'body';
      throw new PortalError(
        'bad_response',
        `The portal at ${origin} sent an unexpected answer ${what} (${where}: ${issue?.message ?? 'invalid'}).`,
        { httpStatus: res.status },
      );
    }
    return parsed.data;
  }

  /** A counters answer, validated before it is a reading (docs/domain.md): anything wrong is an 'invalid_answer'. */
  function parseSummary(res: HttpAnswer, what: string, id: string, date: string) {
    const data = jsonOf(res, what);
    const parsed = meterReadingSummarySchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? issue.path.map(String).join('.') : 'body';
      const raw = issue?.path.length && data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : data;
      const value = raw === undefined ? 'missing' : String(JSON.stringify(raw)).slice(0, 40);
      throw new PortalError(
        'invalid_answer',
        `The portal's answer ${what} is invalid: ${field} = ${value} (${issue?.message ?? 'invalid'}).`,
        {
          httpStatus: res.status,
          field,
          value,
        },
      );
    }
    const s = parsed.data;
    if (String(s.customerId) !== id || s.date !== date) {
      const field = String(s.customerId) !== id ? 'customerId' : 'date';
      const value = field === 'date' ? s.date : String(s.customerId);
      throw new PortalError(
        'invalid_answer',
        `The portal at ${origin} answered for customer ${s.customerId} on ${s.date} when asked ${what}.`,
        {
          httpStatus: res.status,
          field,
          value,
        },
      );
    }
    return s;
  }

  return {
    async check() {
      await resilience.execute(() => {
        token = undefined;
        return logIn();
      });
    },

    async listCustomers(): Promise<PortalCustomer[]> {
      const seen = new Map<number, string>();
      for (let page = 1; ; page++) {
        if (page > MAX_PAGES)
          throw new PortalError('bad_response', `The portal at ${origin} kept listing customers past page ${MAX_PAGES}.`, {
            retryable: false,
          });
        const what = `listing customers (page ${page})`;
        const body = await authedGet(ONESTOP_PATHS.customers(page, pageSize), (res) => {
          if (!isSuccess(res)) throw failureOf(res, what);
          return parseBody(res, customerPageSchema, what);
        });
        for (const item of body.items) if (!seen.has(item.id)) seen.set(item.id, item.name);
        if (body.items.length === 0 || seen.size >= body.totalCount || body.items.length < body.pageSize) break;
      }
      return [...seen].map(([id, name]) => ({ externalId: String(id), name }));
    },

    async readCounters(externalId: string, date: string): Promise<Counters> {
      if (!/^\d{1,15}$/.test(externalId)) {
        throw new PortalError(
          'not_found',
          `The portal has no customer ${JSON.stringify(externalId.slice(0, 40))} (OneStop customer ids are whole numbers).`,
        );
      }
      if (!isCalendarDate(date))
        throw new BadRequestError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(String(date).slice(0, 40))}.`);
      const id = String(Number(externalId));
      const what = `for customer ${id} on ${date}`;
      return authedGet(ONESTOP_PATHS.summary(id, date), (res) => {
        if (res.status === 404) throw new PortalError('not_found', `The portal has no customer ${id}.`, { httpStatus: 404 });
        if (!isSuccess(res)) throw failureOf(res, what);
        const s = parseSummary(res, what, id, date);
        return {
          deviceTotal: s.deviceTotal,
          colourTotal: s.colourTotal,
          monoTotal: s.monoTotal,
          scanTotal: s.scanTotal,
          largeTotal: s.largeTotal,
          duplexTotal: s.duplexTotal,
          smallTotal: s.smallTotal,
        };
      });
    },

    stats(): ConnectorStats {
      return { requests: http.sent, retries, logins };
    },

    async close() {
      token = undefined;
      await http.close();
    },
  };
}

/** The portal's own short error message, if its body carries one (never echoed at length). */
function portalMessage(res: HttpAnswer): string {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(res.text));
    if (parsed.success) return `: ${parsed.data.message.replace(/\s+/g, ' ').slice(0, 160)}`;
  } catch {
    // not JSON: nothing to add
  }
  return '';
}

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
