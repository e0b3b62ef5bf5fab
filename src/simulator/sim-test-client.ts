import { Agent, request } from 'undici';

/**
 * An HTTPS client for the simulator's tests, benchmark and demo scripts: it trusts exactly the simulator's CA, as
 * Canopy's connector would, and talks over real sockets (keep-alive).
 */
export interface SimAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface CallOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent form-encoded (application/x-www-form-urlencoded), instead of `body`. */
  form?: Record<string, string>;
  /** Sent as it is, with `contentType` (default text/plain), instead of `body`. */
  raw?: string;
  contentType?: string;
  token?: string;
  /** More request headers (e.g. authorization for HTTP Basic). */
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface SimClient {
  /** With timeoutMs, a request not answered in time rejects with a TimeoutError (see isTimeout). */
  call(method: string, path: string, opts?: CallOptions): Promise<SimAnswer>;
  /** call() and JSON.parse of the body (throws on a body that is not JSON). */
  json<T = unknown>(method: string, path: string, opts?: Omit<CallOptions, 'timeoutMs'>): Promise<{ status: number; body: T }>;
  /** Logs in and returns the access token (throws unless 200). */
  login(username?: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export function simClient(target: { url: string; ca: string }, agentOptions: { connections?: number } = {}): SimClient {
  const agent = new Agent({ connect: { ca: target.ca }, ...(agentOptions.connections ? { connections: agentOptions.connections } : {}) });
  const call: SimClient['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.form !== undefined) {
      body = new URLSearchParams(opts.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (opts.raw !== undefined) {
      body = opts.raw;
      headers['content-type'] = opts.contentType ?? 'text/plain';
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json';
    }
    Object.assign(headers, opts.headers);
    const res = await request(target.url + path, {
      method: method as 'GET',
      headers,
      body,
      dispatcher: agent,
      // An abort signal rather than headersTimeout: undici's own timers have a resolution of about a second.
      ...(opts.timeoutMs ? { signal: AbortSignal.timeout(opts.timeoutMs) } : {}),
    });
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
  };
  const json: SimClient['json'] = async <T>(method: string, path: string, opts: Omit<CallOptions, 'timeoutMs'> = {}) => {
    const res = await call(method, path, opts);
    return { status: res.status, body: JSON.parse(res.text) as T };
  };
  return {
    call,
    json,
    login: async (username = 'demo', password = 'demo-password') => {
      const res = await json<{ access_token: string }>('POST', '/api/v1/token', { body: { username, password } });
      if (res.status !== 200) throw new Error(`log-in failed: ${res.status}`);
      return res.body.access_token;
    },
    close: () => agent.close(),
  };
}

/** Whether call() failed because its timeoutMs passed. */
export function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || (err as { code?: string }).code === 'UND_ERR_HEADERS_TIMEOUT');
}
