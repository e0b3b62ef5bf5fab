import fs from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

/**
 * The annual impact report (issue 18): GET /v1/accounts/:account_id/reports/YYYY.pdf, parsed back. Every figure is
 * worked by hand from the literal deposits below and the shipped factor set's CO₂e figure (0.0127 kg per page).
 */
const t = useTestApp({ clock: fixedClock(new Date('2026-04-14T09:00:00Z')) });
let agent: Agent | undefined;
afterAll(async () => {
  await agent?.close();
});

async function fetchPdf(path: string, key: string) {
  agent ??= new Agent({ connect: { ca: t.caPem() } });
  const res = await request(t.url() + path, { dispatcher: agent, headers: { authorization: `Bearer ${key}` } });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: Buffer.from(await res.body.arrayBuffer()) };
}

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: pdf });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describe('annual impact report', () => {
  it("a PDF with the monthly pages and trees, the totals and equivalents, and the year's certificates with their links", async () => {
    const provider = await buildAccount(t.app(), { name: 'Report MPS' });
    const key = provider.api_key;
    const customer = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Ελληνικά & Кириллица Ltd' } })).json;
    for (const [pages, date] of [
      [10_000, '2026-01-15'],
      [4_000, '2026-03-03'],
      [2_500, '2025-12-01'], // the year before: not in 2026's report
    ] as const) {
      const res = await t.api('POST', `/v1/accounts/${customer.id}/deposits`, { key, body: { pages, date } });
      expect(res.status, res.text).toBe(201);
    }
    await t.app().services.monthClose.closeDue();
    const certs = (await t.api('GET', `/v1/accounts/${customer.id}/certificates`, { key })).json as Array<{
      url: string;
      period_start: string;
    }>;
    const of2026 = certs.filter((c) => c.period_start >= '2025-12-31T23:59:59Z');
    expect(of2026).toHaveLength(2); // January and March (February has no pages)

    const res = await fetchPdf(`/v1/accounts/${customer.id}/reports/2026.pdf`, key);
    expect([res.status, res.type]).toEqual([200, 'application/pdf']);
    await fs.mkdir('test-results', { recursive: true });
    await fs.writeFile('test-results/annual-report.pdf', res.body);
    const text = await textOf(res.body);
    for (const s of [
      'Impact report 2026',
      'Ελληνικά & Кириллица Ltd', // the embedded fonts keep every character
      '14,000', // 10,000 + 4,000 standard pages in 2026
      '1.68', // 14,000 / 8,333 = 1.680…: trees, two decimals
      '178 kg CO₂e', // 14,000 × 0.0127 = 177.8 kg, shown whole from 100 up
      '1.20 t', // January's bar: 10,000 / 8,333 = 1.200… trees
      '0.48 t', // March's: 4,000 / 8,333 = 0.480…
      'no data', // February and April: no pages at all, a gap rather than a zero
      'January 2026',
      'March 2026',
      ...of2026.map((c) => c.url),
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('December 2025');
  });

  it('bad years and other tenants are refused; nothing is made for them', async () => {
    const a = await buildAccount(t.app(), { name: 'Tenant A' });
    const b = await buildAccount(t.app(), { name: 'Tenant B' });
    for (const file of ['1999.pdf', '2027.pdf']) {
      const res = await t.api('GET', `/v1/accounts/${a.account_id}/reports/${file}`, { key: a.api_key });
      expect([file, res.status, res.json.error]).toEqual([file, 400, 'year: must be from 2000 to 2026.']);
    }
    const notPdf = await t.api('GET', `/v1/accounts/${a.account_id}/reports/2026.csv`, { key: a.api_key });
    expect(notPdf.status).toBe(400);
    const other = await t.api('GET', `/v1/accounts/${b.account_id}/reports/2026.pdf`, { key: a.api_key });
    expect(other.status).toBe(404);
  });
});
