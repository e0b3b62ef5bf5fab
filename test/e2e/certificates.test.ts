import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';
import { useSimulator } from '../harness/simulator.js';

const s = useSimulator({ today: '2026-03-20', customers: 3, seed: 8 });
const clock = fixedClock(new Date('2026-03-20T09:00:00Z'));
const t = useTestApp({ clock, outboundCa: () => s.sim().ca });
let agent: Agent | undefined;
afterAll(async () => {
  await agent?.close();
});

/** GET without credentials, as anyone with the link would. */
async function fetchPublic(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  agent ??= new Agent({ connect: { ca: t.caPem() } });
  const res = await request(t.url() + path, { dispatcher: agent });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: Buffer.from(await res.body.arrayBuffer()) };
}

interface Cert {
  id: string;
  period_start: string;
  pages: number;
  trees: number;
  adjustment_pages: number;
  kind: string;
  url: string;
  pdf_url: string;
  project_id: string;
  projects: Array<{ project_id: string; pages: number }>;
}

describe('certificates of reforestation', () => {
  it('issues one certificate per account and closed month, equal to its deposits, once; late pages go on the next one', async () => {
    const provider = await buildAccount(t.app(), { name: 'Forest MPS' });
    const key = provider.api_key;
    const projects = (await t.api('GET', '/v1/forestry/projects', { key })).json as Array<{ id: string; name: string; status: string }>;
    expect(projects.length).toBeGreaterThanOrEqual(5);
    const chosen = [projects[0]!.id, projects[1]!.id];
    expect((await t.api('PUT', `/v1/accounts/${provider.account_id}/projects`, { key, body: { project_ids: chosen } })).json.source).toBe(
      'own',
    );

    const server = (
      await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
    ).json;
    const customer = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Willow & Sons <Ltd>' } })).json;
    expect((await t.api('GET', `/v1/accounts/${customer.id}/projects`, { key })).json).toMatchObject({
      source: 'inherited',
      inherited_from: provider.account_id,
    });
    await t.api('POST', `/v1/accounts/${customer.id}/feeds`, {
      key,
      body: { type: 'onestop', server_id: server.id, external_id: '1001', activated_at: '2025-12-15' },
    });
    const { collector, monthClose } = t.app().services;
    await collector.collectServer(server.id, { trigger: 'test', wait: true });

    // 20 March: February's grace (5 business days) is over; March is open.
    expect(monthClose.firstOpenMonth()).toBe('2026-03-01');
    expect(await monthClose.closeDue()).toMatchObject({ months: 3, issued: 3, rollups: 3 });
    // Idempotent, and nothing left to visit.
    expect(await monthClose.closeDue()).toMatchObject({ months: 0, issued: 0, rollups: 0, accounts: 0 });
    let certs = (await t.api('GET', `/v1/accounts/${customer.id}/certificates`, { key })).json as Cert[];
    expect(certs.map((c) => c.period_start)).toEqual(['2025-12-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z']);
    const volume = (await t.api('GET', `/v1/accounts/${customer.id}/volume?start_date=2025-12-01&end_date=2026-02-28`, { key }))
      .json as Array<{ date: string; pages: number }>;
    expect(certs.map((c) => c.pages)).toEqual(volume.map((v) => v.pages));
    for (const c of certs) {
      expect(c.pages).toBeGreaterThan(0);
      expect(c.trees).toBe(Math.round((c.pages / 8333) * 100) / 100);
      expect(c.adjustment_pages).toBe(0);
      expect(c.projects.map((p) => p.project_id).sort()).toEqual([...chosen].sort());
      expect(c.projects.reduce((n, p) => n + p.pages, 0)).toBe(c.pages);
      expect(Math.abs(c.projects[0]!.pages - c.projects[1]!.pages)).toBeLessThanOrEqual(1);
      expect(chosen).toContain(c.project_id);
    }
    const transactions = (await t.api('GET', `/v1/accounts/${customer.id}/transactions`, { key })).json as Array<{
      certificate_id: string;
      pages: number;
    }>;
    expect(transactions).toHaveLength(6);
    expect(transactions.filter((x) => x.certificate_id === certs[0]!.id).reduce((n, x) => n + x.pages, 0)).toBe(certs[0]!.pages);

    // The provider's roll-up of its customers.
    const rollups = (await t.api('GET', '/v1/certificates', { key })).json as Cert[];
    expect(rollups.map((c) => [c.kind, c.pages])).toEqual(certs.map((c) => ['rollup', c.pages]));
    // The whole tree in one list (the include_descendants extension), for feeds too.
    const everything = (await t.api('GET', '/v1/certificates?include_descendants=true', { key })).json as Cert[];
    expect(everything.map((c) => c.id).sort()).toEqual([...rollups, ...certs].map((c) => c.id).sort());
    expect((await t.api('GET', '/v1/feeds', { key })).json).toEqual([]);
    expect(
      (await t.api('GET', '/v1/feeds?include_descendants=true', { key })).json.map((f: { account_id: string }) => f.account_id),
    ).toEqual([customer.id]);

    // Late pages for January (already certified) appear on March's certificate, and nowhere else.
    const late = (await t.api('POST', `/v1/accounts/${customer.id}/deposits`, { key, body: { pages: 5000, date: '2026-01-20' } })).json;
    expect(late.standard_pages).toBe(5000);
    await s.client().json('POST', '/_sim/control', { body: { today: '2026-04-15' } });
    clock.set(new Date('2026-04-15T09:00:00Z'));
    await collector.collectServer(server.id, { trigger: 'test', wait: true });
    expect(await monthClose.closeDue()).toMatchObject({ months: 1, issued: 1, rollups: 1 });
    certs = (await t.api('GET', `/v1/accounts/${customer.id}/certificates`, { key })).json as Cert[];
    expect(certs).toHaveLength(4);
    const march = certs[3]!;
    const marchVolume = (await t.api('GET', `/v1/accounts/${customer.id}/volume?start_date=2026-03-01&end_date=2026-03-31`, { key }))
      .json[0].pages;
    expect(march.adjustment_pages).toBe(5000);
    expect(march.pages).toBe(marchVolume + 5000);
    expect(certs.slice(0, 3).map((c) => c.adjustment_pages)).toEqual([0, 0, 0]);
    expect(march.period_start).toBe('2026-03-01T00:00:00Z');

    // Public page and PDF: no login, by id; nothing for an unknown id.
    const page = await fetchPublic(new URL(march.url).pathname);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(page.body.toString()).toContain('Willow &amp; Sons &lt;Ltd&gt;');
    const pdf = await fetchPublic(new URL(march.pdf_url).pathname);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const parser = new PDFParse({ data: pdf.body });
    const text = await parser.getText();
    await parser.destroy();
    expect(text.total).toBe(1);
    expect(text.text).toContain('Willow & Sons <Ltd>');
    expect(text.text).toContain((march.pages / 8333).toFixed(2));
    expect((await fetchPublic('/certificates/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await fetchPublic('/certificates/not-an-id.pdf')).status).toBe(404);
    const stranger = await buildAccount(t.app(), { name: 'Stranger MPS' });
    expect((await t.api('GET', `/v1/certificates/${march.id}`, { key: stranger.api_key })).status).toBe(404);

    // The public page renders in Chromium, over Canopy's own HTTPS.
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const tab = await context.newPage();
      const res = await tab.goto(march.url);
      expect(res?.status()).toBe(200);
      await expect(tab.locator('h1').first().textContent()).resolves.toMatch(/Certificate of Reforestation/);
      expect(await tab.getByText('Willow & Sons <Ltd>').count()).toBeGreaterThan(0);
      await tab.screenshot({ path: path.join(RESULTS_DIR, 'certificate-public-page.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
