import { sql } from 'kysely';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

/**
 * Lists that cannot exhaust memory: 200,000 deposits of one account answered whole, streamed from a database cursor
 * while the heap of this process (the server runs in it) is sampled; then paged with limit/after, each row exactly
 * once and in the same order as the database's own ORDER BY.
 */
const t = useTestApp();
const ROWS = 200_000;
let agent: Agent | undefined;
afterAll(async () => agent?.close());

function nextOf(link: string | string[] | undefined): string | undefined {
  const text = Array.isArray(link) ? link.join(',') : link;
  return text ? /<([^>]+)>;\s*rel="next"/.exec(text)?.[1] : undefined;
}

describe('lists', () => {
  it(`streams ${ROWS.toLocaleString('en')} deposits with the heap growing < 50 MB, and pages through them exactly once`, async () => {
    const owner = await buildAccount(t.app(), { name: 'Big List MPS' });
    const db = t.app().db;
    await sql`
      INSERT INTO deposits (account_id, date, pages, standard_pages)
      SELECT ${owner.account_id}::uuid, DATE '2020-01-01' + (g % 1500), g % 997, g % 997 FROM generate_series(1, ${ROWS}) AS g`.execute(db);
    await sql`ANALYZE deposits`.execute(db);
    // The truth: the database's own order of the account's deposits (date, then id).
    const expected = (
      await sql<{ id: string }>`SELECT id FROM deposits WHERE account_id = ${owner.account_id} ORDER BY date, id`.execute(db)
    ).rows.map((r) => r.id);
    expect(expected).toHaveLength(ROWS);

    // Whole: count the objects as the bytes arrive, keeping nothing.
    agent = new Agent({ connect: { ca: t.caPem() } });
    // What the stream retains: the heap after a full collection, sampled while the list arrives (vitest runs with
    // --expose-gc), so garbage a busy machine collects late does not count.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('these measurements need node --expose-gc (vitest.config.ts)');
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 200); // a full collection takes tens of milliseconds: more often would starve the server it measures
    const res = await request(`${t.url()}/v1/deposits`, { dispatcher: agent, headers: { authorization: `Bearer ${owner.api_key}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    let objects = 0;
    let bytes = 0;
    let first = '';
    let tail = '';
    for await (const chunk of res.body) {
      const text = tail + (chunk as Buffer).toString('utf8');
      if (!first) first = text.slice(0, 1);
      objects += text.split('{"id":"').length - 1;
      tail = text.slice(-8); // a marker cut in two is counted once, in the next chunk
      if (tail.includes('{"id":"')) tail = tail.slice(tail.lastIndexOf('{"id":"') + 7);
      bytes += (chunk as Buffer).length;
    }
    clearInterval(sampler);
    const growthMb = (peak - before) / 2 ** 20;
    expect([first, tail.trimEnd().slice(-1)]).toEqual(['[', ']']);
    expect(objects).toBe(ROWS);
    expect(bytes).toBeGreaterThan(ROWS * 200); // it really was the whole list (about 60 MB of JSON)
    // Buffering the list would retain its ~60 MiB of JSON as one string plus 200,000 row objects.
    expect(growthMb).toBeLessThan(50);
    console.log(`streamed ${ROWS} deposits, ${(bytes / 2 ** 20).toFixed(1)} MiB, heap growth ${growthMb.toFixed(1)} MiB`);

    // Paged: 10,000 at a time, following Link rel="next", every row once, in the database's order.
    const ids: string[] = [];
    let next: string | undefined = '/v1/deposits?limit=10000';
    let pages = 0;
    while (next) {
      const page = await t.api('GET', next, { key: owner.api_key });
      expect(page.status).toBe(200);
      for (const d of page.json as Array<{ id: string }>) ids.push(d.id);
      next = nextOf(page.headers.link);
      pages++;
    }
    expect(pages).toBe(ROWS / 10_000);
    expect(ids.length).toBe(ROWS);
    expect(ids).toEqual(expected);
  }, 240_000);

  it('holds no database connection for a client that goes away mid-list', async () => {
    const owner = await buildAccount(t.app(), { name: 'Impatient MPS' });
    await sql`
      INSERT INTO deposits (account_id, date, pages, standard_pages)
      SELECT ${owner.account_id}::uuid, DATE '2021-01-01' + (g % 900), 1, 1 FROM generate_series(1, 20000) AS g`.execute(t.app().db);
    // More abandoned lists than the pool has connections (10): a cursor that outlived its client would starve the API.
    for (let i = 0; i < 12; i++) {
      const dispatcher = new Agent({ connect: { ca: t.caPem() } });
      const res = await request(`${t.url()}/v1/deposits`, { dispatcher, headers: { authorization: `Bearer ${owner.api_key}` } });
      for await (const _chunk of res.body) break; // the first bytes, then gone
      await dispatcher.destroy();
    }
    const started = Date.now();
    const after = await t.api('GET', '/v1/deposits?limit=1', { key: owner.api_key });
    expect(after.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000); // a starved pool would wait 10 s for a connection, then fail
  });

  it("pages every list with limit and after, rejects bad ones, and keeps the JS client's GET body", async () => {
    const owner = await buildAccount(t.app(), { name: 'Paged MPS' });
    const key = owner.api_key;
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    for (const name of names) expect((await t.api('POST', '/v1/accounts', { key, body: { name } })).status).toBe(201);
    const first = await t.api('GET', '/v1/accounts?limit=2', { key });
    expect(first.json.map((a: { name: string }) => a.name)).toEqual(['Alpha', 'Bravo']);
    const second = await t.api('GET', nextOf(first.headers.link)!, { key });
    expect(second.json.map((a: { name: string }) => a.name)).toEqual(['Charlie', 'Delta']);
    const third = await t.api('GET', nextOf(second.headers.link)!, { key });
    expect(third.json.map((a: { name: string }) => a.name)).toEqual(['Echo']);
    expect(third.headers.link).toBeUndefined();
    // The JS client's way: the filters in a JSON body on the GET.
    const viaBody = await t.api('GET', '/v1/accounts', { key, body: { limit: 3 } });
    expect(viaBody.json).toHaveLength(3);
    // The whole list without limit.
    expect((await t.api('GET', '/v1/accounts', { key })).json).toHaveLength(5);

    for (const bad of [
      'limit=0',
      'limit=10001',
      'limit=x',
      'after=nonsense',
      `after=${Buffer.from('{"k":"date,id","v":["x","y"]}').toString('base64url')}`,
    ]) {
      const res = await t.api('GET', `/v1/accounts?${bad}`, { key });
      expect(res.status, bad).toBe(400);
      expect(res.json.error, bad).toMatch(/^query(string)?\.(limit|after)/);
    }
    // A cursor of the deposits list is not one of the accounts list; a tampered value is a 400, not a 500.
    for (const [pages, date] of [
      [1, '2026-01-01'],
      [2, '2026-01-02'],
    ] as const) {
      const deposit = await t.api('POST', '/v1/deposits', { key, body: { pages, date } });
      expect(deposit.status, deposit.text).toBe(201);
    }
    const depositsPage = await t.api('GET', '/v1/deposits?limit=1', { key });
    expect(depositsPage.status).toBe(200);
    const depositNext = nextOf(depositsPage.headers.link);
    expect(depositNext).toMatch(/^\/v1\/deposits\?/);
    const depositCursor = new URL(`https://x${depositNext}`).searchParams.get('after');
    expect(depositCursor).toMatch(/^[A-Za-z0-9_-]+$/); // a non-empty base64url string
    // A cursor of its own list: the page after it is the other deposit.
    const afterCursor = await t.api('GET', `/v1/deposits?after=${depositCursor}`, { key });
    expect(afterCursor.status).toBe(200);
    expect([depositsPage.json, afterCursor.json].map((page: Array<{ pages: number }>) => page.map((d) => d.pages))).toEqual([[1], [2]]);
    expect((await t.api('GET', `/v1/accounts?after=${depositCursor}`, { key })).status).toBe(400);
    const tampered = Buffer.from(JSON.stringify({ k: 'date,id', v: ['not-a-date', 'not-a-uuid'] })).toString('base64url');
    expect((await t.api('GET', `/v1/deposits?after=${tampered}`, { key })).status).toBe(400);

    // Every list route documents limit and after.
    const doc = (await t.api('GET', '/openapi.json')).json as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: Array<{ name: string; in: string }>;
            responses: Record<string, { content?: Record<string, { schema?: { type?: string } }> }>;
          }
        >
      >;
    };
    const lists = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([m, op]) => m === 'get' && op.responses['200']?.content?.['application/json']?.schema?.type === 'array')
        .map(([, op]) => [p, op] as const),
    );
    expect(lists.length).toBeGreaterThan(25);
    for (const [p, op] of lists)
      expect(
        (op.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name),
        p,
      ).toEqual(expect.arrayContaining(['limit', 'after']));
  });
});
