import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/errors.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp, type TestApp } from '../harness/app.js';

/**
 * Manual input has bounds (docs/domain.md): a manual deposit is dated from 2000-01-01 (or 10 years before its
 * account was created, when later) to today in Europe/London, with at most 10,000,000 pages; a transaction buys at
 * most 100,000 trees, 833,300,000 standard pages by pages or from a quote. Anything outside is a 400 naming the field
 * that writes nothing. Every expected figure here is worked out by hand.
 */

// 23:30 UTC on 30 June is 00:30 BST on 1 July in London: "today" is 2026-07-01, "tomorrow" 2026-07-02.
const NOW = new Date('2026-06-30T23:30:00Z');
const clock = fixedClock(NOW);
const t = useTestApp({ clock });

type Owner = Awaited<ReturnType<typeof buildAccount>>;
interface Pair {
  provider: Owner;
  customer: Owner;
}
/** Created on 2005-06-15: 10 years before is 1995-06-15, so the floor 2000-01-01 applies. */
let old: Pair;
/** Created on 2016-02-29: 10 years before is 2006-02-28 (no 29 February in 2006), later than the floor. */
let young: Pair;

async function pairCreatedAt(at: string, name: string): Promise<Pair> {
  clock.set(new Date(at));
  try {
    const provider = await buildAccount(t.app(), { name: `${name} provider` });
    const customer = await buildAccount(t.app(), { name: `${name} customer`, parentId: provider.account_id });
    return { provider, customer };
  } finally {
    clock.set(NOW);
  }
}

beforeAll(async () => {
  old = await pairCreatedAt('2005-06-15T12:00:00Z', 'Old');
  young = await pairCreatedAt('2016-02-29T12:00:00Z', 'Young');
});

/** The ways a caller enters manual input: a customer key, a provider key through the account-scoped twin, or on its own account. */
const CALLERS = [
  { caller: 'a customer key', who: 'customer', scoped: false },
  { caller: 'a provider key, account-scoped', who: 'provider', scoped: true },
  { caller: 'a provider key, its own account', who: 'provider', scoped: false },
] as const;
type Caller = (typeof CALLERS)[number];

/** The key, the path prefix and the account written to. */
function asCaller(pair: Pair, c: Caller) {
  const owner = c.who === 'customer' ? pair.customer : pair.provider;
  const account = c.scoped ? pair.customer.account_id : owner.account_id;
  return { key: owner.api_key, base: c.scoped ? `/v1/accounts/${account}` : '/v1', account };
}

/** Everything a manual deposit, transaction or quote conversion could have written, read back over the API and in the tables. */
async function written(api: TestApp, pair: Pair) {
  const read = async (path: string) => {
    const res = await api.api('GET', path, { key: pair.provider.api_key });
    expect(res.status, res.text).toBe(200);
    return res.json;
  };
  const out: Record<string, unknown> = {};
  for (const id of [pair.customer.account_id, pair.provider.account_id]) {
    const account = await read(`/v1/accounts/${id}`);
    out[id] = {
      deposits: await read(`/v1/accounts/${id}/deposits`),
      totals: [account.mtd_pages, account.qtd_pages, account.ytd_pages, account.ltd_pages],
      transactions: await read(`/v1/accounts/${id}/transactions`),
      certificates: await read(`/v1/accounts/${id}/certificates`),
      quotes: await read(`/v1/accounts/${id}/quotes`),
    };
  }
  const db = api.app().db;
  for (const table of ['deposits', 'transactions', 'certificates', 'quotes', 'quote_items'] as const) {
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

/** POSTs, expects the 400 with this message and reason, and that nothing was written. */
async function expectRefused(
  pair: Pair,
  c: { key: string },
  path: string,
  body: unknown,
  expected: { error: string | RegExp; reason: string },
  api: TestApp = t,
) {
  const before = await written(api, pair);
  const res = await api.api('POST', path, { key: c.key, body });
  expect(res.status, res.text).toBe(400);
  expect(res.json).toEqual({
    error: typeof expected.error === 'string' ? expected.error : expect.stringMatching(expected.error),
    code: 400,
    reason: expected.reason,
  });
  expect(await written(api, pair)).toEqual(before);
}

async function totalsOf(account: string, pair: Pair): Promise<number[]> {
  const a = (await t.api('GET', `/v1/accounts/${account}`, { key: pair.provider.api_key })).json;
  return [a.mtd_pages, a.ltd_pages];
}

describe.each(CALLERS)('manual deposits by $caller', (c) => {
  it('refuses a date before 2000-01-01, in year 0001, or tomorrow in Europe/London; nothing is written', async () => {
    const w = asCaller(old, c);
    const path = `${w.base}/deposits`;
    const early = { error: 'date: must be on or after 2000-01-01.', reason: 'date_out_of_bounds' };
    await expectRefused(old, w, path, { pages: 10, date: '1999-12-31' }, early);
    await expectRefused(old, w, path, { pages: 10, date: '0001-01-01' }, early);
    await expectRefused(old, w, path, { pages: 10, date: '0001-01-01T00:00:00Z' }, early);
    const late = { error: 'date: must not be after 2026-07-01 (today, Europe/London).', reason: 'date_out_of_bounds' };
    await expectRefused(old, w, path, { pages: 10, date: '2026-07-02' }, late);
    await expectRefused(old, w, path, { pages: 10, date: '2027-01-01' }, late);
  });

  it('accepts 2000-01-01 for an account created in 2005, and today in London although UTC is still on 30 June', async () => {
    const w = asCaller(old, c);
    const [mtd, ltd] = await totalsOf(w.account, old);
    const first = await t.api('POST', `${w.base}/deposits`, { key: w.key, body: { pages: 3, date: '2000-01-01' } });
    expect(first.status, first.text).toBe(201);
    expect(first.json).toMatchObject({ account_id: w.account, date: '2000-01-01T00:00:00Z', pages: 3, standard_pages: 3 });
    const today = await t.api('POST', `${w.base}/deposits`, { key: w.key, body: { pages: 5, date: '2026-07-01' } });
    expect(today.status, today.text).toBe(201);
    expect(today.json.date).toBe('2026-07-01T00:00:00Z');
    const omitted = await t.api('POST', `${w.base}/deposits`, { key: w.key, body: { pages: 7 } });
    expect(omitted.status, omitted.text).toBe(201);
    expect(omitted.json.date).toBe('2026-07-01T00:00:00Z');

    const listed = (await t.api('GET', `/v1/accounts/${w.account}/deposits`, { key: old.provider.api_key })).json as Array<{ id: string }>;
    expect(listed.map((d) => d.id)).toEqual(expect.arrayContaining([first.json.id, today.json.id, omitted.json.id]));
    // July 2026 gains 5 + 7 pages, the lifetime 3 + 5 + 7.
    expect(await totalsOf(w.account, old)).toEqual([mtd! + 12, ltd! + 15]);
  });

  it('refuses 10,000,001 pages and accepts 10,000,000', async () => {
    const w = asCaller(old, c);
    await expectRefused(
      old,
      w,
      `${w.base}/deposits`,
      { pages: 10_000_001, date: '2026-06-30' },
      { error: 'pages: must be at most 10,000,000.', reason: 'pages_out_of_bounds' },
    );
    // The bound is on the pages given, whatever paper they are.
    await expectRefused(
      old,
      w,
      `${w.base}/deposits`,
      { pages: 10_000_001, width: 0.1, height: 0.1, gsm: 10 },
      { error: 'pages: must be at most 10,000,000.', reason: 'pages_out_of_bounds' },
    );
    const [mtd, ltd] = await totalsOf(w.account, old);
    const res = await t.api('POST', `${w.base}/deposits`, { key: w.key, body: { pages: 10_000_000, date: '2026-07-01' } });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ pages: 10_000_000, standard_pages: 10_000_000, date: '2026-07-01T00:00:00Z' });
    expect(await totalsOf(w.account, old)).toEqual([mtd! + 10_000_000, ltd! + 10_000_000]);
  });

  it('for an account created on 2016-02-29, refuses 2006-02-27 and accepts 2006-02-28 (10 years before)', async () => {
    const w = asCaller(young, c);
    const path = `${w.base}/deposits`;
    const early = {
      error: 'date: must be on or after 2006-02-28 (10 years before the account was created).',
      reason: 'date_out_of_bounds',
    };
    await expectRefused(young, w, path, { pages: 10, date: '2006-02-27' }, early);
    await expectRefused(young, w, path, { pages: 10, date: '2000-01-01' }, early);
    await expectRefused(young, w, path, { pages: 10, date: '1999-12-31' }, early);
    const [, ltd] = await totalsOf(w.account, young);
    const res = await t.api('POST', path, { key: w.key, body: { pages: 10, date: '2006-02-28' } });
    expect(res.status, res.text).toBe(201);
    expect(res.json.date).toBe('2006-02-28T00:00:00Z');
    expect((await totalsOf(w.account, young))[1]).toBe(ltd! + 10);
  });
});

describe.each(CALLERS)('transactions by $caller', (c) => {
  it('refuses 100,001 trees and accepts 100,000 (833,300,000 pages)', async () => {
    const w = asCaller(old, c);
    const path = `${w.base}/transactions`;
    await expectRefused(old, w, path, { trees: 100_001 }, { error: 'trees: must be at most 100,000.', reason: 'trees_out_of_bounds' });
    await expectRefused(old, w, path, { trees: 100_000.5 }, { error: 'trees: must be at most 100,000.', reason: 'trees_out_of_bounds' });
    const res = await t.api('POST', path, { key: w.key, body: { trees: 100_000 } });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ account_id: w.account, pages: 833_300_000, trees: 100_000 });
  });

  it('by pages: refuses 833,300,001 and accepts 833,300,000', async () => {
    const w = asCaller(old, c);
    const path = `${w.base}/transactions`;
    await expectRefused(
      old,
      w,
      path,
      { pages: 833_300_001 },
      { error: 'pages: must be at most 833,300,000 (100,000 trees).', reason: 'pages_out_of_bounds' },
    );
    const res = await t.api('POST', path, { key: w.key, body: { pages: 833_300_000 } });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ account_id: w.account, pages: 833_300_000, trees: 100_000 });
  });

  it('a quote above the bound is made, but refused on conversion; one at the bound converts', async () => {
    const w = asCaller(old, c);
    // Standard sheets (0.2159 × 0.2794 m at 74 g/m²): one standard page each.
    const sheets = (quantity: number) => ({ items: [{ quantity, width: 0.2159, height: 0.2794, density: 74 }] });
    const big = await t.api('POST', `${w.base}/quotes`, { key: w.key, body: sheets(833_300_001) });
    expect(big.status, big.text).toBe(201);
    expect(big.json).toMatchObject({ account_id: w.account, standard_pages: 833_300_001, transaction_id: null });
    await expectRefused(
      old,
      w,
      `${w.base}/transactions`,
      { quote_id: big.json.id },
      {
        error:
          "quote_id: the quote's 833,300,001 standard pages are more than one transaction may have (at most 833,300,000, 100,000 trees).",
        reason: 'pages_out_of_bounds',
      },
    );
    expect((await t.api('GET', `/v1/quotes/${big.json.id}`, { key: w.key })).json.transaction_id).toBeNull();

    const fits = (await t.api('POST', `${w.base}/quotes`, { key: w.key, body: sheets(833_300_000) })).json;
    const res = await t.api('POST', `${w.base}/transactions`, { key: w.key, body: { quote_id: fits.id } });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ account_id: w.account, quote_id: fits.id, pages: 833_300_000, trees: 100_000 });
  });
});

describe('MANUAL_DEPOSIT_MAX_PAGES and TRANSACTION_MAX_TREES', () => {
  it('default to 10,000,000 and 100,000, and must be positive whole numbers', () => {
    expect(loadConfig({}, false)).toMatchObject({ manualDepositMaxPages: 10_000_000, transactionMaxTrees: 100_000 });
    expect(loadConfig({ MANUAL_DEPOSIT_MAX_PAGES: '5', TRANSACTION_MAX_TREES: '2' }, false)).toMatchObject({
      manualDepositMaxPages: 5,
      transactionMaxTrees: 2,
    });
    for (const value of ['0', '-1', '1.5', 'many']) {
      expect(() => loadConfig({ MANUAL_DEPOSIT_MAX_PAGES: value }, false)).toThrow(ConfigError);
      expect(() => loadConfig({ MANUAL_DEPOSIT_MAX_PAGES: value }, false)).toThrow(/MANUAL_DEPOSIT_MAX_PAGES/);
      expect(() => loadConfig({ TRANSACTION_MAX_TREES: value }, false)).toThrow(/TRANSACTION_MAX_TREES/);
    }
  });

  // An app configured from the environment: the settings reach the services.
  const small = useTestApp({
    clock: fixedClock(NOW),
    config: () => {
      const c = loadConfig({ MANUAL_DEPOSIT_MAX_PAGES: '5', TRANSACTION_MAX_TREES: '2' }, false);
      return { manualDepositMaxPages: c.manualDepositMaxPages, transactionMaxTrees: c.transactionMaxTrees };
    },
  });

  it('bound the deposits and transactions of an app configured with them', async () => {
    const provider = await buildAccount(small.app(), { name: 'Small provider' });
    const customer = await buildAccount(small.app(), { name: 'Small customer', parentId: provider.account_id });
    const pair = { provider, customer };
    const w = { key: customer.api_key };
    await expectRefused(
      pair,
      w,
      '/v1/deposits',
      { pages: 6 },
      { error: 'pages: must be at most 5.', reason: 'pages_out_of_bounds' },
      small,
    );
    expect((await small.api('POST', '/v1/deposits', { key: w.key, body: { pages: 5 } })).status).toBe(201);
    await expectRefused(
      pair,
      w,
      '/v1/transactions',
      { trees: 3 },
      { error: 'trees: must be at most 2.', reason: 'trees_out_of_bounds' },
      small,
    );
    await expectRefused(
      pair,
      w,
      '/v1/transactions',
      { pages: 16_667 },
      { error: 'pages: must be at most 16,666 (2 trees).', reason: 'pages_out_of_bounds' },
      small,
    );
    const res = await small.api('POST', '/v1/transactions', { key: w.key, body: { pages: 16_666 } });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ pages: 16_666, trees: 2 });
  });
});
