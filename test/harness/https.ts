import { Agent, request } from 'undici';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON (throws if it is not JSON, which is itself a failure for this API). */
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers of every shape; the strict response schemas check them in the server
  json: any;
}

export interface ApiClient {
  (
    method: string,
    path: string,
    opts?: { key?: string; auth?: 'bearer' | 'basic'; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/** An HTTPS client that trusts exactly the given CA, as a real client of Canopy would. */
export function apiClient(baseUrl: () => string, ca: () => string): ApiClient {
  let agent: Agent | undefined;
  const call = async (method: string, path: string, opts: Parameters<ApiClient>[2] = {}) => {
    agent ??= new Agent({ connect: { ca: ca() } });
    const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
    if (opts.key) {
      headers.authorization = opts.auth === 'basic' ? `Basic ${Buffer.from(`${opts.key}:`).toString('base64')}` : `Bearer ${opts.key}`;
    }
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await request(baseUrl() + path, { method: method as 'GET', headers, body, dispatcher: agent });
    const text = await res.body.text();
    let parsed: unknown;
    return {
      status: res.statusCode,
      headers: res.headers,
      text,
      get json() {
        parsed ??= JSON.parse(text);
        return parsed;
      },
    };
  };
  return Object.assign(call, {
    close: async () => {
      const a = agent;
      agent = undefined;
      await a?.close();
    },
  });
}
