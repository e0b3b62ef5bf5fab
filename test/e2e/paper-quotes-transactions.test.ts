import { randomUUID } from 'node:crypto';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

const clock = fixedClock(new Date('2026-03-20T12:00:00Z'));
const t = useTestApp({ clock });
type Owner = Awaited<ReturnType<typeof buildAccount>>;
let provider: Owner;
let customer: Owner;
let stranger: Owner;
let agent: Agent | undefined;
afterAll(async () => {
  await agent?.close();
});

/** The reference's built-in paper types (PrintReleaf v1 §7.11, §7.9). */
const BOND_20 = 'd3c3e1df-5e55-4587-9d81-91ac87927424';
const GLOSS_COVER_80 = 'a11c7abc-011e-462f-babb-3c6375fa6473';
const OFFSET_60 = 'bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07';
const COPY_80 = '4cff0dfc-c0fa-4278-abf4-c7967117b4c6';

/** The reference's quote example: density omitted, taken from the paper types (216 and 89 g/m²). */
const FIXTURE_ITEMS = [
  { quantity: 20000, width: 0.2127, height: 0.2762, paper_type_id: GLOSS_COVER_80 },
  { quantity: 400000, width: 0.2127, height: 0.2762, paper_type_id: OFFSET_60 },
];

interface Tx {
  id: string;
  account_id: string;
  project_id: string;
  certificate_id: string;
  quote_id: string | null;
  date: string;
  pages: number;
  trees: number;
}

async function fetchPublic(path: string): Promise<{ status: number; type: string; body: string }> {
  agent ??= new Agent({ connect: { ca: t.caPem() } });
  const res = await request(t.url() + path, { dispatcher: agent });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: await res.body.text() };
}

/** Row counts of every table these endpoints write. */
async function counts() {
  const db = t.app().db;
  const out: Record<string, number> = {};
  for (const table of ['paper_types', 'quotes', 'quote_items', 'transactions', 'certificates', 'deposits'] as const) {
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

beforeAll(async () => {
  provider = await buildAccount(t.app(), { name: 'Paper Provider' });
  customer = await buildAccount(t.app(), { name: 'Paper Customer', parentId: provider.account_id });
  stranger = await buildAccount(t.app(), { name: 'Stranger MPS' });
});

describe('paper types', () => {
  it('lists the built-in types, with the reference examples at their fixed ids', async () => {
    const list = await t.api('GET', '/v1/paper/types', { key: customer.api_key });
    expect(list.status).toBe(200);
    expect(list.json).toEqual(
      expect.arrayContaining([
        { id: BOND_20, account_id: null, name: '20# Bond/Writing/Ledger', density: 74 },
        { id: GLOSS_COVER_80, account_id: null, name: '80# #2 Gloss Cover', density: 216 },
        { id: OFFSET_60, account_id: null, name: '60# Offset/Text', density: 89 },
        { id: COPY_80, account_id: null, name: 'Copy paper 80 g/m²', density: 80 },
      ]),
    );
    expect(list.json.every((p: { account_id: string | null }) => p.account_id === null)).toBe(true);
    expect((await t.api('GET', `/v1/paper/types/${BOND_20}`, { key: stranger.api_key })).json).toEqual({
      id: BOND_20,
      account_id: null,
      name: '20# Bond/Writing/Ledger',
      density: 74,
    });
  });

  it("a custom type is the account's and its children's (gsm as density), 404 to other providers; built-ins can't be deleted", async () => {
    const created = await t.api('POST', '/v1/paper/types', { key: provider.api_key, body: { name: 'House 90', gsm: 90 } });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toEqual({ id: expect.any(String), account_id: provider.account_id, name: 'House 90', density: 90 });
    const custom = created.json.id as string;

    const ids = async (key: string, path = '/v1/paper/types') =>
      (await t.api('GET', path, { key })).json.map((p: { id: string }) => p.id) as string[];
    expect(await ids(provider.api_key)).toContain(custom);
    expect(await ids(customer.api_key)).toContain(custom);
    expect(await ids(provider.api_key, `/v1/accounts/${customer.account_id}/paper/types`)).toContain(custom);
    expect((await t.api('GET', `/v1/paper/types/${custom}`, { key: customer.api_key })).json.density).toBe(90);
    expect(await ids(stranger.api_key)).not.toContain(custom);
    expect((await t.api('GET', `/v1/paper/types/${custom}`, { key: stranger.api_key })).status).toBe(404);
    expect((await t.api('DELETE', `/v1/paper/types/${custom}`, { key: stranger.api_key })).status).toBe(404);

    // The customer's own type (account scope, density): its parent finds it by id but does not list it.
    const own = await t.api('POST', `/v1/accounts/${customer.account_id}/paper/types`, {
      key: provider.api_key,
      body: { name: 'Customer card', density: 250 },
    });
    expect(own.status).toBe(201);
    expect(own.json.account_id).toBe(customer.account_id);
    expect(await ids(customer.api_key)).toContain(own.json.id);
    expect(await ids(provider.api_key)).not.toContain(own.json.id);
    expect((await t.api('GET', `/v1/paper/types/${own.json.id}`, { key: provider.api_key })).status).toBe(200);

    // Deletes: built-ins never (403), a parent's type not by the child (403), its own subtree's yes.
    const builtIn = await t.api('DELETE', `/v1/paper/types/${BOND_20}`, { key: provider.api_key });
    expect(builtIn.status).toBe(403);
    expect(builtIn.json.error).toMatch(/Built-in/);
    expect((await t.api('DELETE', `/v1/paper/types/${custom}`, { key: customer.api_key })).status).toBe(403);
    // A deposit naming the customer's type takes its density; deleting the type keeps the deposit and its pages.
    const deposit = await t.api('POST', `/v1/accounts/${customer.account_id}/deposits`, {
      key: provider.api_key,
      body: { pages: 1000, date: '2026-03-02', paper_type_id: own.json.id },
    });
    expect(deposit.status, deposit.text).toBe(201);
    expect(deposit.json).toMatchObject({
      density: 250,
      gsm: 250,
      paper_type_id: own.json.id,
      standard_pages: Math.round((250 / 74) * 1000),
    });
    const removed = await t.api('DELETE', `/v1/paper/types/${own.json.id}`, { key: customer.api_key });
    expect(removed.json).toEqual({ ...own.json, deleted: true });
    expect((await t.api('GET', `/v1/paper/types/${own.json.id}`, { key: customer.api_key })).status).toBe(404);
    expect((await t.api('GET', `/v1/deposits/${deposit.json.id}`, { key: provider.api_key })).json).toMatchObject({
      density: 250,
      paper_type_id: null,
      standard_pages: deposit.json.standard_pages,
    });
    // A parent deletes its descendant's type; narrowed to the child, it still cannot delete its own (the child's parent's).
    const childs = await t.api('POST', `/v1/accounts/${customer.account_id}/paper/types`, {
      key: provider.api_key,
      body: { name: 'Customer bond', density: 75 },
    });
    expect(childs.status).toBe(201);
    const narrowed = await t.api('DELETE', `/v1/accounts/${customer.account_id}/paper/types/${custom}`, { key: provider.api_key });
    expect([narrowed.status, narrowed.json.error]).toEqual([403, "A parent account's paper type cannot be deleted."]);
    expect((await t.api('DELETE', `/v1/paper/types/${childs.json.id}`, { key: provider.api_key })).json).toEqual({
      ...childs.json,
      deleted: true,
    });
    expect((await t.api('DELETE', `/v1/paper/types/${custom}`, { key: provider.api_key })).json).toMatchObject({
      id: custom,
      deleted: true,
    });
  });

  it('a deposit naming a built-in paper type takes its density', async () => {
    const res = await t.api('POST', `/v1/accounts/${customer.account_id}/deposits`, {
      key: provider.api_key,
      body: { pages: 1000, date: '2026-03-03', width: 0.21, height: 0.297, paper_type_id: COPY_80 },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ density: 80, gsm: 80, paper_type_id: COPY_80, standard_pages: 1118 });
  });
});

describe('quotes and transactions', () => {
  it('reproduces the reference quote (525,377 standard pages, 63.048 trees, 157.61) and converts it once', async () => {
    const res = await t.api('POST', '/v1/quotes', { key: provider.api_key, body: { items: FIXTURE_ITEMS } });
    expect(res.status, res.text).toBe(201);
    const quote = res.json;
    expect(quote).toEqual({
      id: expect.any(String),
      account_id: provider.account_id,
      project_id: null,
      transaction_id: null,
      created_at: '2026-03-20T12:00:00Z',
      standard_pages: 525377,
      trees: 63.048,
      rate: 0.0003,
      price: 157.61,
      items: [
        { quantity: 20000, width: 0.2127, height: 0.2762, density: 216, gsm: 216, paper_type_id: GLOSS_COVER_80 },
        { quantity: 400000, width: 0.2127, height: 0.2762, density: 89, gsm: 89, paper_type_id: OFFSET_60 },
      ],
    });
    expect((await t.api('GET', `/v1/quotes/${quote.id}`, { key: provider.api_key })).json).toEqual(quote);
    expect((await t.api('GET', '/v1/quotes', { key: provider.api_key })).json.map((q: { id: string }) => q.id)).toContain(quote.id);

    const converted = await t.api('POST', '/v1/transactions', { key: provider.api_key, body: { quote_id: quote.id } });
    expect(converted.status, converted.text).toBe(201);
    const tx = converted.json as Tx;
    expect(tx).toMatchObject({
      account_id: provider.account_id,
      quote_id: quote.id,
      pages: 525377,
      trees: 63.048,
      date: '2026-03-20T12:00:00Z',
    });
    expect((await t.api('GET', `/v1/quotes/${quote.id}`, { key: provider.api_key })).json.transaction_id).toBe(tx.id);
    expect((await t.api('GET', `/v1/transactions/${tx.id}`, { key: provider.api_key })).json).toEqual(tx);

    const again = await t.api('POST', '/v1/transactions', { key: provider.api_key, body: { quote_id: quote.id } });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatch(/already converted/);
    expect((await t.api('DELETE', `/v1/quotes/${quote.id}`, { key: provider.api_key })).status).toBe(409);

    // Its own certificate, of the current month, by the id in the response; and the public page.
    const cert = await t.api('GET', `/v1/certificates/${tx.certificate_id}`, { key: provider.api_key });
    expect(cert.status).toBe(200);
    expect(cert.json).toMatchObject({
      id: tx.certificate_id,
      account_id: provider.account_id,
      kind: 'transaction',
      pages: 525377,
      trees: 63.05,
      period_start: '2026-03-01T00:00:00Z',
      project_id: tx.project_id,
    });
    expect(cert.json.projects).toEqual([{ project_id: tx.project_id, name: expect.any(String), pages: 525377, trees: 63.05 }]);
    const page = await fetchPublic(new URL(cert.json.url).pathname);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(page.body).toContain('Paper Provider');
    expect((await fetchPublic(new URL(cert.json.pdf_url).pathname)).status).toBe(200);

    // Deleting the transaction deletes its certificate and frees the quote.
    const deleted = await t.api('DELETE', `/v1/transactions/${tx.id}`, { key: provider.api_key });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ ...tx, deleted: true });
    expect((await t.api('GET', `/v1/transactions/${tx.id}`, { key: provider.api_key })).status).toBe(404);
    expect((await t.api('GET', `/v1/certificates/${tx.certificate_id}`, { key: provider.api_key })).status).toBe(404);
    expect((await fetchPublic(`/certificates/${tx.certificate_id}`)).status).toBe(404);
    expect((await t.api('GET', `/v1/quotes/${quote.id}`, { key: provider.api_key })).json.transaction_id).toBeNull();
    const removed = await t.api('DELETE', `/v1/quotes/${quote.id}`, { key: provider.api_key });
    expect(removed.json).toEqual({ ...quote, deleted: true });
    expect((await t.api('GET', `/v1/quotes/${quote.id}`, { key: provider.api_key })).status).toBe(404);
  });

  it('takes density or gsm on items; a quote in account scope converts through the account', async () => {
    const res = await t.api('POST', `/v1/accounts/${customer.account_id}/quotes`, {
      key: provider.api_key,
      body: {
        items: [
          { quantity: 1000, width: 0.21, height: 0.297, gsm: 80 },
          { quantity: 1000, width: 0.21, height: 0.297, density: 80, gsm: 80, paper_type_id: null },
          { quantity: 100, width: 0.2159, height: 0.2794, paper_type_id: BOND_20 },
        ],
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json.account_id).toBe(customer.account_id);
    expect(res.json.items.map((i: { density: number; gsm: number }) => [i.density, i.gsm])).toEqual([
      [80, 80],
      [80, 80],
      [74, 74],
    ]);
    expect(res.json.standard_pages).toBe(Math.round((2 * 1000 * (0.21 * 0.297 * 80)) / (0.2159 * 0.2794 * 74)) + 100);
    expect(
      (await t.api('GET', `/v1/accounts/${customer.account_id}/quotes`, { key: customer.api_key })).json.map((q: { id: string }) => q.id),
    ).toEqual([res.json.id]);

    const tx = await t.api('POST', `/v1/accounts/${customer.account_id}/transactions`, {
      key: customer.api_key,
      body: { quote_id: res.json.id },
    });
    expect(tx.status, tx.text).toBe(201);
    expect(tx.json).toMatchObject({ account_id: customer.account_id, quote_id: res.json.id, pages: res.json.standard_pages });
    // A customer may not delete transactions (policy).
    expect((await t.api('DELETE', `/v1/transactions/${tx.json.id}`, { key: customer.api_key })).status).toBe(403);
  });

  it("buys trees or pages, planted in the given project, else the first of the account's projects", async () => {
    const buyer = await buildAccount(t.app(), { name: 'Buyer', parentId: provider.account_id });
    const key = buyer.api_key;
    const projects = (await t.api('GET', '/v1/forestry/projects', { key })).json as Array<{ id: string; name: string }>;
    const chosen = [projects[3]!.id, projects[1]!.id];
    expect((await t.api('PUT', `/v1/accounts/${buyer.account_id}/projects`, { key, body: { project_ids: chosen } })).status).toBe(200);
    const first = (await t.api('GET', `/v1/accounts/${buyer.account_id}/projects`, { key })).json.projects[0].id;
    expect(first).toBe(projects[1]!.id); // by name, as month close orders them

    const byTrees = await t.api('POST', '/v1/transactions', { key, body: { trees: 2.0 } });
    expect(byTrees.status, byTrees.text).toBe(201);
    expect(byTrees.json).toMatchObject({ account_id: buyer.account_id, pages: 16666, trees: 2, project_id: first, quote_id: null });
    const byPages = await t.api('POST', `/v1/accounts/${buyer.account_id}/transactions`, {
      key: provider.api_key,
      body: { pages: 16000, project_id: projects[0]!.id },
    });
    expect(byPages.status, byPages.text).toBe(201);
    expect(byPages.json).toMatchObject({ account_id: buyer.account_id, pages: 16000, trees: 1.92, project_id: projects[0]!.id });
    const fraction = await t.api('POST', '/v1/transactions', { key, body: { trees: 0.5, pages: null } });
    expect(fraction.json).toMatchObject({ pages: 4167, trees: 0.5 });

    // Each has its own certificate, several in one month.
    const certs = (await t.api('GET', `/v1/accounts/${buyer.account_id}/certificates`, { key })).json as Array<{
      id: string;
      kind: string;
      pages: number;
      project_id: string;
    }>;
    expect(certs.map((c) => [c.kind, c.pages]).sort()).toEqual([
      ['transaction', 16000],
      ['transaction', 16666],
      ['transaction', 4167],
    ]);
    expect(certs.find((c) => c.id === byTrees.json.certificate_id)?.project_id).toBe(first);
    const listed = (await t.api('GET', '/v1/transactions', { key })).json as Tx[];
    expect(listed.map((x) => x.id).sort()).toEqual([byTrees.json.id, byPages.json.id, fraction.json.id].sort());
  });

  it("a monthly certificate's transactions cannot be deleted (403); manual ones are not in the monthly certificate", async () => {
    const monthly = await buildAccount(t.app(), { name: 'Monthly', parentId: provider.account_id });
    await t.api('POST', '/v1/transactions', { key: monthly.api_key, body: { pages: 999 } });
    expect(
      (
        await t.api('POST', `/v1/accounts/${monthly.account_id}/deposits`, {
          key: provider.api_key,
          body: { pages: 8333, date: '2026-02-10' },
        })
      ).status,
    ).toBe(201);
    expect(await t.app().services.monthClose.closeDue({ accountId: monthly.account_id })).toMatchObject({ issued: 1 });
    const certs = (await t.api('GET', `/v1/accounts/${monthly.account_id}/certificates`, { key: provider.api_key })).json as Array<{
      id: string;
      kind: string;
      pages: number;
    }>;
    const account = certs.find((c) => c.kind === 'account')!;
    expect(account.pages).toBe(8333);
    const txs = (await t.api('GET', `/v1/accounts/${monthly.account_id}/transactions`, { key: provider.api_key })).json as Tx[];
    const planted = txs.filter((x) => x.certificate_id === account.id);
    expect(planted.length).toBeGreaterThan(0);
    const res = await t.api('DELETE', `/v1/transactions/${planted[0]!.id}`, { key: provider.api_key });
    expect(res.status).toBe(403);
    expect(res.json.error).toMatch(/manual/);
    expect((await t.api('GET', `/v1/transactions/${planted[0]!.id}`, { key: provider.api_key })).status).toBe(200);
  });

  it.each([
    ['POST', '/v1/transactions', { trees: 1, pages: 8333 }, /^body\.pages: .*trees/],
    ['POST', '/v1/transactions', { pages: 100, quote_id: randomUUID() }, /quote_id/],
    ['POST', '/v1/transactions', {}, /trees/],
    ['POST', '/v1/transactions', { pages: -5 }, /pages/],
    ['POST', '/v1/transactions', { trees: 0.00001 }, /trees/],
    ['POST', '/v1/transactions', { quote_id: randomUUID() }, /quote_id: no such quote/],
    ['POST', '/v1/transactions', { trees: 1, project_id: randomUUID() }, /project_id/],
    ['POST', '/v1/quotes', { items: [{ quantity: -1, width: 0.2, height: 0.3, density: 80 }] }, /items\.0\.quantity/],
    [
      'POST',
      '/v1/quotes',
      {
        items: [
          { quantity: 10, width: 0.2, height: 0.3, density: 80 },
          { quantity: 10, width: 0.2, height: 0.3, paper_type_id: randomUUID() },
        ],
      },
      /items\.1\.paper_type_id: no such paper type/,
    ],
    ['POST', '/v1/quotes', { items: [{ quantity: 10, width: 0.2, height: 0.3 }] }, /items\.0\.density/],
    ['POST', '/v1/quotes', { items: [{ quantity: 10, width: 0.2, height: 0.3, density: 80, gsm: 90 }] }, /items\.0\.density/],
    ['POST', '/v1/quotes', { items: [{ quantity: 10, height: 0.3, density: 80 }] }, /items\.0\.width/],
    ['POST', '/v1/quotes', { items: [] }, /items/],
    ['POST', '/v1/quotes', { items: FIXTURE_ITEMS, project_id: randomUUID() }, /project_id/],
    ['POST', '/v1/paper/types', { name: 'No density' }, /density/],
    ['POST', '/v1/paper/types', { name: '', density: 80 }, /name/],
    ['POST', '/v1/paper/types', { name: 'Negative', gsm: -80 }, /gsm/],
    ['POST', '/v1/deposits', { pages: 10, paper_type_id: randomUUID() }, /paper_type_id: no such paper type/],
  ])('%s %s %j is a 400 naming the field, and changes nothing', async (method, path, body, message) => {
    const before = await counts();
    const res = await t.api(method, path, { key: provider.api_key, body });
    expect(res.status, res.text).toBe(400);
    expect(res.json).toEqual({ error: expect.stringMatching(message), code: 400, reason: 'invalid_request' });
    expect(await counts()).toEqual(before);
  });

  it("a quote cannot name another provider's paper type, nor be converted by another provider", async () => {
    const theirs = (await t.api('POST', '/v1/paper/types', { key: stranger.api_key, body: { name: 'Stranger stock', density: 100 } })).json;
    const quote = await t.api('POST', '/v1/quotes', {
      key: provider.api_key,
      body: { items: [{ quantity: 10, width: 0.2, height: 0.3, paper_type_id: theirs.id }] },
    });
    expect(quote.status).toBe(400);
    expect(quote.json.error).toMatch(/items\.0\.paper_type_id/);
    const mine = (await t.api('POST', '/v1/quotes', { key: provider.api_key, body: { items: FIXTURE_ITEMS } })).json;
    const taken = await t.api('POST', '/v1/transactions', { key: stranger.api_key, body: { quote_id: mine.id } });
    expect(taken.status).toBe(400);
    expect(taken.json.error).toMatch(/quote_id: no such quote/);
  });

  it('a quote converted and deleted at the same moment ends one way or the other, never half (no 500)', async () => {
    for (let round = 0; round < 8; round++) {
      const quote = (await t.api('POST', '/v1/quotes', { key: provider.api_key, body: { items: FIXTURE_ITEMS } })).json;
      const [converted, deleted] = await Promise.all([
        t.api('POST', '/v1/transactions', { key: provider.api_key, body: { quote_id: quote.id } }),
        t.api('DELETE', `/v1/quotes/${quote.id}`, { key: provider.api_key }),
      ]);
      const stored = await t.app().db.selectFrom('transactions').select('id').where('quote_id', '=', quote.id).execute();
      const still = (await t.api('GET', `/v1/quotes/${quote.id}`, { key: provider.api_key })).status;
      if (converted.status === 201) {
        // Converted first: the delete is refused and the quote stays, converted once.
        expect([deleted.status, still, stored.length]).toEqual([409, 200, 1]);
      } else {
        // Deleted first: the conversion finds no quote and plants nothing.
        expect([converted.status, converted.json.error, deleted.status, still, stored.length]).toEqual([
          400,
          'quote_id: no such quote.',
          200,
          404,
          0,
        ]);
      }
    }
  });

  it("another provider's key gets 404 for every id", async () => {
    const quote = (
      await t.api('POST', `/v1/accounts/${customer.account_id}/quotes`, { key: provider.api_key, body: { items: FIXTURE_ITEMS } })
    ).json;
    const tx = (await t.api('POST', `/v1/accounts/${customer.account_id}/transactions`, { key: provider.api_key, body: { trees: 1 } }))
      .json as Tx;
    const paper = (
      await t.api('POST', `/v1/accounts/${customer.account_id}/paper/types`, {
        key: provider.api_key,
        body: { name: 'Private', density: 120 },
      })
    ).json;
    const key = stranger.api_key;
    const before = await counts();
    const calls: Array<[string, string, unknown?]> = [
      ['GET', `/v1/quotes/${quote.id}`],
      ['DELETE', `/v1/quotes/${quote.id}`],
      ['GET', `/v1/transactions/${tx.id}`],
      ['DELETE', `/v1/transactions/${tx.id}`],
      ['GET', `/v1/certificates/${tx.certificate_id}`],
      ['GET', `/v1/paper/types/${paper.id}`],
      ['DELETE', `/v1/paper/types/${paper.id}`],
      ['GET', `/v1/accounts/${customer.account_id}/quotes`],
      ['POST', `/v1/accounts/${customer.account_id}/quotes`, { items: FIXTURE_ITEMS }],
      ['GET', `/v1/accounts/${customer.account_id}/transactions`],
      ['POST', `/v1/accounts/${customer.account_id}/transactions`, { trees: 1 }],
      ['GET', `/v1/accounts/${customer.account_id}/paper/types`],
      ['POST', `/v1/accounts/${customer.account_id}/paper/types`, { name: 'X', density: 80 }],
      ['GET', '/v1/quotes/not-a-uuid'],
      ['DELETE', '/v1/transactions/not-a-uuid'],
      ['GET', '/v1/paper/types/not-a-uuid'],
    ];
    for (const [method, path, body] of calls) {
      const res = await t.api(method, path, { key, ...(body ? { body } : {}) });
      expect([method, path, res.status, res.json]).toEqual([method, path, 404, { error: 'Not Found.', code: 404, reason: 'not_found' }]);
    }
    expect(await counts()).toEqual(before);
    expect((await t.api('GET', '/v1/quotes', { key })).json).toEqual([]);
  });
});
