import { PDFParse } from 'pdf-parse';
import { QueryCounter } from '../../src/db/query-counter.js';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { createMonthClose } from '../../src/certificates/month-close.js';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { buildDeposit, buildMonthlyDeposits } from '../factories/deposits.js';
import { useTestApp, type TestApp } from '../harness/app.js';

// Rule 5 (issue 15): a month close's cost does not depend on the oldest deposit, and a negative correction never
// stops a later certificate. Figures worked by hand (1 tree = 8,333 pages).

const MADAGASCAR = '5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9';

interface Cert {
  id: string;
  kind: string;
  period_start: string;
  pages: number;
  trees: number;
  adjustment_pages: number;
  url: string;
  pdf_url: string;
  projects: Array<{ project_id: string; pages: number; trees: number }>;
}

describe('a negative correction of a certified month', () => {
  const clock = fixedClock(new Date('2026-02-20T09:00:00Z'));
  const t = useTestApp({ clock });
  let agent: Agent | undefined;
  afterAll(async () => {
    await agent?.close();
  });
  const fetchPublic = async (url: string) => {
    agent ??= new Agent({ connect: { ca: t.caPem() } });
    const res = await request(t.url() + new URL(url).pathname, { dispatcher: agent });
    return { status: res.statusCode, body: Buffer.from(await res.body.arrayBuffer()) };
  };

  it('is applied as far as the next months have pages, each still getting its certificate, and the rest carried', async () => {
    const provider = await buildAccount(t.app(), { name: 'Rowan MPS' });
    const key = provider.api_key;
    expect((await t.api('PUT', `/v1/accounts/${provider.account_id}/projects`, { key, body: { project_ids: [MADAGASCAR] } })).status).toBe(
      200,
    );
    const d = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Hazel Ltd' } })).json;
    const deposit = async (pages: number, date: string) =>
      (await t.api('POST', `/v1/accounts/${d.id}/deposits`, { key, body: { pages, date } })).json as { id: string };
    const certs = async () => (await t.api('GET', `/v1/accounts/${d.id}/certificates`, { key })).json as Cert[];
    const close = () => t.app().services.monthClose.closeDue();

    // January: 6,000 + 4,000 pages, certified.
    const withdrawn = await deposit(6_000, '2026-01-10');
    await deposit(4_000, '2026-01-11');
    expect(await close()).toMatchObject({ months: 1, issued: 1 });
    expect((await certs()).map((c) => [c.pages, c.adjustment_pages])).toEqual([[10_000, 0]]);

    // The 6,000 pages are withdrawn; February has 4,000: its certificate is issued with 0 pages (4,000 − 4,000),
    // the 2,000 still to withdraw carried.
    expect((await t.api('DELETE', `/v1/deposits/${withdrawn.id}`, { key })).status).toBe(200);
    await deposit(4_000, '2026-02-12');
    clock.set(new Date('2026-03-20T09:00:00Z'));
    expect(await close()).toMatchObject({ months: 1, issued: 1 });
    expect(await close()).toMatchObject({ months: 0, issued: 0, accounts: 0 });
    const feb = (await certs())[1]!;
    expect(feb).toMatchObject({ period_start: '2026-02-01T00:00:00Z', pages: 0, trees: 0, adjustment_pages: -4_000, projects: [] });
    const page = await fetchPublic(feb.url);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('Net of 4,000 pages withdrawn from earlier months.');
    expect(page.body.toString()).toContain('No trees to plant for this certificate.');
    const parser = new PDFParse({ data: (await fetchPublic(feb.pdf_url)).body });
    const text = await parser.getText();
    await parser.destroy();
    expect(text.total).toBe(1);
    expect(text.text).toContain('Net of 4,000 pages withdrawn from earlier months.');

    // March: 3,000 pages, 2,000 of them offset: 1,000 pages = 0.12 tree.
    await deposit(3_000, '2026-03-05');
    clock.set(new Date('2026-04-15T09:00:00Z'));
    expect(await close()).toMatchObject({ months: 1, issued: 1 });
    const mar = (await certs())[2]!;
    expect(mar).toMatchObject({ pages: 1_000, trees: 0.12, adjustment_pages: -2_000 });
    expect(mar.projects).toEqual([{ project_id: MADAGASCAR, name: 'Madagascar', pages: 1_000, trees: 0.12 }]);

    // April: nothing left to withdraw.
    await deposit(500, '2026-04-08');
    clock.set(new Date('2026-05-20T09:00:00Z'));
    expect(await close()).toMatchObject({ months: 1, issued: 1 });
    expect((await certs()).map((c) => [c.pages, c.adjustment_pages])).toEqual([
      [10_000, 0],
      [0, -4_000],
      [1_000, -2_000],
      [500, 0],
    ]);

    // Deposited 4,000 + 4,000 + 3,000 + 500 = 11,500 pages; certified 10,000 + 0 + 1,000 + 500 = 11,500, and planted.
    const lines = await t
      .app()
      .db.selectFrom('certificate_lines')
      .select(['month', (eb) => eb.fn.sum<string>('pages').as('pages')])
      .where('account_id', '=', d.id)
      .groupBy('month')
      .orderBy('month')
      .execute();
    expect(lines.map((l) => [l.month, Number(l.pages)])).toEqual([
      ['2026-01-01', 4_000],
      ['2026-02-01', 4_000],
      ['2026-03-01', 3_000],
      ['2026-04-01', 500],
    ]);
    const planted = (await t.api('GET', `/v1/accounts/${d.id}/transactions`, { key })).json as Array<{ pages: number }>;
    expect(planted.reduce((n, x) => n + x.pages, 0)).toBe(11_500);
    // The provider's roll-ups follow: 10,000, 0, 1,000, 500.
    const rollups = (await t.api('GET', '/v1/certificates', { key })).json as Cert[];
    expect(rollups.map((r) => [r.kind, r.pages, r.adjustment_pages])).toEqual([
      ['rollup', 10_000, 0],
      ['rollup', 0, -4_000],
      ['rollup', 1_000, -2_000],
      ['rollup', 500, 0],
    ]);
  });
});

/**
 * A database with a customer certified monthly from January 2000 to February 2026 (314 months) and another for
 * February 2026, then a new customer whose only deposit is dated `date`: the close after it, counted.
 */
async function closeAfterDepositOn(t: TestApp, date: string) {
  const app = t.app();
  const provider = await buildAccount(app, { name: 'History MPS' });
  const key = provider.api_key;
  const customer = async (name: string) => (await t.api('POST', '/v1/accounts', { key, body: { name } })).json.id as string;
  expect(await buildMonthlyDeposits(app.db, await customer('Oak Ltd'), '2000-01-01', '2026-02-01', 900)).toBe(314);
  await buildDeposit(app.db, await customer('Elm Ltd'), '2026-02-10', 900);
  expect(await app.services.monthClose.closeDue()).toMatchObject({ issued: 315, rollups: 314 });

  await buildDeposit(app.db, await customer('Newcomer Ltd'), date, 1_000);
  const counter = new QueryCounter();
  const close = createMonthClose({ db: app.db.withPlugin(counter), clock: app.clock, graceBusinessDays: 5, holidayRegion: 'GB-ENG' });
  const result = await close.closeDue();
  return { result, queries: counter.queries, rows: counter.rows };
}

describe('the cost of a month close', () => {
  const clock = () => fixedClock(new Date('2026-03-20T09:00:00Z'));
  const first = useTestApp({ clock: clock() });
  const second = useTestApp({ clock: clock() });

  it('is the same after a deposit dated 2000-01-01 as after one dated last month', async () => {
    const old = await closeAfterDepositOn(first, '2000-01-01');
    const recent = await closeAfterDepositOn(second, '2026-02-15');
    // One account visited, one month read, one certificate (January 2000, or February 2026); the provider has rolled
    // up February already, so the new certificate waits for its next roll-up in both cases.
    expect(old.result).toEqual({ months: 1, issued: 1, rollups: 0, accounts: 1 });
    expect(recent.result).toEqual({ months: 1, issued: 1, rollups: 0, accounts: 1 });
    expect(old.queries).toBe(recent.queries);
    expect(old.rows).toBe(recent.rows);
    // Counted by hand from the close's steps. Statements: the candidates (1); the account chunk: lock, changed months
    // locked and listed, certified_through, deposits of the month, lines of the month, project choices, active
    // projects (8), then the projects' versions, certificates, lines, plantings, roll-up queue, certified_through,
    // changed months cleared (7); the roll-ups: lock, waiting members, latest roll-ups, members' shares, catalogue (5)
    // = 21. Rows: 1 candidate; lock 1, 1 + 1 changed months, 0 certified_through, 1 month of deposits, 0 lines,
    // 0 choices, 6 active projects, 1 version (1,000 pages: one project); lock 1, 1 waiting, 1 latest roll-up, 1
    // member's shares, 6 catalogue = 22. The old close ran several statements for every month since January 2000.
    expect([old.queries, old.rows]).toEqual([21, 22]);
  });

  it('closers running at once issue each certificate once; a month being written is left for the next close, whole', async () => {
    const app = first.app();
    const provider = await buildAccount(app, { name: 'Busy MPS' });
    const key = provider.api_key;
    const customers: string[] = [];
    for (let i = 0; i < 4; i++) {
      customers.push((await first.api('POST', '/v1/accounts', { key, body: { name: `Busy ${i}` } })).json.id);
      await buildDeposit(app.db, customers[i]!, '2026-02-05', 1_000 + i);
    }
    const results = await Promise.all([1, 2, 3].map(() => app.services.monthClose.closeDue()));
    expect(results.reduce((n, r) => n + r.issued, 0)).toBe(4);
    expect(results.reduce((n, r) => n + r.rollups, 0)).toBe(1);

    // A writer adds 500 pages to February of a customer not certified yet, and has not committed when the close runs.
    const writerCustomer = (await first.api('POST', '/v1/accounts', { key, body: { name: 'Busy writer' } })).json.id as string;
    await buildDeposit(app.db, writerCustomer, '2026-02-06', 2_000);
    let inserted!: () => void;
    let commit!: () => void;
    const insertedNow = new Promise<void>((r) => (inserted = r));
    const commitNow = new Promise<void>((r) => (commit = r));
    const writer = app.db.transaction().execute(async (tx) => {
      await buildDeposit(tx, writerCustomer, '2026-02-07', 500);
      inserted();
      await commitNow;
    });
    await insertedNow;
    expect(await app.services.monthClose.closeDue()).toMatchObject({ issued: 0 });
    commit();
    await writer;
    expect(await app.services.monthClose.closeDue()).toMatchObject({ issued: 1 });
    const certs = (await first.api('GET', `/v1/accounts/${writerCustomer}/certificates`, { key })).json as Cert[];
    expect(certs.map((c) => [c.pages, c.adjustment_pages])).toEqual([[2_500, 0]]);
  });
});
