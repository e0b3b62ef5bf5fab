import fs from 'node:fs/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type CaptureExchange, type PortalCapture, portalCaptureSchema } from '../connectors/onestop/capture-format.js';
import { BadRequestError } from '../errors.js';
import type { TokenStore } from './auth.js';
import { parseIsoDate } from './calendar.js';
import { bearerGuard } from './product-routes.js';
import { SUMMARY_PATH } from './stats.js';

/**
 * `--replay FILE`: the simulator answers from a recorded portal session (capture-format.ts) instead of the fleet
 * model. Log-in follows the capture's profile with fresh tokens (login-routes.ts); a GET recorded exactly gets its
 * recorded answer; a customer's counters after its last recorded date are that day's (counters do not move while no
 * new data arrives, ONESTOP-API.md); anything else recorded nowhere is a 404 that says so.
 */

/** Reads and validates a capture file; every problem is a BadRequestError naming the file and what is wrong. */
export async function loadCapture(file: string): Promise<PortalCapture> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new BadRequestError(`--replay: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BadRequestError(`--replay: ${file} is not JSON (${(err as Error).message}).`);
  }
  const parsed = portalCaptureSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new BadRequestError(`--replay: ${file} is not a portal capture: ${where}${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data;
}

const isSuccess = (e: CaptureExchange) => e.status >= 200 && e.status < 300;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const CUSTOMERS_PATH = '/api/v1/customers';

function splitUrl(url: string): { path: string; query: URLSearchParams } {
  const q = url.indexOf('?');
  return q === -1 ? { path: url, query: new URLSearchParams() } : { path: url.slice(0, q), query: new URLSearchParams(url.slice(q + 1)) };
}

/** A customer list request's page, with the contract's defaults (page 1, pageSize 100). */
function pageKey(query: URLSearchParams): string {
  return `${query.get('page') ?? '1'}:${query.get('pageSize') ?? '100'}`;
}

/** The capture's answers, indexed for serving. Where a request was recorded more than once, its last success wins. */
export class ReplayBook {
  private readonly exact = new Map<string, CaptureExchange>();
  private readonly pages = new Map<string, CaptureExchange>();
  private readonly latest = new Map<string, { date: string; body: Record<string, unknown> }>();
  /** The recorded 200 answer of the log-in, if any (its tokens redacted). */
  readonly tokenAnswer: Readonly<Record<string, unknown>> | undefined;

  constructor(readonly capture: PortalCapture) {
    const keep = (map: Map<string, CaptureExchange>, key: string, e: CaptureExchange) => {
      const before = map.get(key);
      if (!before || isSuccess(e) || !isSuccess(before)) map.set(key, e);
    };
    let token: Record<string, unknown> | undefined;
    for (const e of capture.exchanges) {
      if (e.method === 'POST') {
        if (splitUrl(e.path).path === capture.profile.token_path && e.status === 200 && isObject(e.body)) token = e.body;
        continue;
      }
      keep(this.exact, e.path, e);
      const { path, query } = splitUrl(e.path);
      if (path === CUSTOMERS_PATH) keep(this.pages, capture.profile.customer_list === 'array' ? '*' : pageKey(query), e);
      const summary = SUMMARY_PATH.exec(path);
      const date = query.get('date');
      if (summary && date && parseIsoDate(date) !== undefined && e.status === 200 && isObject(e.body)) {
        const id = safeDecode(summary[1]!);
        const last = this.latest.get(id);
        if (!last || date >= last.date) this.latest.set(id, { date, body: e.body });
      }
    }
    this.tokenAnswer = token;
  }

  /** The recorded answer to a GET of exactly this path and query. */
  recorded(url: string): CaptureExchange | undefined {
    return this.exact.get(url);
  }

  /** The recorded customer list page a request asks for (any, when the portal sends one bare array). */
  customerPage(query: URLSearchParams): CaptureExchange | undefined {
    return this.pages.get(this.capture.profile.customer_list === 'array' ? '*' : pageKey(query));
  }

  /** The customer's counters on a date after its last recorded one: the last recorded answer, dated `date`. */
  summaryAfter(id: string, date: string): Record<string, unknown> | undefined {
    const last = this.latest.get(id);
    if (!last || parseIsoDate(date) === undefined || date <= last.date) return undefined;
    return { ...last.body, date };
  }
}

/** Sends a recorded answer: JSON as JSON (through the shape change, shape.ts), text as text. */
function sendRecorded(reply: FastifyReply, status: number, body: unknown) {
  void reply.code(status);
  if (typeof body === 'string') return reply.type('text/plain; charset=utf-8').send(body);
  if (typeof body === 'object' && body !== null) return reply.send(body);
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(body ?? null));
}

/** Every GET of the product API, answered from the capture; each needs a live bearer token, as on the portal. */
export function replayRoutes(book: ReplayBook, tokens: TokenStore) {
  const authorised = bearerGuard(tokens);
  return async (app: FastifyInstance) => {
    app.get('/*', async (request, reply) => {
      const exchange = book.recorded(request.url);
      const { path, query } = splitUrl(request.url);
      const summary = SUMMARY_PATH.exec(path);
      if (!exchange && path !== CUSTOMERS_PATH && !summary) return reply.code(404).send({ message: 'Not found.' });
      if (!authorised(request, reply)) return reply;
      if (exchange) return sendRecorded(reply, exchange.status, exchange.body);
      if (!summary) {
        const page = book.customerPage(query);
        if (page) return sendRecorded(reply, page.status, page.body);
        const asked = `page ${query.get('page') ?? '1'}, pageSize ${query.get('pageSize') ?? '100'}`;
        return reply.code(404).send({ message: `Not in this capture: the customer list (${asked}).` });
      }
      const id = safeDecode(summary[1]!);
      const date = query.get('date') ?? '';
      const after = book.summaryAfter(id, date);
      if (after) return after;
      return reply.code(404).send({ message: `Not in this capture: customer ${id} on ${date}.` });
    });
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
