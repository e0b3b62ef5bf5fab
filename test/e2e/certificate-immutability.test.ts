import { PDFParse } from 'pdf-parse';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { buildDeposit, buildMonthlyDeposits } from '../factories/deposits.js';
import { useTestApp } from '../harness/app.js';

// Rule 7 (issue 15): an issued certificate never changes. Every figure is worked by hand: 1 tree = 8,333 pages; a
// certificate is split evenly over as many of its projects (by name) as keep each share at least 834 pages (0.1 tree),
// the first taking the remainder; shown shares are hundredths rounded down plus one for the largest remainders.

const ATLANTIC = '0c6f3f7e-2f4b-4d53-9b2c-6a1f0e9d4a11'; // "Atlantic Forest, Brazil"
const MADAGASCAR = '5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9';
const SCOTTISH = '692bb68d-64aa-4a79-8a08-d373fb0d8752'; // "Scottish Highlands"
const KENYA = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'; // "Kenya Highlands"
const NEPAL = '3a1e5c2d-8b7f-4e6a-9c0d-1f2e3a4b5c6d'; // "Nepal Himalaya"

const clock = fixedClock(new Date('2026-03-20T09:00:00Z'));
const t = useTestApp({ clock });
let agent: Agent | undefined;
afterAll(async () => {
  await agent?.close();
});

async function fetchPublic(path: string): Promise<{ status: number; body: Buffer }> {
  agent ??= new Agent({ connect: { ca: t.caPem() } });
  const res = await request(t.url() + path, { dispatcher: agent });
  return { status: res.statusCode, body: Buffer.from(await res.body.arrayBuffer()) };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: pdf });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

interface Cert {
  id: string;
  account_id: string;
  kind: string;
  period_start: string;
  pages: number;
  trees: number;
  adjustment_pages: number;
  customers: number | null;
  project_id: string | null;
  projects: Array<{ project_id: string; name: string; pages: number; trees: number }>;
  customer_certificates: Array<{ certificate_id: string; account_id: string; period_start: string; pages: number }>;
}

/** Everything a certificate shows: its API JSON (as sent), its public page and its PDF (bytes and text). */
async function shown(id: string, key: string) {
  const api = await t.api('GET', `/v1/certificates/${id}`, { key });
  expect(api.status).toBe(200);
  const page = await fetchPublic(`/certificates/${id}`);
  const pdf = await fetchPublic(`/certificates/${id}.pdf`);
  expect([page.status, pdf.status]).toEqual([200, 200]);
  return { api: api.text, page: page.body.toString('utf8'), pdf: pdf.body.toString('base64'), text: await pdfText(pdf.body) };
}

/** A certificate's month, YYYY-MM (its period_start is London midnight, in UTC). */
const monthOf = (c: { period_start: string }) => new Date(Date.parse(c.period_start) + 12 * 3600_000).toISOString().slice(0, 7);

const share = (project_id: string, name: string, pages: number, trees: number) => ({ project_id, name, pages, trees });

describe('an issued certificate never changes', () => {
  let key = '';
  let providerId = '';
  const ids: Record<string, string> = {};
  const before = new Map<string, Awaited<ReturnType<typeof shown>>>();
  const certsOf = async (accountId: string) => (await t.api('GET', `/v1/accounts/${accountId}/certificates`, { key })).json as Cert[];

  it('stores each certificate with its shares, which add up to its trees as shown', async () => {
    const provider = await buildAccount(t.app(), { name: 'Evergreen MPS' });
    key = provider.api_key;
    providerId = provider.account_id;
    const put = await t.api('PUT', `/v1/accounts/${providerId}/projects`, { key, body: { project_ids: [MADAGASCAR, SCOTTISH, ATLANTIC] } });
    expect(put.status).toBe(200);
    const a = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Alder Ltd' } })).json;
    const b = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Birch Ltd' } })).json;
    ids.a = a.id;
    ids.b = b.id;
    for (const [account, date, pages] of [
      [a.id, '2026-01-12', 46_722],
      [a.id, '2026-02-09', 8_333],
      [b.id, '2026-02-16', 2_083],
    ] as const)
      expect((await t.api('POST', `/v1/accounts/${account}/deposits`, { key, body: { pages, date } })).status).toBe(201);

    expect(await t.app().services.monthClose.closeDue()).toMatchObject({ months: 2, issued: 3, rollups: 2 });

    const [aJan, aFeb] = await certsOf(a.id);
    const [bFeb] = await certsOf(b.id);
    const [pJan, pFeb] = await certsOf(providerId);
    // 46,722 pages = 5.61 trees over 3 projects: 15,574 pages = 1.87 trees each.
    expect(aJan).toMatchObject({ period_start: '2026-01-01T00:00:00Z', pages: 46_722, trees: 5.61, adjustment_pages: 0 });
    expect(aJan!.projects).toEqual([
      share(ATLANTIC, 'Atlantic Forest, Brazil', 15_574, 1.87),
      share(MADAGASCAR, 'Madagascar', 15_574, 1.87),
      share(SCOTTISH, 'Scottish Highlands', 15_574, 1.87),
    ]);
    // 8,333 pages = 1.00 tree: 2,778 + 2,778 + 2,777 pages, shown 0.34 + 0.33 + 0.33.
    expect(aFeb).toMatchObject({ pages: 8_333, trees: 1 });
    expect(aFeb!.projects).toEqual([
      share(ATLANTIC, 'Atlantic Forest, Brazil', 2_778, 0.34),
      share(MADAGASCAR, 'Madagascar', 2_778, 0.33),
      share(SCOTTISH, 'Scottish Highlands', 2_777, 0.33),
    ]);
    // 2,083 pages = 0.25 tree: two shares of at least 0.1 tree, 1,042 + 1,041 pages, shown 0.13 + 0.12.
    expect(bFeb).toMatchObject({ pages: 2_083, trees: 0.25, project_id: ATLANTIC });
    expect(bFeb!.projects).toEqual([share(ATLANTIC, 'Atlantic Forest, Brazil', 1_042, 0.13), share(MADAGASCAR, 'Madagascar', 1_041, 0.12)]);
    // The provider's roll-ups: January is Alder's; February 8,333 + 2,083 = 10,416 pages = 1.25 trees, per project
    // 3,820 (45.84 hundredths), 3,819 (45.83) and 2,777 (33.33): 123 hundredths rounded down, 125 shown.
    expect(pJan).toMatchObject({ kind: 'rollup', pages: 46_722, trees: 5.61, customers: 1 });
    expect(pJan!.customer_certificates).toEqual([
      { certificate_id: aJan!.id, account_id: a.id, period_start: '2026-01-01T00:00:00Z', pages: 46_722 },
    ]);
    expect(pFeb).toMatchObject({ kind: 'rollup', pages: 10_416, trees: 1.25, customers: 2, adjustment_pages: 0 });
    expect(pFeb!.projects).toEqual([
      share(ATLANTIC, 'Atlantic Forest, Brazil', 3_820, 0.46),
      share(MADAGASCAR, 'Madagascar', 3_819, 0.46),
      share(SCOTTISH, 'Scottish Highlands', 2_777, 0.33),
    ]);
    expect(pFeb!.customer_certificates.map((c) => c.certificate_id).sort()).toEqual([aFeb!.id, bFeb!.id].sort());

    for (const c of [aJan!, aFeb!, bFeb!, pJan!, pFeb!]) before.set(c.id, await shown(c.id, key));
    ids.aJan = aJan!.id;
    ids.pFeb = pFeb!.id;
    const page = before.get(pFeb!.id)!;
    expect(page.page).toContain('Evergreen MPS');
    for (const text of ['1.25', '0.46 trees', '0.33 trees']) {
      expect(page.page).toContain(text);
      expect(page.text).toContain(text);
    }
    expect(before.get(bFeb!.id)!.text).toContain('Issued 20 March 2026 by Canopy on behalf of Evergreen MPS');
  });

  it('a late customer with two years of history, late pages, a rename and a new project choice change none of them', async () => {
    const c = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Cedar Ltd' } })).json;
    ids.c = c.id;
    // Cedar's feed connected late: 1,000 pages every month from March 2024 to February 2026 (24 months).
    expect(await buildMonthlyDeposits(t.app().db, c.id, '2024-03-01', '2026-02-01', 1_000)).toBe(24);
    // Late pages for Alder's certified January, and everything a live view used to read changes.
    await buildDeposit(t.app().db, ids.a!, '2026-01-20', 5_000);
    expect((await t.api('PATCH', `/v1/accounts/${ids.a}`, { key, body: { display_name: 'Alder Renamed Ltd' } })).status).toBe(200);
    expect((await t.api('PATCH', `/v1/accounts/${providerId}`, { key, body: { display_name: 'Renamed MPS' } })).status).toBe(200);
    expect((await t.api('PUT', `/v1/accounts/${providerId}/projects`, { key, body: { project_ids: [KENYA, NEPAL] } })).status).toBe(200);
    await t.app().db.updateTable('forestry_projects').set({ name: 'Madagascar North-West' }).where('id', '=', MADAGASCAR).execute();

    // Same day, `canopy certify` again: Cedar's 24 months are certified; Alder's late pages wait for March.
    expect(await t.app().services.monthClose.closeDue()).toMatchObject({ months: 24, issued: 24, rollups: 0 });
    const cedar = await certsOf(c.id);
    expect(cedar.map((x) => [monthOf(x), x.pages, x.trees])).toEqual(
      Array.from({ length: 24 }, (_, i) => [
        `${2024 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`,
        1000,
        0.12,
      ]),
    );
    // 1,000 pages: one share of at least 834 pages, on the first project of the new choice.
    expect(cedar[0]!.projects).toEqual([share(KENYA, 'Kenya Highlands', 1000, 0.12)]);

    for (const [id, was] of before) expect(await shown(id, key), id).toEqual(was);
    // The roll-up of February still sums Alder's and Birch's certificates only.
    const pFeb = (await t.api('GET', `/v1/certificates/${ids.pFeb}`, { key })).json as Cert;
    expect([pFeb.pages, pFeb.customers, pFeb.customer_certificates.length]).toEqual([10_416, 2, 2]);
  });

  it("the next month's certificates carry the late pages, and the provider's next roll-up the late customer", async () => {
    clock.set(new Date('2026-04-15T09:00:00Z'));
    expect((await t.api('POST', `/v1/accounts/${ids.a}/deposits`, { key, body: { pages: 1_000, date: '2026-03-10' } })).status).toBe(201);
    expect(await t.app().services.monthClose.closeDue()).toMatchObject({ months: 1, issued: 1, rollups: 1 });

    const alder = await certsOf(ids.a!);
    const aMar = alder[2]!;
    // 1,000 pages of March and the 5,000 late pages of January: 6,000 pages = 0.72 trees, 3,000 per project (0.36).
    expect(aMar).toMatchObject({ period_start: '2026-03-01T00:00:00Z', pages: 6_000, adjustment_pages: 5_000, trees: 0.72 });
    expect(aMar.projects).toEqual([share(KENYA, 'Kenya Highlands', 3_000, 0.36), share(NEPAL, 'Nepal Himalaya', 3_000, 0.36)]);
    const march = await shown(aMar.id, key);
    expect(march.page).toContain('Alder Renamed Ltd');
    expect(march.text).toContain('Includes 5,000 pages reported late for earlier months.');

    // The provider's March roll-up: Alder's March and Cedar's 24 late certificates, 6,000 + 24 × 1,000 = 30,000 pages
    // = 3.60 trees; Kenya 3,000 + 24,000 = 27,000 pages (3.24), Nepal 3,000 (0.36); 29,000 of them for earlier months.
    const rollups = await certsOf(providerId);
    expect(rollups.map(monthOf)).toEqual(['2026-01', '2026-02', '2026-03']);
    const pMar = rollups[2]!;
    expect(pMar).toMatchObject({ kind: 'rollup', pages: 30_000, trees: 3.6, adjustment_pages: 29_000, customers: 2 });
    expect(pMar.projects).toEqual([share(KENYA, 'Kenya Highlands', 27_000, 3.24), share(NEPAL, 'Nepal Himalaya', 3_000, 0.36)]);
    expect(pMar.customer_certificates).toHaveLength(25);
    expect(pMar.customer_certificates.filter((m) => m.account_id === ids.c).length).toBe(24);
    expect((await shown(pMar.id, key)).page).toContain('Renamed MPS');

    // Every customer certificate is in exactly one of the provider's roll-ups; nothing is counted twice.
    const everything = (await t.api('GET', '/v1/certificates?include_descendants=true', { key })).json as Cert[];
    const customerCerts = everything.filter((x) => x.kind === 'account');
    const rolledUp = rollups.flatMap((r) => r.customer_certificates.map((m) => m.certificate_id));
    expect(rolledUp.sort()).toEqual(customerCerts.map((x) => x.id).sort());
    expect(rollups.reduce((n, r) => n + r.pages, 0)).toBe(customerCerts.reduce((n, x) => n + x.pages, 0));

    for (const [id, was] of before) expect(await shown(id, key), id).toEqual(was);
  });
});
