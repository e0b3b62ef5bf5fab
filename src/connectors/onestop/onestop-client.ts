import type { z } from 'zod';
import { BadRequestError } from '../../errors.js';
import type { Logger } from '../../observability/logger.js';
import type { RequestGate } from '../adaptive-concurrency.js';
import type { Connector, ConnectorStats, Counters, PortalCustomer } from '../connector.js';
import { PortalError } from '../portal-error.js';
import type { OutboundPolicy } from '../../outbound/outbound-policy.js';
import { createReadOnlyHttp, retryAfterMs, type HttpAnswer, type HttpTimeouts } from '../read-only-http.js';
import { createResilience, DEFAULT_BREAKER, DEFAULT_RETRY, type BreakerOptions, type RetryOptions } from '../resilience.js';
import { CUSTOMER_PAGE_SHAPE, CUSTOMER_SHAPE, shapeProblem, SUMMARY_SHAPE, TOKEN_SHAPE, type Shape } from './answer-shape.js';
import type { ConnectionProfile } from './capture-format.js';
import { describeStyle, LOGIN_STYLES, sameStyle, tokenRequest, type LoginStyle } from './login-styles.js';
import {
  customerArraySchema,
  customerPageSchema,
  errorBodySchema,
  meterReadingSummarySchema,
  oauthErrorSchema,
  ONESTOP_PATHS,
  tokenResponseSchema,
  type TokenResponse,
} from './onestop-schemas.js';

/**
 * The OneStop MPS Portal connector (../shared/ONESTOP-API.md, docs/onestop-api.md). Everything specific to the portal
 * (paths, fields, authentication) lives in this folder.
 *
 * - Read-only by construction: all HTTP goes through ../read-only-http.ts (GET, and POST to the token paths only).
 * - Log-in styles (login-styles.ts): the one in the server's connection profile first, then the others in a fixed
 *   order; what worked is reported through `onProfile`, and detected again when it stops working. OAuth2 tokens are
 *   renewed with their refresh token before they expire (`expires_in`); a JSON log-in is repeated instead.
 * - Concurrent callers share one log-in in flight. A 401 to a data request made with a token renews it once and
 *   repeats the request; a rejected log-in is 'credentials_rejected'.
 * - Every answer is checked against the portal's shape (answer-shape.ts): a renamed, missing or retyped field is
 *   'schema_changed', naming it; never zeros.
 * - Each operation (log-in, one page of customers, one day's counters) is retried on retryable failures with
 *   backoff and jitter, behind a circuit breaker shared by the connector (one connector per server).
 */

export interface OnestopConnectorOptions {
  /** The portal's API base URL (https:// only). */
  url: string;
  username: string;
  password: string;
  /** OAuth2 client credentials, sent with the password grant when set. */
  clientId?: string | null;
  clientSecret?: string | null;
  /** What is known of the portal (the server's connection profile); detected when absent or when it stops working. */
  profile?: ConnectionProfile | null;
  /** Called whenever the connection profile changes (detected, or re-detected). */
  onProfile?: (profile: ConnectionProfile) => void;
  /** Which addresses may be contacted (src/outbound/). */
  outbound: OutboundPolicy;
  /** Trust exactly these CAs (PEM) instead of Node's roots (+ NODE_EXTRA_CA_CERTS): src/outbound/trust.ts builds them. */
  ca?: string | Buffer | Array<string | Buffer>;
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
  /** What time it is, in ms (token expiry); default the system clock. */
  now?: () => number;
  /** Sees every answer (capture: portal-capture.ts); never the request body or headers. */
  onExchange?: (x: { method: 'GET' | 'POST'; path: string; status: number; text: string }) => void;
}

export const DEFAULT_PAGE_SIZE = 100;
/** A listing that has not ended after this many pages is a portal bug, not a fleet. */
const MAX_PAGES = 10_000;
/** What a portal is assumed to be until an answer shows otherwise (ONESTOP-API.md). */
export const ASSUMED_PROFILE: ConnectionProfile = { auth: 'json', token_path: '/api/v1/token', customer_list: 'paged', id_type: 'integer' };

type TokenOutcome =
  | { type: 'token'; body: TokenResponse }
  | { type: 'rejected'; message: string; status: number }
  | { type: 'unspoken'; answer: string; shape?: { field: string; problem: string } };

export function createOnestopConnector(opts: OnestopConnectorOptions): Connector {
  const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
    throw new BadRequestError('pageSize must be an integer from 1 to 1000.');
  const now = opts.now ?? (() => performance.timeOrigin + performance.now());
  const http = createReadOnlyHttp({
    baseUrl: opts.url,
    loginPaths: ONESTOP_PATHS.tokenPaths,
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
  let refreshes = 0;
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

  // What is known of the portal: the stored profile, updated by what its answers show.
  let known: ConnectionProfile | undefined = opts.profile ?? undefined;
  const learn = (patch: Partial<ConnectionProfile>) => {
    const next = { ...(known ?? ASSUMED_PROFILE), ...patch };
    const changed = !known || (Object.keys(next) as Array<keyof ConnectionProfile>).some((k) => next[k] !== known?.[k]);
    known = next;
    if (changed) opts.onProfile?.(next);
  };

  let token: string | undefined;
  let refreshToken: string | undefined;
  let expiresAt: number | undefined;
  let renewMarginMs = 0;
  let style: LoginStyle | undefined;
  let loginInFlight: Promise<string> | undefined;

  async function send(method: 'GET' | 'POST', path: string, o: Parameters<typeof http.send>[2] = {}): Promise<HttpAnswer> {
    const res = await http.send(method, path, o);
    opts.onExchange?.({ method, path, status: res.status, text: res.text });
    return res;
  }

  function adopt(s: LoginStyle, body: TokenResponse): string {
    token = body.access_token;
    refreshToken = body.refresh_token ?? (s.auth === 'oauth-password' ? refreshToken : undefined);
    const lifetimeMs = body.expires_in !== undefined ? body.expires_in * 1000 : undefined;
    expiresAt = lifetimeMs !== undefined ? now() + lifetimeMs : undefined;
    // Renewed a quarter of its life (at most a minute) before it expires: no data request meets an expired token.
    renewMarginMs = lifetimeMs !== undefined ? Math.min(60_000, lifetimeMs / 4) : 0;
    style = s;
    if (!known || !sameStyle(known, s)) learn({ auth: s.auth, token_path: s.token_path });
    return token;
  }

  /** One token request in one style, classified: a token, a rejection, or "this portal does not speak this style". */
  async function requestToken(s: LoginStyle, grant: { refresh?: string }): Promise<TokenOutcome> {
    const req = tokenRequest(
      s,
      { username: opts.username, password: opts.password, clientId: opts.clientId, clientSecret: opts.clientSecret },
      grant,
    );
    const res = await send('POST', s.token_path, req);
    const st = res.status;
    if (st === 429 || st === 408 || st >= 500) throw failureOf(res, `to the log-in (${describeStyle(s)})`);
    const oauthError = s.auth === 'oauth-password' ? oauthErrorOf(res) : undefined;
    if (st === 401 || st === 403 || (st === 400 && (oauthError === 'invalid_grant' || oauthError === 'invalid_client'))) {
      const what = oauthError === 'invalid_client' ? 'the client id or client secret' : 'the username or password';
      return {
        type: 'rejected',
        status: st,
        message: `The portal rejected ${what} (${describeStyle(s)}: ${st}${oauthError ? ` ${oauthError}` : ''}).`,
      };
    }
    if (st < 200 || st >= 300) return { type: 'unspoken', answer: `${st}` };
    let data: unknown;
    try {
      data = JSON.parse(res.text);
    } catch {
      return { type: 'unspoken', answer: `${st}, not JSON` };
    }
    const shape = shapeProblem(data, TOKEN_SHAPE);
    if (shape) return { type: 'unspoken', answer: `${st}, ${shape.field} ${shape.problem}`, shape };
    const parsed = tokenResponseSchema.safeParse(data);
    if (!parsed.success) return { type: 'unspoken', answer: `${st}, ${parsed.error.issues[0]?.message ?? 'not a token'}` };
    return { type: 'token', body: parsed.data };
  }

  /** A password log-in: the known style first, then the others in order; shared by everyone who needs a token meanwhile. */
  function logIn(): Promise<string> {
    loginInFlight ??= (async () => {
      try {
        const first = style ?? known;
        const order = first
          ? [LOGIN_STYLES.find((x) => sameStyle(x, first))!, ...LOGIN_STYLES.filter((x) => !sameStyle(x, first))]
          : LOGIN_STYLES;
        const tried: string[] = [];
        logins++;
        for (const s of order) {
          const out = await requestToken(s, {});
          if (out.type === 'token') return adopt(s, out.body);
          if (out.type === 'rejected') throw new PortalError('credentials_rejected', out.message, { httpStatus: out.status });
          // The style that worked before now answers in another shape: the portal changed, and says where.
          if (out.shape && first && sameStyle(s, first)) {
            throw new PortalError(
              'schema_changed',
              `The portal at ${origin} changed its log-in answer: ${out.shape.field} ${out.shape.problem} (${describeStyle(s)}).`,
              { field: out.shape.field },
            );
          }
          tried.push(`${describeStyle(s)} (${out.answer})`);
        }
        throw new PortalError(
          'bad_response',
          `No log-in style Canopy knows worked at ${origin}: tried ${tried.join('; ')}. ` +
            "Check the portal URL: it must be the API's base (the address before /api/v1).",
          { retryable: false },
        );
      } finally {
        loginInFlight = undefined;
      }
    })();
    return loginInFlight;
  }

  /** A refresh (OAuth2) when a refresh token is held, else a log-in; a refused refresh falls back to the password. */
  function renewToken(): Promise<string> {
    const s = style;
    const held = refreshToken;
    if (s?.auth !== 'oauth-password' || !held) return logIn();
    loginInFlight ??= (async () => {
      try {
        refreshes++;
        const out = await requestToken(s, { refresh: held });
        if (out.type === 'token') return adopt(s, out.body);
        refreshToken = undefined;
        log?.info({ answer: out.type === 'rejected' ? out.message : out.answer }, 'token refresh refused: logging in again');
        return undefined;
      } finally {
        loginInFlight = undefined;
      }
    })().then((t) => t ?? logIn());
    return loginInFlight;
  }

  /** A token that will not expire before the request arrives. */
  function validToken(): Promise<string> {
    if (loginInFlight) return loginInFlight;
    if (token === undefined) return logIn();
    if (expiresAt !== undefined && now() >= expiresAt - renewMarginMs) return renewToken();
    return Promise.resolve(token);
  }

  /** A token other than `stale`: the one someone already renewed, or a renewed one. */
  function renew(stale: string): Promise<string> {
    if (loginInFlight) return loginInFlight;
    if (token !== undefined && token !== stale) return Promise.resolve(token);
    token = undefined;
    expiresAt = undefined;
    return renewToken();
  }

  /** One authenticated GET per attempt, retried; `interpret` turns the answer into a value or a PortalError. */
  function authedGet<T>(path: string, interpret: (res: HttpAnswer) => T): Promise<T> {
    const gate = opts.gate;
    return resilience.execute(() => (gate ? gate.run(attempt) : attempt()));
    async function attempt(): Promise<T> {
      let bearer = await validToken();
      let res = await send('GET', path, { bearer });
      if (res.status === 401) {
        bearer = await renew(bearer);
        res = await send('GET', path, { bearer });
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

  /** 'schema_changed' when `data` is not of `shape`. */
  function assertShape(data: unknown, shape: Shape, what: string, res: HttpAnswer, prefix = ''): void {
    const problem = shapeProblem(data, shape, prefix);
    if (!problem) return;
    throw new PortalError(
      'schema_changed',
      `The portal at ${origin} changed its API: in the answer ${what}, ${problem.field} ${problem.problem}. ` +
        'Canopy reads nothing from answers of another shape (no zeros are recorded); the connector must be adapted.',
      { httpStatus: res.status, field: problem.field },
    );
  }

  function parseValues<S extends z.ZodType>(data: unknown, res: HttpAnswer, schema: S, what: string): z.output<S> {
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.map(String).join('.') : 'body';
      throw new PortalError(
        'bad_response',
        `The portal at ${origin} sent an unexpected answer ${what} (${where}: ${issue?.message ?? 'invalid'}).`,
        { httpStatus: res.status, field: where },
      );
    }
    return parsed.data;
  }

  /** One page of the customer list, paged ({items, totalCount}) or a bare array. */
  function customerPage(res: HttpAnswer, what: string) {
    const data = jsonOf(res, what);
    if (Array.isArray(data)) {
      for (const [i, item] of data.entries()) assertShape(item, CUSTOMER_SHAPE, what, res, `[${i}].`);
      return {
        list: 'array' as const,
        items: parseValues(data, res, customerArraySchema, what),
        totalCount: undefined,
        pageSize: undefined,
      };
    }
    assertShape(data, CUSTOMER_PAGE_SHAPE, what, res);
    for (const [i, item] of (data as { items: unknown[] }).items.entries()) assertShape(item, CUSTOMER_SHAPE, what, res, `items.${i}.`);
    const body = parseValues(data, res, customerPageSchema, what);
    return { list: 'paged' as const, items: body.items, totalCount: body.totalCount, pageSize: body.pageSize };
  }

  /**
   * A counters answer, validated before it is a reading (docs/domain.md): a changed shape is 'schema_changed', a bad
   * value 'invalid_answer'.
   */
  function parseSummary(res: HttpAnswer, what: string, id: string, date: string) {
    const data = jsonOf(res, what);
    assertShape(data, SUMMARY_SHAPE, what, res);
    const parsed = meterReadingSummarySchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? issue.path.map(String).join('.') : 'body';
      const raw = issue?.path.length && data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : data;
      const value = raw === undefined ? 'missing' : String(JSON.stringify(raw)).slice(0, 40);
      throw new PortalError(
        'invalid_answer',
        `The portal's answer ${what} is invalid: ${field} = ${value} (${issue?.message ?? 'invalid'}).`,
        { httpStatus: res.status, field, value },
      );
    }
    const s = parsed.data;
    if (String(s.customerId) !== id || s.date !== date) {
      const field = String(s.customerId) !== id ? 'customerId' : 'date';
      const value = field === 'date' ? s.date : String(s.customerId);
      throw new PortalError(
        'invalid_answer',
        `The portal at ${origin} answered for customer ${s.customerId} on ${s.date} when asked ${what}.`,
        { httpStatus: res.status, field, value },
      );
    }
    return s;
  }

  return {
    async check() {
      await resilience.execute(() => {
        token = undefined;
        refreshToken = undefined;
        expiresAt = undefined;
        return logIn();
      });
    },

    async listCustomers(): Promise<PortalCustomer[]> {
      const seen = new Map<string, string>();
      let list: ConnectionProfile['customer_list'] = 'paged';
      let stringIds = false;
      for (let page = 1; ; page++) {
        if (page > MAX_PAGES)
          throw new PortalError('bad_response', `The portal at ${origin} kept listing customers past page ${MAX_PAGES}.`, {
            retryable: false,
          });
        const what = `listing customers (page ${page})`;
        const body = await authedGet(ONESTOP_PATHS.customers(page, pageSize), (res) => {
          if (!isSuccess(res)) throw failureOf(res, what);
          return customerPage(res, what);
        });
        list = body.list;
        const before = seen.size;
        for (const item of body.items) {
          if (typeof item.id === 'string') stringIds = true;
          const id = String(item.id);
          if (!seen.has(id)) seen.set(id, item.name);
        }
        const got = body.items.length;
        if (got === 0 || seen.size === before) break; // nothing new: a portal that ignores paging has sent it all
        if (body.totalCount !== undefined && seen.size >= body.totalCount) break;
        if (got < (body.pageSize ?? pageSize)) break;
      }
      learn({ customer_list: list, id_type: stringIds ? 'string' : 'integer' });
      return [...seen].map(([id, name]) => ({ externalId: id, name }));
    },

    async readCounters(externalId: string, date: string): Promise<Counters> {
      if (
        typeof externalId !== 'string' ||
        externalId.length === 0 ||
        externalId.length > 200 ||
        /^\.{1,2}$/.test(externalId) ||
        hasControlCharacter(externalId)
      ) {
        throw new PortalError('not_found', `The portal has no customer ${JSON.stringify(String(externalId).slice(0, 40))}.`);
      }
      if (!isCalendarDate(date))
        throw new BadRequestError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(String(date).slice(0, 40))}.`);
      const id = externalId;
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

    profile() {
      return known;
    },

    stats(): ConnectorStats {
      return { requests: http.sent, retries, logins, refreshes };
    },

    async close() {
      token = undefined;
      refreshToken = undefined;
      await http.close();
    },
  };
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

/** The OAuth2 error code of an answer ({"error": "invalid_grant"}), if it has one. */
function oauthErrorOf(res: HttpAnswer): string | undefined {
  try {
    const parsed = oauthErrorSchema.safeParse(JSON.parse(res.text));
    return parsed.success ? parsed.data.error.slice(0, 40) : undefined;
  } catch {
    return undefined;
  }
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
