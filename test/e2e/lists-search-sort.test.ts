import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { buildDeposit } from '../factories/deposits.js';
import { useTestApp } from '../harness/app.js';

/**
 * The `q` (search) and `sort` extensions of the customers and certificates lists: exactly the rows worked out by hand,
 * pages under a sort that visit every row once, and a 400 naming the field for a bad value.
 */
const clock = fixedClock(new Date('2026-03-20T09:00:00Z'));
const t = useTestApp({ clock });

/** The customers, in the order they are created (a minute apart): [name, display name, external id]. */
const CUSTOMERS = [
  ['Hartley & Sons', null, 'CRM-1043'],
  ['alder print', null, 'CRM-2001'],
  ['Birch Office', 'Birchwood Legal', 'HW-7'],
  ['Zeta 50% Ltd', null, null],
  ['Cedar_Works', null, null],
  ['Hartwell Print', null, null],
] as const;
type Name = (typeof CUSTOMERS)[number][0];

let key = '';
const ids = new Map<Name, string>();
const nameOf = new Map<string, string>();

function nextOf(link: string | string[] | undefined): string | undefined {
  const text = Array.isArray(link) ? link.join(',') : link;
  return text ? /<([^>]+)>;\s*rel="next"/.exec(text)?.[1] : undefined;
}

async function get(path: string) {
  const res = await t.api('GET', path, { key });
  expect(res.status, `${path}: ${res.text}`).toBe(200);
  return res;
}

/** The account names of an accounts list. */
async function accountNames(query: string): Promise<string[]> {
  return ((await get(`/v1/accounts${query}`)).json as Array<{ name: string }>).map((a) => a.name);
}

/** A certificates list as [account name, month, pages]. */
async function certificates(path: string): Promise<Array<[string, string, number]>> {
  const list = (await get(path)).json as Array<{ account_id: string; period_start: string; pages: number }>;
  // period_start is London's midnight of the 1st in UTC: January and February are GMT, so the date is the 1st.
  return list.map((c) => [nameOf.get(c.account_id) ?? '?', c.period_start.slice(0, 7), c.pages]);
}

/** Every page of a list, following Link rel="next": the items of each page. */
async function pages<T>(first: string): Promise<T[][]> {
  const out: T[][] = [];
  let url: string | undefined = first;
  while (url) {
    const res = await get(url);
    out.push(res.json as T[]);
    url = nextOf(res.headers.link);
    if (out.length > 20) throw new Error('too many pages');
  }
  return out;
}

beforeAll(async () => {
  const app = t.app();
  const provider = await buildAccount(app, { name: 'Search Sort MPS' });
  key = provider.api_key;
  nameOf.set(provider.account_id, 'Search Sort MPS');
  for (const [name, display, external] of CUSTOMERS) {
    clock.advance(60_000);
    const c = await buildAccount(app, { name, parentId: provider.account_id });
    ids.set(name, c.account_id);
    nameOf.set(c.account_id, name);
    if (display || external) {
      const res = await t.api('PATCH', `/v1/accounts/${c.account_id}`, { key, body: { display_name: display, external_id: external } });
      expect(res.status, res.text).toBe(200);
    }
  }
  const db = app.db;
  await buildDeposit(db, ids.get('Hartley & Sons')!, '2026-01-12', 1000);
  await buildDeposit(db, ids.get('Hartley & Sons')!, '2026-02-10', 4000);
  await buildDeposit(db, ids.get('alder print')!, '2026-01-20', 500);
  await buildDeposit(db, ids.get('Birch Office')!, '2026-02-03', 300);
  // 20 March: January and February are closed. Four customer certificates; a roll-up a month (1,500 and 4,300 pages).
  expect(await app.services.monthClose.closeDue()).toMatchObject({ months: 2, issued: 4, rollups: 2 });
});

describe('customers list: q and sort', () => {
  const created = CUSTOMERS.map((c) => c[0]);
  // By the name shown (display name, else name), lower-case: alder, birchwood, cedar_works, hartley, hartwell, zeta.
  const byName = ['alder print', 'Birch Office', 'Cedar_Works', 'Hartley & Sons', 'Hartwell Print', 'Zeta 50% Ltd'];

  it('answers as before without q or sort: oldest first', async () => {
    expect(await accountNames('')).toEqual(created);
    expect(await accountNames('?sort=created_at')).toEqual(created);
    expect(await accountNames('?sort=-created_at')).toEqual([...created].reverse());
  });

  it('searches name, display name and external id, case-insensitively, wildcards taken literally', async () => {
    expect(await accountNames('?q=hart')).toEqual(['Hartley & Sons', 'Hartwell Print']);
    expect(await accountNames('?q=HART')).toEqual(['Hartley & Sons', 'Hartwell Print']);
    expect(await accountNames('?q=crm')).toEqual(['Hartley & Sons', 'alder print']);
    expect(await accountNames('?q=birchwood')).toEqual(['Birch Office']);
    expect(await accountNames('?q=office')).toEqual(['Birch Office']);
    expect(await accountNames('?q=hw-7')).toEqual(['Birch Office']);
    expect(await accountNames('?q=%25')).toEqual(['Zeta 50% Ltd']);
    expect(await accountNames('?q=_')).toEqual(['Cedar_Works']);
    expect(await accountNames('?q=%20%20print%20')).toEqual(['alder print', 'Hartwell Print']); // trimmed
    expect(await accountNames('?q=nobody')).toEqual([]);
    // The account-scoped twin of the list.
    const provider = (await get('/v1/account')).json as { id: string };
    expect((await get(`/v1/accounts/${provider.id}/accounts?q=print&sort=-name`)).json.map((a: { name: string }) => a.name)).toEqual([
      'Hartwell Print',
      'alder print',
    ]);
  });

  it('sorts by the name shown, both ways, and with a search', async () => {
    expect(await accountNames('?sort=name')).toEqual(byName);
    expect(await accountNames('?sort=-name')).toEqual([...byName].reverse());
    expect(await accountNames('?q=print&sort=-name')).toEqual(['Hartwell Print', 'alder print']);
  });

  it('pages under each sort visit every row once, in order', async () => {
    const names = (p: Array<Array<{ name: string }>>) => p.map((page) => page.map((a) => a.name));
    expect(names(await pages('/v1/accounts?sort=name&limit=2'))).toEqual([byName.slice(0, 2), byName.slice(2, 4), byName.slice(4, 6)]);
    const reversed = [...byName].reverse();
    expect(names(await pages('/v1/accounts?sort=-name&limit=4'))).toEqual([reversed.slice(0, 4), reversed.slice(4)]);
    expect(names(await pages('/v1/accounts?sort=-created_at&limit=5'))).toEqual([[...created].reverse().slice(0, 5), [created[0]]]);
    expect(names(await pages('/v1/accounts?q=hart&sort=name&limit=1'))).toEqual([['Hartley & Sons'], ['Hartwell Print']]);
  });

  it('refuses a cursor of another order', async () => {
    const first = await get('/v1/accounts?sort=name&limit=2');
    const cursor = new URL(`https://x${nextOf(first.headers.link)}`).searchParams.get('after')!;
    for (const other of ['sort=-name', 'sort=created_at', '']) {
      const res = await t.api('GET', `/v1/accounts?${other}&limit=2&after=${cursor}`, { key });
      expect(res.status, other).toBe(400);
      expect(res.json.error).toMatch(/after/);
    }
    expect((await t.api('GET', `/v1/accounts?sort=name&limit=2&after=${cursor}`, { key })).status).toBe(200);
  });

  it('answers 400 naming the field for a bad q or sort', async () => {
    for (const [query, field] of [
      ['q=', 'q'],
      ['q=%20%20', 'q'],
      [`q=${'x'.repeat(101)}`, 'q'],
      ['q=a&q=b', 'q'],
      ['sort=pages', 'sort'],
      ['sort=Name', 'sort'],
      ['sort=name&sort=-name', 'sort'],
      ['sort=--name', 'sort'],
    ] as const) {
      const res = await t.api('GET', `/v1/accounts?${query}`, { key });
      expect(res.status, query).toBe(400);
      expect(res.json.error, query).toMatch(new RegExp(`^querystring\\.${field}: `));
    }
    // Still the six customers, unchanged.
    expect(await accountNames('')).toEqual(created);
  });
});

describe('certificates list: q, sort, month and kind', () => {
  const all = '/v1/certificates?include_descendants=true';

  it('answers as before without the new parameters: by month, then kind', async () => {
    const list = await certificates(all);
    expect(list).toHaveLength(6);
    expect(list.map((c) => c[1])).toEqual(['2026-01', '2026-01', '2026-01', '2026-02', '2026-02', '2026-02']);
    // Within a month the customer certificates come first ('account' < 'rollup'), then the roll-up.
    expect(list.map((c) => c[0]).filter((_n, i) => i % 3 === 2)).toEqual(['Search Sort MPS', 'Search Sort MPS']);
    expect(await certificates(`${all}&sort=period`)).toEqual(list);
    expect(await certificates(`${all}&sort=-period`)).toEqual([...list].reverse());
  });

  it('sorts by account name (then month) and by pages', async () => {
    const byAccount: Array<[string, string, number]> = [
      ['alder print', '2026-01', 500],
      ['Birch Office', '2026-02', 300], // shown as Birchwood Legal
      ['Hartley & Sons', '2026-01', 1000],
      ['Hartley & Sons', '2026-02', 4000],
    ];
    expect(await certificates(`${all}&kind=account&sort=account_name`)).toEqual(byAccount);
    expect(await certificates(`${all}&kind=account&sort=-account_name`)).toEqual([...byAccount].reverse());
    expect((await certificates(`${all}&kind=account&sort=pages`)).map((c) => c[2])).toEqual([300, 500, 1000, 4000]);
    expect((await certificates(`${all}&sort=-pages`)).map((c) => c[2])).toEqual([4300, 4000, 1500, 1000, 500, 300]);
    expect(await certificates(`${all}&kind=rollup&sort=-period`)).toEqual([
      ['Search Sort MPS', '2026-02', 4300],
      ['Search Sort MPS', '2026-01', 1500],
    ]);
  });

  it('searches by account name and by month', async () => {
    expect(await certificates(`${all}&q=hartley`)).toEqual([
      ['Hartley & Sons', '2026-01', 1000],
      ['Hartley & Sons', '2026-02', 4000],
    ]);
    expect(await certificates(`${all}&q=BIRCHWOOD`)).toEqual([['Birch Office', '2026-02', 300]]);
    const february = [300, 4000, 4300];
    for (const q of ['2026-02', 'february%202026', 'Feb%202026', 'february']) {
      expect(
        (await certificates(`${all}&q=${q}&sort=pages`)).map((c) => c[2]),
        q,
      ).toEqual(february);
    }
    expect((await certificates(`${all}&q=january&sort=pages`)).map((c) => c[2])).toEqual([500, 1000, 1500]);
    expect((await certificates(`${all}&month=2026-01&kind=account&sort=pages`)).map((c) => c[2])).toEqual([500, 1000]);
    expect(await certificates(`${all}&q=hartley&month=2026-02`)).toEqual([['Hartley & Sons', '2026-02', 4000]]);
    expect(await certificates(`${all}&q=nobody`)).toEqual([]);
    // One account's list.
    expect(await certificates(`/v1/accounts/${ids.get('Hartley & Sons')}/certificates?q=feb`)).toEqual([
      ['Hartley & Sons', '2026-02', 4000],
    ]);
    // The CSV answer holds the same rows: a header and the two of Hartley & Sons.
    const csv = await get(`${all}&q=hartley&format=csv`);
    expect(csv.text.trim().split('\r\n')).toHaveLength(3);
  });

  it('pages under a sort visit every row once', async () => {
    const seen = (await pages<{ id: string; pages: number }>(`${all}&sort=account_name&limit=2`)).map((p) => p.map((c) => c.pages));
    // alder, birchwood, hartley ×2, then the provider's roll-ups (January, February).
    expect(seen).toEqual([
      [500, 300],
      [1000, 4000],
      [1500, 4300],
    ]);
    const desc = (await pages<{ pages: number }>(`${all}&sort=-pages&limit=4`)).map((p) => p.map((c) => c.pages));
    expect(desc).toEqual([
      [4300, 4000, 1500, 1000],
      [500, 300],
    ]);
  });

  it('answers 400 naming the field for a bad q, sort, month or kind', async () => {
    for (const [query, field] of [
      ['q=', 'q'],
      [`q=${'y'.repeat(101)}`, 'q'],
      ['sort=name', 'sort'],
      ['sort=-', 'sort'],
      ['month=2026-13', 'month'],
      ['month=2026-1', 'month'],
      ['kind=customer', 'kind'],
    ] as const) {
      const res = await t.api('GET', `${all}&${query}`, { key });
      expect(res.status, query).toBe(400);
      expect(res.json.error, query).toMatch(new RegExp(`^querystring\\.${field}: `));
    }
    const scoped = await t.api('GET', `/v1/accounts/${ids.get('Hartley & Sons')}/certificates?sort=bogus`, { key });
    expect(scoped.status).toBe(400);
    expect(scoped.json.error).toMatch(/^querystring\.sort: must be one of period, -period, account_name/);
  });
});
