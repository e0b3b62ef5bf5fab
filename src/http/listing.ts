import { Readable } from 'node:stream';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { BadRequestError } from '../errors.js';
import { attachment, CSV_CONTENT_TYPE, csvEncoder, requestedFormat, type CsvExtraColumn } from './csv.js';

/**
 * Every list of the API, answered in constant memory. By default a list is the whole array the PrintReleaf clients
 * expect, streamed a chunk at a time, each chunk its own short keyset query (so 200,000 deposits never sit in memory at
 * once, and a slow client holds no database connection). The
 * Canopy extension `limit` (1–10,000) answers one page, and `after` (an opaque cursor) the page after it, with a
 * `Link: <…>; rel="next"` header while more remain. Pages follow a unique sort key (keyset pagination), so paging
 * returns every row exactly once even while rows are added. A list route that offers CSV (sendListing's `csv`) answers
 * the same rows, paged or streamed the same way, as CSV (./csv.ts) when asked for it.
 */

export const MAX_LIMIT = 10_000;
/** Rows fetched (one keyset query) and presented at a time while a list streams. */
const CHUNK = 500;

export interface Listing<Row extends object, Item> {
  db: Db;
  /** The scoped, filtered query: no order, no limit. Its output columns include the keys. */
  // biome-ignore lint/suspicious/noExplicitAny: any feature's query, of any tables; only its output row (Row) matters here
  query: SelectQueryBuilder<any, any, Row>;
  /** Output columns that order the rows uniquely (the last one is an id), in order. */
  keys: readonly string[];
  descending?: boolean;
  /** Rows → API objects, a chunk at a time (a chunk may need one more query, e.g. page totals). */
  present: (rows: Row[]) => Item[] | Promise<Item[]>;
  /** A page size when the caller gives none (lists that were always newest-first and capped); default: all rows. */
  defaultLimit?: number;
}

export const pageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1, 'must be from 1 to 10000')
    .max(MAX_LIMIT, 'must be from 1 to 10000')
    .optional()
    .meta({
      description:
        'A Canopy extension: answer at most this many rows (1–10,000), with a Link rel="next" header while more remain. ' +
        'Without it, the whole list.',
    }),
  after: z
    .string()
    .min(1)
    .max(2000)
    .optional()
    .meta({ description: 'A Canopy extension: the cursor of the Link rel="next" header (opaque).' }),
});
export type PageQuery = z.infer<typeof pageQuery>;

/**
 * The `q` extension of a list: a case-insensitive search (what it matches is the route's, in its description).
 * Empty or longer than 100 characters is a 400 naming `q` (leave it out to list everything).
 */
export function searchParam(matches: string) {
  return z
    .string('must be one text')
    .trim()
    .min(1, 'must not be empty (leave q out to list everything)')
    .max(100, 'must be at most 100 characters')
    .optional()
    .meta({ description: `A Canopy extension: only the rows whose ${matches} contain this text (case-insensitive).` });
}

/** A list's sort orders: each a name and the output columns that order the rows uniquely (the last one an id). */
export type SortOrders = Readonly<Record<string, readonly [string, ...string[]]>>;

/** The `sort` extension: one of the orders' names, ascending, or with a leading `-` descending. */
export function sortParam(orders: SortOrders, byDefault: string) {
  const names = Object.keys(orders).flatMap((n) => [n, `-${n}`]);
  return z
    .enum(names as [string, ...string[]], { error: `must be one of ${names.join(', ')}` })
    .optional()
    .meta({
      description:
        `A Canopy extension: the order of the rows (\`-\` first: descending); without it, ${byDefault}. ` +
        'Pages (limit/after) follow the order chosen; a cursor is valid only with the sort it was made for.',
    });
}

/** The listing ordered by a `sort` value (sortParam's), or as it is when none is given. */
export function sortedBy<Row extends object, Item>(
  listing: Listing<Row, Item>,
  orders: SortOrders,
  sort: string | undefined,
): Listing<Row, Item> {
  if (!sort) return listing;
  const descending = sort.startsWith('-');
  const keys = orders[descending ? sort.slice(1) : sort];
  if (!keys) throw new BadRequestError(`query.sort: must be one of ${Object.keys(orders).join(', ')}`);
  return { ...listing, keys, descending };
}

/** A LIKE pattern matching `text` anywhere, its own wildcards (% _ \\) taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A route's list parameters: the query string, or (the JS client's way) a JSON body sent with the GET. */
export function pageOf(req: FastifyRequest): PageQuery {
  const fromBody = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as object) : {};
  const parsed = pageQuery.safeParse({ ...fromBody, ...(req.query as object) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadRequestError(`query.${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function notACursor(): BadRequestError {
  return new BadRequestError('query.after: not a cursor of this list (use the Link rel="next" of its previous page).');
}

interface Cursor {
  k: string;
  v: string[];
}

/** The cursor's name of an order: its keys, and ` desc` when descending (a cursor is valid in its own order only). */
const orderName = (keys: readonly string[], descending?: boolean) => keys.join(',') + (descending ? ' desc' : '');

function encodeCursor(keys: readonly string[], values: string[], descending?: boolean): string {
  return Buffer.from(JSON.stringify({ k: orderName(keys, descending), v: values } satisfies Cursor)).toString('base64url');
}

function decodeCursor(keys: readonly string[], text: string, descending?: boolean): string[] {
  let c: Partial<Cursor> | undefined;
  try {
    c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
  } catch {
    c = undefined;
  }
  if (
    !c ||
    c.k !== orderName(keys, descending) ||
    !Array.isArray(c.v) ||
    c.v.length !== keys.length ||
    !c.v.every((x) => typeof x === 'string')
  ) {
    throw notACursor();
  }
  return c.v;
}

/** The listing's query, ordered by its keys, after a cursor; each row carries its keys as text (`__k<i>`). */
function ordered<Row extends object>(listing: Listing<Row, unknown>, after: string[] | undefined) {
  const dir = listing.descending ? 'desc' : 'asc';
  const refs = listing.keys.map((k) => sql.ref(`l.${k}`));
  // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot type a subquery aliased at run time; the row type is Row again after strip()
  let q = listing.db.selectFrom(listing.query.as('l') as any).selectAll('l' as any) as SelectQueryBuilder<any, any, any>;
  // Keys as text from the database itself, so a cursor keeps timestamps' full (microsecond) precision.
  q = q.select(refs.map((ref, i) => sql<string>`${ref}::text`.as(`__k${i}`)));
  if (after) q = q.where(sql<boolean>`(${sql.join(refs)}) ${sql.raw(listing.descending ? '<' : '>')} (${sql.join(after)})`);
  for (const k of listing.keys) q = q.orderBy(`l.${k}`, dir);
  return q;
}

function strip<Row extends object>(raw: Record<string, unknown>, n: number): Row {
  const row = { ...raw };
  for (let i = 0; i < n; i++) delete row[`__k${i}`];
  return row as Row;
}

/** A cursor value that PostgreSQL cannot read back (a tampered cursor) is the caller's error. */
function badCursor(err: unknown): never {
  const code = (err as { code?: string } | null)?.code;
  if (code && /^22/.test(code)) throw notACursor();
  throw err;
}

/** One page (buffered: at most `limit` rows) and the cursor of the next, if any. */
export async function listPage<Row extends object, Item>(
  listing: Listing<Row, Item>,
  limit: number,
  after?: string,
): Promise<{ items: Item[]; next: string | undefined }> {
  const n = listing.keys.length;
  const rows = (await ordered(listing, after ? decodeCursor(listing.keys, after, listing.descending) : undefined)
    .limit(limit + 1)
    .execute()
    .catch(badCursor)) as Array<Record<string, unknown>>;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next =
    rows.length > limit && last
      ? encodeCursor(
          listing.keys,
          listing.keys.map((_k, i) => String(last[`__k${i}`])),
          listing.descending,
        )
      : undefined;
  return { items: await listing.present(page.map((r) => strip<Row>(r, n))), next };
}

/**
 * Every item, chunk by chunk: each chunk is its own short keyset query (the rows after the last one sent, in the list's
 * order), so a slow client holds no database connection while it reads, and no statement outlives the statement
 * timeout however long the download takes. Every row that exists throughout is sent exactly once, in order.
 */
export async function* streamItems<Row extends object, Item>(listing: Listing<Row, Item>, after?: string): AsyncGenerator<Item> {
  const n = listing.keys.length;
  let from = after ? decodeCursor(listing.keys, after, listing.descending) : undefined;
  for (;;) {
    const rows = (await ordered(listing, from).limit(CHUNK).execute().catch(badCursor)) as Array<Record<string, unknown>>;
    if (rows.length === 0) return;
    const last = rows.at(-1)!;
    from = listing.keys.map((_k, i) => String(last[`__k${i}`]));
    for (const item of await listing.present(rows.map((r) => strip<Row>(r, n)))) yield item;
    if (rows.length < CHUNK) return;
  }
}

/** The whole list in memory: for internal callers with small lists (the demo, the CLI), never for the API. */
export async function collectItems<Row extends object, Item>(listing: Listing<Row, Item>): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of streamItems(listing)) items.push(item);
  return items;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Check every answer against its documented schema (tests): lists check each streamed item. */
    strictResponses: boolean;
  }
}

/** A list route's CSV answer (format=csv, or Accept: text/csv): the file's name, and columns the JSON object lacks. */
export interface CsvAnswer {
  filename: string;
  extra?: readonly CsvExtraColumn[];
}

/** Streamed text is written about this much at a time: few, large writes (and little garbage) rather than one per item. */
const WRITE_AT = 64 * 1024;

/**
 * Answers a list route: a page (with Link rel="next") when `limit` is given or the list has a default page size,
 * otherwise the whole array, streamed. The first chunk is read before the answer starts, so a bad cursor or a
 * database error is still a proper error answer. With `csv`, the route also answers CSV (see CsvAnswer), paged or
 * streamed alike; its columns come from the route's documented item schema.
 */
export async function sendListing<Row extends object, Item>(
  req: FastifyRequest,
  reply: FastifyReply,
  listing: Listing<Row, Item>,
  opts: { csv?: CsvAnswer } = {},
): Promise<FastifyReply> {
  const format = opts.csv ? requestedFormat(req) : 'json';
  const page = pageOf(req);
  if (opts.csv) void reply.header('vary', 'Accept');
  if (opts.csv && format === 'csv') return sendCsv(req, reply, listing, page, opts.csv);
  const limit = page.limit ?? listing.defaultLimit;
  if (limit !== undefined) {
    const { items, next } = await listPage(listing, limit, page.after);
    if (next) void reply.header('link', `<${nextUrl(req, next, page.limit)}>; rel="next"`);
    return reply.send(items);
  }
  const itemSchema = req.server.strictResponses ? itemSchemaOf(req) : undefined;
  const items = streamItems(listing, page.after);
  const first = await items.next();
  async function* json(): AsyncGenerator<string> {
    try {
      // One string per chunk of items: few, large writes (and little garbage) rather than one per item.
      let out = '[';
      let r = first;
      let n = 0;
      while (!r.done) {
        if (itemSchema) checkItem(itemSchema, r.value, req);
        out += (n++ ? ',' : '') + JSON.stringify(r.value);
        if (out.length >= WRITE_AT) {
          yield out;
          out = '';
        }
        r = await items.next();
      }
      yield `${out}]`;
    } finally {
      await items.return(undefined);
    }
  }
  return reply.type('application/json; charset=utf-8').send(Readable.from(json()));
}

/**
 * The CSV answer: the header row, then the records, a chunk of items at a time (an extra column is looked up once per
 * chunk). Never the whole body at once: the stream holds one chunk of rows and its text (about 64 KiB). The first
 * chunk is encoded before the answer starts, so its errors (a bad cursor, the database, a lookup) are proper answers.
 */
async function sendCsv<Row extends object, Item>(
  req: FastifyRequest,
  reply: FastifyReply,
  listing: Listing<Row, Item>,
  page: PageQuery,
  csv: CsvAnswer,
): Promise<FastifyReply> {
  const itemSchema = itemSchemaOf(req);
  if (!itemSchema) throw new Error(`${req.method} ${req.routeOptions.url}: a CSV answer needs the route's documented list schema`);
  const encoder = csvEncoder(itemSchema, csv.extra);
  const check = (item: Item) => req.server.strictResponses && checkItem(itemSchema, item, req);
  const limit = page.limit ?? listing.defaultLimit;
  if (limit !== undefined) {
    const { items, next } = await listPage(listing, limit, page.after);
    items.forEach(check);
    const text = encoder.header + (await encoder.records(items));
    if (next) void reply.header('link', `<${nextUrl(req, next, page.limit)}>; rel="next"`);
    return reply.type(CSV_CONTENT_TYPE).header('content-disposition', attachment(csv.filename)).send(text);
  }
  const items = streamItems(listing, page.after);
  /** The next chunk of items (empty at the end). */
  const take = async (): Promise<Item[]> => {
    const chunk: Item[] = [];
    while (chunk.length < CHUNK) {
      const r = await items.next();
      if (r.done) break;
      check(r.value);
      chunk.push(r.value);
    }
    return chunk;
  };
  let head: string;
  try {
    const firstChunk = await take();
    head = encoder.header + (await encoder.records(firstChunk));
    if (firstChunk.length < CHUNK) {
      await items.return(undefined);
      return reply.type(CSV_CONTENT_TYPE).header('content-disposition', attachment(csv.filename)).send(head);
    }
  } catch (err) {
    await items.return(undefined);
    throw err;
  }
  async function* body(): AsyncGenerator<string> {
    try {
      let out = head;
      for (;;) {
        const chunk = await take();
        if (!chunk.length) break;
        out += await encoder.records(chunk);
        if (out.length >= WRITE_AT) {
          yield out;
          out = '';
        }
      }
      if (out) yield out;
    } finally {
      await items.return(undefined);
    }
  }
  return reply.type(CSV_CONTENT_TYPE).header('content-disposition', attachment(csv.filename)).send(Readable.from(body()));
}

/** The request's own URL with the next page's cursor (and the caller's `limit`, when it gave one). */
function nextUrl(req: FastifyRequest, cursor: string, limit: number | undefined): string {
  const url = new URL(req.url, 'https://canopy.invalid');
  url.searchParams.set('after', cursor);
  if (limit !== undefined) url.searchParams.set('limit', String(limit));
  return `${url.pathname}${url.search}`;
}

/**
 * The array schema of a route's documented 200 answer, if it is a list: the answer itself, or (a route answering
 * other media types too, e.g. CSV) its `application/json` content.
 */
export function listSchemaOf(response: unknown): z.ZodArray | undefined {
  if (response instanceof z.ZodArray) return response;
  const json = (response as { content?: Record<string, { schema?: unknown } | undefined> } | null | undefined)?.content?.[
    'application/json'
  ]?.schema;
  return json instanceof z.ZodArray ? json : undefined;
}

function itemSchemaOf(req: FastifyRequest): z.ZodType | undefined {
  const response = (req.routeOptions.schema as { response?: Record<number, unknown> } | undefined)?.response?.[200];
  return listSchemaOf(response)?.element as z.ZodType | undefined;
}

function checkItem(schema: z.ZodType, item: unknown, req: FastifyRequest): void {
  const checked = schema.safeParse(item);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `an item of ${req.method} ${req.routeOptions.url} does not match its schema ` +
        `at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
}

/**
 * The same `limit`/`after` over a list that is already in memory because it comes whole from elsewhere (a portal's
 * customers): the cursor is the last item's key.
 */
export function sendArray<T>(req: FastifyRequest, reply: FastifyReply, items: T[], keyOf: (item: T) => string): FastifyReply {
  const page = pageOf(req);
  let start = 0;
  if (page.after) {
    const key = decodeCursor(['key'], page.after)[0];
    const at = items.findIndex((item) => keyOf(item) === key);
    if (at === -1) throw notACursor();
    start = at + 1;
  }
  if (page.limit === undefined) return reply.send(items.slice(start));
  const slice = items.slice(start, start + page.limit);
  if (start + page.limit < items.length)
    void reply.header('link', `<${nextUrl(req, encodeCursor(['key'], [keyOf(slice.at(-1)!)]), page.limit)}>; rel="next"`);
  return reply.send(slice);
}
