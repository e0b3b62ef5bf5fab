/**
 * The dashboard's fetch client: JSON in and out, the session cookie (same origin), the CSRF token on every
 * request that changes something, and one error type carrying the API's message.
 *
 * Requests name an operation of the OpenAPI document (`schema.d.ts`, generated): the path template and method pick
 * the path parameters, query, request body and answer types, so a call that does not match the server's schemas does
 * not compile. The resource modules beside this file (accounts.ts, feeds.ts, …) are the only callers.
 */
import { plural } from '../format';
import type { paths } from './schema';

export class ApiError extends Error {
  readonly status: number;
  /** Seconds to wait before trying again (429 answers), when the server said. */
  readonly retryAfter: number | null;
  /** The server's stable `reason` (docs/api.md, Errors), or null (no answer, or not Canopy's). */
  readonly reason: string | null;

  constructor(status: number, message: string, retryAfter: number | null = null, reason: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.retryAfter = retryAfter;
    this.reason = reason;
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set after sign-in (and cleared at sign-out): sent as X-CSRF-Token with every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request answers 401 (the session expired or was revoked elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}

/**
 * A 400 answer about one field of the request (`new_password: must differ …`, `body.password: must be …`): the
 * field's name and the rest of the message; null for any other error.
 */
export function fieldErrorOf(err: unknown): { field: string; detail: string } | null {
  if (!(err instanceof ApiError) || err.status !== 400) return null;
  const m = /^(?:body\.)?([a-z_]+):\s*(.*)$/s.exec(err.message);
  return m ? { field: m[1]!, detail: m[2]! } : null;
}

/** What to tell someone refused with 429: "Too many attempts. Wait 30 seconds and try again." (or "a while"). */
export function retryText(err: ApiError, what = 'attempts'): string {
  const s = err.retryAfter;
  const wait = !s ? 'a while' : s >= 120 ? `${Math.ceil(s / 60)} minutes` : plural(s, 'second');
  return `Too many ${what}. Wait ${wait} and try again.`;
}

// ---- Operation types, from the OpenAPI document ----------------------------------------------------------------

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
type ApiPath = keyof paths;
/** The path templates that answer method M. */
type PathsWith<M extends HttpMethod> = { [P in ApiPath]: [NonNullable<paths[P][M]>] extends [never] ? never : P }[ApiPath];
type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer A } ? A : never;

/** The JSON answer of a successful call. */
type ResponseOf<P extends ApiPath, M extends HttpMethod> = JsonOf<Success<Operation<P, M>['responses']>>;
/** The JSON request body (never when the operation takes none). */
export type BodyOf<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The query parameters (never when there are none). */
export type QueryOf<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The path parameters, e.g. `{ id: string }` for `/v1/feeds/{id}` (never when there are none). */
type PathParamsOf<P extends ApiPath, M extends HttpMethod> = Operation<P, M> extends { parameters: { path: infer X } } ? X : never;

type Options<P extends ApiPath, M extends HttpMethod> = ([PathParamsOf<P, M>] extends [never]
  ? { path?: never }
  : { path: PathParamsOf<P, M> }) &
  ([QueryOf<P, M>] extends [never] ? { query?: never } : { query?: QueryOf<P, M> }) &
  ([BodyOf<P, M>] extends [never] ? { body?: never } : { body: BodyOf<P, M> }) & {
    /** For the session endpoints, where 401 is an ordinary answer ("not signed in"): no "session expired". */
    quiet401?: boolean;
  };
/** The options argument, optional when nothing in it is required. */
type OptionsArg<P extends ApiPath, M extends HttpMethod> =
  object extends Options<P, M> ? [options?: Options<P, M>] : [options: Options<P, M>];

type QueryValue = string | number | boolean | null | undefined;

/** `/v1/feeds/{id}` + `{ id }` → `/v1/feeds/<id>`, then the query string (empty values left out). */
export function buildUrl(template: string, path?: Record<string, string>, query?: Record<string, QueryValue>): string {
  const url = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = path?.[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

async function request(method: HttpMethod, url: string, body: unknown, quiet401: boolean): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'get' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'Canopy could not be reached. Check your connection and try again.');
  }
  if (!res.ok) throw await failure(res, quiet401);
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A failed answer as an ApiError with the API's message and reason (and the session-expired hook on a 401). */
async function failure(res: Response, quiet401: boolean): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  const message = errorMessage(data) ?? `The request failed (${res.status} ${res.statusText}).`;
  const retry = res.headers.get('Retry-After');
  if (res.status === 401 && !quiet401) onUnauthorized?.();
  const reason =
    data && typeof data === 'object' && typeof (data as { reason?: unknown }).reason === 'string'
      ? (data as { reason: string }).reason
      : null;
  return new ApiError(res.status, message, retry && /^\d+$/.test(retry) ? Number(retry) : null, reason);
}

function errorMessage(data: unknown): string | null {
  if (data && typeof data === 'object' && 'error' in data) {
    const e = (data as { error: unknown }).error;
    if (typeof e === 'string' && e) return e;
  }
  return null;
}

function call<M extends HttpMethod>(method: M) {
  return <P extends PathsWith<M>>(path: P, ...[options]: OptionsArg<P, M>): Promise<ResponseOf<P, M>> => {
    const o = (options ?? {}) as { path?: Record<string, string>; query?: Record<string, QueryValue>; body?: unknown; quiet401?: boolean };
    return request(method, buildUrl(path, o.path, o.query), o.body, o.quiet401 ?? false) as Promise<ResponseOf<P, M>>;
  };
}

/** The file name of a Content-Disposition header (`attachment; filename="…"`), or null. */
function filenameOf(disposition: string | null): string | null {
  const m = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  return m ? m[1]! : null;
}

/**
 * Saves a file the API answers (a CSV export, a PDF report, a zip of certificates) under the name the server gives it
 * (Content-Disposition), or `fallbackName`. Fetched with the session like every call (so a failure is an ApiError with
 * the API's message, not a downloaded error page), then saved from an object URL; resolves with the file's name.
 */
export async function downloadFile(url: string, accept: string, fallbackName: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: accept }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'Canopy could not be reached. Check your connection and try again.');
  }
  if (!res.ok) throw await failure(res, false);
  const blob = await res.blob();
  const name = filenameOf(res.headers.get('Content-Disposition')) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; it can go once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}

/** Saves a list's CSV export (its URL with `format=csv`: volumeCsvUrl, depositsCsvUrl, certificatesCsvUrl) as a file. */
export function downloadCsv(url: string, fallbackName = 'canopy-export.csv'): Promise<string> {
  return downloadFile(url, 'text/csv', fallbackName);
}

/** One page of a list (the `limit`/`after` extension): its rows, and the cursor of the next page (Link rel="next") or null. */
export interface ListPage<L> {
  items: L;
  next: string | null;
}

/** What a page of a server-side list is asked for: the search (`q`), the order (the API's `sort`), the page's cursor. */
export interface PageRequest {
  q: string | undefined;
  sort: string | undefined;
  after: string | undefined;
  limit: number;
}

/** A GET of one page of a list: like `api.get`, keeping the Link header's cursor of the next page. */
function page<P extends PathsWith<'get'>>(path: P, ...[options]: OptionsArg<P, 'get'>): Promise<ListPage<ResponseOf<P, 'get'>>> {
  const o = (options ?? {}) as { path?: Record<string, string>; query?: Record<string, QueryValue> };
  return (async () => {
    let res: Response;
    try {
      res = await fetch(buildUrl(path, o.path, o.query), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch {
      throw new ApiError(0, 'Canopy could not be reached. Check your connection and try again.');
    }
    if (!res.ok) throw await failure(res, false);
    const items = (await res.json()) as ResponseOf<P, 'get'>;
    const link = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('Link') ?? '');
    const next = link ? new URL(link[1]!, window.location.origin).searchParams.get('after') : null;
    return { items, next };
  })();
}

/** `api.get('/v1/servers/{id}/syncs', { path: { id } })` → the server's `SyncRun[]`; `api.page` → one page of a list. */
export const api = {
  page,
  get: call('get'),
  post: call('post'),
  put: call('put'),
  patch: call('patch'),
  delete: call('delete'),
};
