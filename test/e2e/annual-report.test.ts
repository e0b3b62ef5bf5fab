import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
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
    // The provider's branding: its logo (a 64 × 32 PNG made here) and display name, carried by the report.
    const png = new PNG({ width: 64, height: 32 });
    png.data.fill(200);
    agent ??= new Agent({ connect: { ca: t.caPem() } });
    const upload = await request(`${t.url()}/v1/accounts/${provider.account_id}/branding/logo`, {
      method: 'PUT',
      dispatcher: agent,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'image/png' },
      body: PNG.sync.write(png),
    });
    expect(upload.statusCode, await upload.body.text()).toBe(200);
    await t.api('PATCH', `/v1/accounts/${provider.account_id}/branding`, { key, body: { display_name: 'Northwind Managed Print' } });
    console.log('DEBUG', JSON.stringify((await t.api('GET', `/v1/accounts/${provider.account_id}/branding`, { key })).json));
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
    expect(res.body.toString('latin1')).toMatch(/\/Subtype \/Image/); // the provider's logo is embedded
    for (const s of [
      'Issued by Northwind Managed Print with Canopy',
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

  it("a provider's month of certificate PDFs, as one zip (read back with Python's zipfile)", async () => {
    const provider = await buildAccount(t.app(), { name: 'Zip MPS' });
    const key = provider.api_key;
    const names = ['Hartley & Vane', 'Zażółć Ltd'];
    for (const name of names) {
      const c = (await t.api('POST', '/v1/accounts', { key, body: { name } })).json;
      await t.api('POST', `/v1/accounts/${c.id}/deposits`, { key, body: { pages: 9_000, date: '2026-02-10' } });
    }
    await t.app().services.monthClose.closeDue();
    const feb = (await t.api('GET', '/v1/certificates?include_descendants=true', { key })).json.filter((c: { period_start: string }) =>
      c.period_start.startsWith('2026-02-01T'),
    );
    expect(feb.length).toBe(3); // two customers and the provider's roll-up

    const res = await fetchPdf(`/v1/accounts/${provider.account_id}/certificates.zip?month=2026-02`, key);
    expect([res.status, res.type]).toEqual([200, 'application/zip']);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-zip-'));
    try {
      const file = path.join(dir, 'certs.zip');
      await fs.writeFile(file, res.body);
      const script =
        'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); ' +
        'print(json.dumps([[i.filename, z.read(i.filename)[:5].decode("latin1")] for i in z.infolist()]))';
      const listed = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Array<[string, string]>;
      expect(listed).toHaveLength(3);
      for (const [name, head] of listed) {
        expect(name).toMatch(/^certificate-2026-02-[A-Za-z0-9-]+-[0-9a-f]{8}\.pdf$/);
        expect(head).toBe('%PDF-');
      }
      expect(listed.map(([n]) => n).some((n) => n.includes('Hartley-Vane'))).toBe(true);
      // Accents dropped (NFKD), anything else a hyphen: "Zażółć Ltd" → "Zazo-c-Ltd" (ł has no decomposition).
      expect(listed.map(([n]) => n).some((n) => n.includes('-Zazo-c-Ltd-'))).toBe(true);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    const bad = await t.api('GET', `/v1/accounts/${provider.account_id}/certificates.zip?month=2026-13`, { key });
    expect([bad.status, bad.json.error]).toEqual([400, 'month: must be YYYY-MM.']);
  });
});
