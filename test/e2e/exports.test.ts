import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Browser } from 'playwright-core';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { buildDeposit } from '../factories/deposits.js';
import { buildFeed, buildFeedHistory, buildServerRow, letterCounters } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';

// Issue 18, item 4: volume, deposits and certificates as CSV (RFC 4180, a header row, formula cells escaped),
// streamed like the JSON lists. Every expectation below is worked out here, by this file's own CSV parser and rules,
// never by src/http/csv.ts.

const clock = fixedClock(new Date('2026-03-20T09:00:00Z'));
const t = useTestApp({ clock });
let agent: Agent | undefined;
afterAll(async () => agent?.close());

// ---- The test's own CSV reading (RFC 4180) ------------------------------------------------------------------------

/** Records of an RFC 4180 text: fields split on commas, quoted fields unquoted, every record ending with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let atFieldStart = true;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        if (i + 1 < text.length && !',\r'.includes(text[i + 1]!)) throw new Error(`text after a closing quote at ${i}`);
      }
      continue;
    }
    if (c === '"') {
      if (!atFieldStart) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      atFieldStart = false;
    } else if (c === ',') {
      record.push(field);
      field = '';
      atFieldStart = true;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a line break that is not CRLF outside quotes at ${i}`);
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (quoted || field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

/** The CSV as objects keyed by the header; every record as long as the header. */
function csvObjects(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const [header = [], ...records] = parseCsv(text);
  for (const r of records) expect(r).toHaveLength(header.length);
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

/** What a JSON value should read as in the CSV: numbers as JSON writes them, null empty, formulas behind a quote. */
function expectedCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A JSON object's value at a dotted column name ('project.name'); a null on the way is null. */
function valueAt(item: unknown, column: string): unknown {
  let v = item;
  for (const key of column.split('.')) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * The columns of the JSON items as the issue asks: scalar fields in order, nested objects flattened with dotted
 * names (their fields taken from an item where the object is not null), arrays left out; `account_name` (the CSV's
 * one extra column) after `account_id`.
 */
function jsonColumns(items: Array<Record<string, unknown>>): string[] {
  const columns = (objects: Array<Record<string, unknown>>, prefix: string): string[] =>
    Object.keys(objects[0] ?? {}).flatMap((key) => {
      const values = objects.map((o) => o[key]);
      if (values.some(Array.isArray)) return [];
      const nested = values.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object');
      if (nested.length) return columns(nested, `${prefix}${key}.`);
      return [`${prefix}${key}`];
    });
  return columns(items, '').flatMap((c) => (c === 'account_id' ? [c, 'account_name'] : [c]));
}

const VOLUME_COLUMNS = ['account_id', 'account_name', 'date', 'period', 'pages', 'trees'];
const DEPOSIT_COLUMNS = [
  'id',
  'account_id',
  'account_name',
  'feed_id',
  'source_id',
  'date',
  'pages',
  'width',
  'height',
  'density',
  'gsm',
  'paper_type_id',
  'created_at',
  'standard_pages',
  'status',
  'base_date',
  'raw_pages',
];
const CERTIFICATE_COLUMNS = [
  'id',
  'account_id',
  'account_name',
  'period_start',
  'period_end',
  'date',
  'pages',
  'trees',
  'project_id',
  'project.id',
  'project.name',
  'project.status',
  'project.forest_latitude',
  'project.forest_longitude',
  'project.content_logo',
  'project.content_masthead',
  'project.content_introduction',
  'project.content_body_html',
  'url',
  'pdf_url',
  'kind',
  'adjustment_pages',
  'customers',
  'issued_at',
];

/** GET with an API key, raw (the harness's client asks for JSON). */
async function get(url: string, key: string, headers: Record<string, string> = {}) {
  agent ??= new Agent({ connect: { ca: t.caPem() } });
  const res = await request(t.url() + url, { dispatcher: agent, headers: { authorization: `Bearer ${key}`, ...headers } });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

// ---- The tree the exports are of ----------------------------------------------------------------------------------

const HYPERLINK = '=HYPERLINK("http://x")';
const CMD = '+cmd';
const QUOTED = 'Smith, "Jones" & Zoë’s';
const tree = {
  provider: { account_id: '', api_key: '', email: '', password: '' },
  names: new Map<string, string>(),
  c1: '',
  c2: '',
  c3: '',
};

beforeAll(async () => {
  const app = t.app();
  const provider = await buildAccount(app, { name: 'Exports MPS' });
  tree.provider = provider;
  tree.names.set(provider.account_id, 'Exports MPS');
  for (const [slot, name] of [
    ['c1', HYPERLINK],
    ['c2', CMD],
    ['c3', QUOTED],
  ] as const) {
    const customer = await buildAccount(app, { name, parentId: provider.account_id });
    tree[slot] = customer.account_id;
    tree.names.set(customer.account_id, name);
  }
  const db = app.db;
  // Manual deposits of letter pages (standard pages = pages): January 3,500 pages (1,000 on the 10th, 2,500 on
  // the 20th), February 4,000 plus C3's A4 pages, March 300 plus C3's feed.
  await buildDeposit(db, tree.c1, '2026-01-10', 1000);
  await buildDeposit(db, tree.c1, '2026-01-20', 2000);
  await buildDeposit(db, tree.c2, '2026-01-20', 500);
  await buildDeposit(db, tree.c1, '2026-02-05', 4000);
  await buildDeposit(db, tree.c2, '2026-03-02', 300);
  const a4 = await t.api('POST', `/v1/accounts/${tree.c3}/deposits`, {
    key: provider.api_key,
    body: { pages: 1200, date: '2026-02-14', width: 0.21, height: 0.297, gsm: 80 },
  });
  expect(a4.status, a4.text).toBe(201);
  // A feed of C3 from 1 March: deposits with a feed, a base date and raw pages.
  const serverId = await buildServerRow(db, provider.account_id, { paper_profile: 'letter' });
  const feedId = await buildFeed(db, tree.c3, serverId, { activation_date: '2026-03-02' });
  await buildFeedHistory(
    db,
    { id: feedId, account_id: tree.c3, activation_date: '2026-03-02' },
    {
      readings: [
        ['2026-03-01', 10_000],
        ['2026-03-02', 10_100],
        ['2026-03-03', 10_250],
        ['2026-03-04', 10_450],
      ].map(([date, total]) => ({ date: date as string, counters: letterCounters(total as number) })),
    },
  );
  // January and February are certified (20 March: February's grace is over).
  expect(await app.services.monthClose.closeDue()).toMatchObject({ months: 2 });
});

/** The CSV (format=csv) and the JSON of one list, with the CSV's headers. */
async function both(url: string) {
  const key = tree.provider.api_key;
  const json = await t.api('GET', url, { key });
  expect(json.status, json.text).toBe(200);
  const csv = await get(`${url}${url.includes('?') ? '&' : '?'}format=csv`, key);
  expect(csv.status, csv.text).toBe(200);
  expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  return { items: json.json as Array<Record<string, unknown>>, csv };
}

/** The CSV says exactly what the JSON says, row by row, in the same order. */
function expectSameRows(csvText: string, items: Array<Record<string, unknown>>, leading: string[]) {
  const { header, rows } = csvObjects(csvText);
  expect(header.slice(0, leading.length)).toEqual(leading);
  expect(header).toEqual(jsonColumns(items));
  expect(header).not.toContain('projects');
  expect(rows).toHaveLength(items.length);
  rows.forEach((row, i) => {
    const item = items[i]!;
    const expected = Object.fromEntries(
      header.map((h) => [h, h === 'account_name' ? expectedCell(tree.names.get(String(item.account_id))) : expectedCell(valueAt(item, h))]),
    );
    expect(row, `row ${i + 1}`).toEqual(expected);
  });
  return rows;
}

describe('CSV exports', () => {
  it('of volume, monthly and daily, equal the JSON volume row by row', async () => {
    const { provider } = tree;
    const monthly = await both(`/v1/accounts/${provider.account_id}/volume?period=monthly&start_date=2026-01-01&end_date=2026-03-31`);
    const months = expectSameRows(monthly.csv.text, monthly.items, VOLUME_COLUMNS);
    expect(monthly.csv.headers['content-disposition']).toBe(
      `attachment; filename="volume-${provider.account_id}-2026-01-01_2026-03-31.csv"`,
    );
    // Worked by hand: January's 3,500 pages are 0.42 trees (3,500 / 8,333 = 0.42001).
    expect(months.map((r) => r.date)).toEqual(['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z']);
    expect(months[0]).toMatchObject({ account_id: provider.account_id, account_name: 'Exports MPS', period: 'monthly', pages: '3500' });
    expect(months[0]!.trees).toBe('0.42');
    // Every cell is plain text: the first line is the header exactly, records end with CRLF.
    expect(monthly.csv.text.startsWith(`${VOLUME_COLUMNS.join(',')}`)).toBe(true);
    expect(monthly.csv.text.endsWith('\r\n')).toBe(true);

    const daily = await both(`/v1/accounts/${provider.account_id}/volume?period=daily&start_date=2026-01-01&end_date=2026-01-31`);
    const days = expectSameRows(daily.csv.text, daily.items, VOLUME_COLUMNS);
    // 1,000 pages on the 10th (0.12 trees), 2,000 + 500 on the 20th (0.3).
    expect(days.map((r) => [r.date, r.period, r.pages, r.trees])).toEqual([
      ['2026-01-10T00:00:00Z', 'daily', '1000', '0.12'],
      ['2026-01-20T00:00:00Z', 'daily', '2500', '0.3'],
    ]);

    // A customer's own volume, account-scoped, and the default scope (the caller's subtree), named "all".
    const customer = await both(`/v1/accounts/${tree.c1}/volume?period=monthly&start_date=2026-01-01&end_date=2026-02-28`);
    const rows = expectSameRows(customer.csv.text, customer.items, VOLUME_COLUMNS);
    expect(rows.map((r) => [r.pages, r.account_name])).toEqual([
      ['3000', `'${HYPERLINK}`],
      ['4000', `'${HYPERLINK}`],
    ]);
    const own = await both('/v1/volume?period=daily&start_date=2026-03-01&end_date=2026-03-31');
    expectSameRows(own.csv.text, own.items, VOLUME_COLUMNS);
    expect(own.items.length).toBeGreaterThan(1);
    expect(own.csv.headers['content-disposition']).toBe('attachment; filename="volume-all-2026-03-01_2026-03-31.csv"');
  });

  it('of deposits equal the JSON list, with the same filters and include_descendants', async () => {
    const { provider } = tree;
    const subtree = await both(`/v1/deposits?include_descendants=true&start_date=2026-01-01&end_date=2026-03-31`);
    const rows = expectSameRows(subtree.csv.text, subtree.items, DEPOSIT_COLUMNS);
    // 5 manual letter deposits, C3's A4 one and its feed's days from 2 March.
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.filter((r) => r.feed_id === '')).toHaveLength(6);
    const feed = rows.filter((r) => r.feed_id !== '');
    expect(feed.length).toBeGreaterThanOrEqual(2);
    for (const r of feed) expect(r.base_date).toMatch(/^2026-03-0\d$/);
    const a4 = rows.find((r) => r.width === '0.21')!;
    expect([a4.height, a4.density, a4.gsm, a4.pages, a4.account_name]).toEqual(['0.297', '80', '80', '1200', QUOTED]);
    expect(rows.find((r) => r.pages === '1000')).toMatchObject({ width: '0.2159', height: '0.2794', density: '74', raw_pages: '' });
    expect(subtree.csv.headers['content-disposition']).toBe('attachment; filename="deposits-all-2026-01-01_2026-03-31.csv"');

    // Filters: one customer, January only.
    const january = await both(`/v1/accounts/${tree.c1}/deposits?start_date=2026-01-01&end_date=2026-01-31`);
    expect(expectSameRows(january.csv.text, january.items, DEPOSIT_COLUMNS).map((r) => r.pages)).toEqual(['1000', '2000']);
    expect(january.csv.headers['content-disposition']).toBe(`attachment; filename="deposits-${tree.c1}-2026-01-01_2026-01-31.csv"`);
    // Without include_descendants the provider's own deposits: none, and the CSV is its header alone.
    const own = await both(`/v1/accounts/${provider.account_id}/deposits`);
    expect(own.items).toEqual([]);
    expect(own.csv.text).toBe(`${DEPOSIT_COLUMNS.join(',')}\r\n`);
    expect(own.csv.headers['content-disposition']).toBe(`attachment; filename="deposits-${provider.account_id}-all-dates.csv"`);
  });

  it('of certificates equal the JSON list', async () => {
    const subtree = await both('/v1/certificates?include_descendants=true');
    const rows = expectSameRows(subtree.csv.text, subtree.items, CERTIFICATE_COLUMNS);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['account', 'rollup']));
    expect(rows.every((r) => r.project_id === r['project.id'] && r['project.name'] !== '')).toBe(true);
    expect(subtree.csv.headers['content-disposition']).toBe('attachment; filename="certificates-all-all-dates.csv"');
    // C1: January 3,000 pages (0.36 trees) and February 4,000 (0.48).
    const c1 = await both(`/v1/accounts/${tree.c1}/certificates`);
    const c1Rows = expectSameRows(c1.csv.text, c1.items, CERTIFICATE_COLUMNS);
    expect(c1Rows.map((r) => [r.period_start, r.pages, r.trees, r.kind, r.customers])).toEqual([
      ['2026-01-01T00:00:00Z', '3000', '0.36', 'account', ''],
      ['2026-02-01T00:00:00Z', '4000', '0.48', 'account', ''],
    ]);
    expect(c1.csv.headers['content-disposition']).toBe(`attachment; filename="certificates-${tree.c1}-all-dates.csv"`);
  });

  it('escape names that a spreadsheet would run as formulas, and quote commas and quotes', async () => {
    const { csv } = await both(`/v1/deposits?include_descendants=true&start_date=2026-01-01&end_date=2026-02-28`);
    // In the raw text, as RFC 4180 and OWASP say: a leading ', then quoted, quotes doubled.
    expect(csv.text).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(csv.text).toContain(`,"'+cmd",`);
    expect(csv.text).toContain(`,"Smith, ""Jones"" & Zoë’s",`);
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv.text).not.toMatch(/(^|,)\+cmd/m);
    // UTF-8, as sent.
    const raw = await request(`${t.url()}/v1/accounts/${tree.c3}/deposits?format=csv`, {
      dispatcher: agent,
      headers: { authorization: `Bearer ${tree.provider.api_key}` },
    });
    const bytes = Buffer.from(await raw.body.arrayBuffer());
    expect(bytes.includes(Buffer.from('Zoë’s', 'utf8'))).toBe(true);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false); // no byte order mark
  });

  it('answer Accept: text/csv on the same URL, and honour format over Accept', async () => {
    const key = tree.provider.api_key;
    const url = `/v1/accounts/${tree.c1}/deposits?start_date=2026-01-01&end_date=2026-03-31`;
    const byFormat = await get(`${url}&format=csv`, key);
    const byAccept = await get(url, key, { accept: 'text/csv' });
    expect(byAccept.status).toBe(200);
    expect(byAccept.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byAccept.headers['content-disposition']).toBe(byFormat.headers['content-disposition']);
    expect(byAccept.text).toBe(byFormat.text);
    const vary = (answer: { headers: Record<string, unknown> }) =>
      String(answer.headers.vary)
        .toLowerCase()
        .split(/\s*,\s*/);
    expect(vary(byAccept)).toContain('accept'); // caches keep the JSON and the CSV apart
    expect(vary(await get(url, key))).toContain('accept');
    // Volume and certificates too.
    for (const u of [`/v1/accounts/${tree.c1}/volume?period=daily`, `/v1/accounts/${tree.c1}/certificates`, '/v1/certificates']) {
      const a = await get(u, key, { accept: 'text/csv' });
      expect(a.headers['content-type'], u).toBe('text/csv; charset=utf-8');
      expect(a.text, u).toBe((await get(`${u}${u.includes('?') ? '&' : '?'}format=csv`, key)).text);
    }
    // JSON when asked for it, or for anything, or by format=json whatever Accept says.
    for (const accept of ['application/json', '*/*', 'application/json, text/csv']) {
      expect((await get(url, key, { accept })).headers['content-type'], accept).toMatch(/^application\/json/);
    }
    const json = await get(`${url}&format=json`, key, { accept: 'text/csv' });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(json.text)).toHaveLength(3);
    // The JS client's way: format in a JSON body on the GET.
    const viaBody = await t.api('GET', `/v1/accounts/${tree.c1}/deposits`, { key, body: { format: 'csv', end_date: '2026-01-31' } });
    expect(viaBody.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(viaBody.text)).toHaveLength(3); // the header and January's two deposits
  });

  it('page like JSON with limit and after: each page a CSV with its header, every row once', async () => {
    const key = tree.provider.api_key;
    const all = csvObjects((await get('/v1/deposits?include_descendants=true&format=csv', key)).text);
    const seen: Array<Record<string, string>> = [];
    let next: string | undefined = '/v1/deposits?include_descendants=true&format=csv&limit=3';
    let pages = 0;
    while (next) {
      const page = await get(next, key);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/csv; charset=utf-8');
      const { header, rows } = csvObjects(page.text);
      expect(header).toEqual(all.header);
      seen.push(...rows);
      next = /<([^>]+)>;\s*rel="next"/.exec(String(page.headers.link ?? ''))?.[1];
      pages++;
    }
    expect(pages).toBe(Math.ceil(all.rows.length / 3));
    expect(seen).toEqual(all.rows);
  });

  it('refuse another format with a 400, as any invalid parameter, and change nothing', async () => {
    const key = tree.provider.api_key;
    const count = async () =>
      Number((await sql<{ n: string }>`SELECT count(*) AS n FROM deposits`.execute(t.app().db)).rows[0]!.n) +
      Number((await sql<{ n: string }>`SELECT count(*) AS n FROM certificates`.execute(t.app().db)).rows[0]!.n);
    const before = await count();
    for (const url of [
      `/v1/accounts/${tree.c1}/deposits?format=xml`,
      '/v1/deposits?format=CSV',
      '/v1/volume?format=',
      `/v1/accounts/${tree.c1}/volume?format=pdf&period=daily`,
      '/v1/certificates?format=csv&format=json',
      `/v1/accounts/${tree.c1}/certificates?format=xlsx`,
    ]) {
      const res = await t.api('GET', url, { key, headers: { accept: 'text/csv' } });
      expect(res.status, url).toBe(400);
      expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      expect(res.json, url).toEqual({ error: 'format: must be json or csv', code: 400, reason: 'invalid_request' });
    }
    const viaBody = await t.api('GET', '/v1/deposits', { key, body: { format: 'tsv' } });
    expect(viaBody.status).toBe(400);
    expect(viaBody.json.error).toBe('format: must be json or csv');
    expect(await count()).toBe(before);
    // The other parameters are still checked first the same way, in either format.
    const bad = await t.api('GET', '/v1/deposits?format=csv&start_date=2026-02-30', { key });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/^start_date: /);
  });

  it('are documented in the OpenAPI document as text/csv beside the JSON', async () => {
    const doc = (await t.api('GET', '/openapi.json')).json as {
      paths: Record<
        string,
        { get: { parameters?: Array<{ name: string }>; responses: Record<string, { content: Record<string, unknown> }> } }
      >;
    };
    for (const p of [
      '/v1/volume',
      '/v1/accounts/{account_id}/volume',
      '/v1/deposits',
      '/v1/accounts/{account_id}/deposits',
      '/v1/certificates',
      '/v1/accounts/{account_id}/certificates',
    ]) {
      const op = doc.paths[p]!.get;
      expect(Object.keys(op.responses['200']!.content).sort(), p).toEqual(['application/json', 'text/csv']);
      expect((op.responses['200']!.content['text/csv'] as { schema: { type: string } }).schema.type, p).toBe('string');
      expect(
        op.parameters?.map((x) => x.name),
        p,
      ).toContain('format');
    }
  });
});

describe('a large CSV export', () => {
  const ROWS = 100_000;

  it(`streams ${ROWS.toLocaleString('en')} deposits in short chunks, no connection held for a waiting client, heap < 20 MB`, async () => {
    const owner = await buildAccount(t.app(), { name: 'Big Export MPS' });
    const db = t.app().db;
    await sql`
      INSERT INTO deposits (account_id, date, pages, standard_pages)
      SELECT ${owner.account_id}::uuid, DATE '2020-01-01' + (g % 1500), g % 997, g % 997 FROM generate_series(1, ${ROWS}) AS g`.execute(db);
    await sql`ANALYZE deposits`.execute(db);

    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('these measurements need node --expose-gc (vitest.config.ts)');
    const dispatcher = new Agent({ connect: { ca: t.caPem() } });
    try {
      gc();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const sampler = setInterval(() => {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }, 200); // a full collection takes tens of milliseconds: more often would starve the server it measures
      const res = await request(`${t.url()}/v1/accounts/${owner.account_id}/deposits?format=csv`, {
        dispatcher,
        headers: { authorization: `Bearer ${owner.api_key}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      const body = res.body[Symbol.asyncIterator]();
      const first = ((await body.next()).value as Buffer).toString('utf8');
      expect(first.slice(0, first.indexOf('\r\n'))).toBe(DEPOSIT_COLUMNS.join(','));
      // The client holds off: once the socket's buffers are full the server waits for it, and holds no query open
      // meanwhile (a slow client ties up no database connection; no statement outlives the statement timeout).
      const openQueries = async () =>
        (
          await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
              AND query LIKE '%"__k0"%' AND query LIKE '%deposits%'`.execute(db)
        ).rows[0]!.n;
      let open = await openQueries();
      for (let i = 0; i < 100 && open > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        open = await openQueries();
      }
      expect(open).toBe(0);

      let chunks = 1;
      let bytes = Buffer.byteLength(first);
      let records = first.split('\r\n').length - 1;
      let tail = first.slice(-1);
      for (let r = await body.next(); !r.done; r = await body.next()) {
        const text = (r.value as Buffer).toString('latin1'); // counting CRLFs only: any single-byte reading will do
        chunks++;
        bytes += text.length;
        records += text.split('\r\n').length - 1 + (tail === '\r' && text.startsWith('\n') ? 1 : 0);
        tail = text.slice(-1);
      }
      clearInterval(sampler);
      const growthMb = (peak - before) / 2 ** 20;
      expect(records).toBe(ROWS + 1); // the header and every deposit (no text cell here holds a line break)
      expect(chunks).toBeGreaterThan(10);
      expect(bytes).toBeGreaterThan(ROWS * 150); // about 17 MB of CSV
      // Building the body first would retain it whole (~17 MB as one string) and the 100,000 row objects.
      expect(growthMb).toBeLessThan(20);
      console.log(
        `streamed ${ROWS} deposits as CSV, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${chunks} chunks, heap growth ${growthMb.toFixed(1)} MiB`,
      );
    } finally {
      await dispatcher.destroy();
    }
  }, 240_000);
});

describe("the dashboard's Download CSV", () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("downloads the customer's deposits as the API's CSV, with the session, its first line the header", async () => {
    const context = await browser!.newContext({
      viewport: { width: 1280, height: 900 },
      ignoreHTTPSErrors: true,
      acceptDownloads: true,
      baseURL: t.url(),
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/login');
    await page.getByLabel('Email').fill(tree.provider.email);
    await page.getByLabel('Password').fill(tree.provider.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/$/);
    await page.goto(`/customers/${tree.c1}`);
    // The longest period the page offers: the deposits of January and February 2026 are in it while it ends before 2027.
    await page.getByRole('button', { name: '12 months' }).click();
    const button = page.getByRole('button', { name: /^Download CSV of the deposits/ });
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^deposits-${tree.c1}-\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const file = path.join(RESULTS_DIR, 'exports-deposits.csv');
    await download.saveAs(file);
    const text = await fs.readFile(file, 'utf8');
    expect(text.slice(0, text.indexOf('\r\n'))).toBe(DEPOSIT_COLUMNS.join(','));
    // The button asked for the page's account and period, as CSV.
    const url = new URL((await button.getAttribute('data-url'))!, t.url());
    expect(url.pathname).toBe(`/v1/accounts/${tree.c1}/deposits`);
    expect([...url.searchParams.keys()].sort()).toEqual(['end_date', 'format', 'start_date']);
    expect(url.searchParams.get('format')).toBe('csv');
    // The file is the API's CSV of that URL, byte for byte.
    expect(text).toBe((await get(`${url.pathname}${url.search}`, tree.provider.api_key)).text);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'exports-customer.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
