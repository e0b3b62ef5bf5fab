import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import type { Browser } from 'playwright-core';
import { launchBrowser, RESULTS_DIR } from '../../test/harness/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCertificatePage } from './certificate-page.js';
import type { CertificateView } from './certificate-view.js';

const ID = 'ae630937-e15b-4da5-98de-bb68eefe2a12';
const BASE = `https://canopy.example.com/certificates/${ID}`;

const PROJECTS = [
  ['Madagascar', -15.7358, 46.3588, 'Mangroves and dry forest along the north-west coast.'],
  ['Madagascar North', -13.2, 48.9, 'Rainforest corridors.'],
  ['Willamette, Oregon', 44, -122.5, 'Replanting after wildfire in the Willamette National Forest.'],
  ['Minas Gerais, Brazil', -18.5, -44.5, 'Atlantic Forest restoration.'],
  ['Annapurna, Nepal', 28.2, 84.1, 'Community forests in the Himalayan foothills.'],
  ['Scottish Highlands', 57.1, -4.5, 'Native Caledonian pinewood.\n\nPlanted with local volunteers.'],
] as const;

const view: CertificateView = {
  id: ID,
  accountName: 'Acme Printing Services — Northern Region Headquarters & Distribution Centre (Manchester) Ltd',
  providerName: 'Northwind Managed Print',
  month: '2026-10-01',
  pages: 2_469_134,
  adjustmentPages: 1250,
  trees: 2_469_134 / 8333,
  projects: PROJECTS.map(([name, latitude, longitude, description]) => ({
    name,
    latitude,
    longitude,
    description,
    trees: 2_469_134 / 8333 / PROJECTS.length,
  })),
  issuedAt: new Date('2026-11-06T09:30:00Z'),
  impact: {
    co2e_kg: 31_358,
    water_l: 24_691_340,
    energy_kwh: 123_456.7,
    wood_kg: 30_864.18,
    version: 'test-2026.1',
    methodUrl: 'https://canopy.example/impact#test-2026.1',
  },
  pageUrl: BASE,
  pdfUrl: `${BASE}.pdf`,
};

describe('renderCertificatePage: escaping', () => {
  const hostile = '<script>alert(1)</script> & Co "Ltd"';
  const html = renderCertificatePage({
    ...view,
    accountName: hostile,
    providerName: `<b onmouseover="x()">'p'</b>`,
    projects: [{ name: '<img src=x onerror=alert(1)>', trees: 1, latitude: 0, longitude: 0, description: '</p><script>x</script>' }],
    pageUrl: 'javascript:alert(1)',
  });

  it('escapes every interpolated string', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co &quot;Ltd&quot;');
    expect(html).toContain('&lt;b onmouseover=&quot;x()&quot;&gt;&#39;p&#39;&lt;/b&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img|<b /i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('<a href="#">javascript:alert(1)</a>'); // shown as text, never linked
  });
});

describe('renderCertificatePage in Chromium', () => {
  let browser: Browser;
  const html = renderCertificatePage(view);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the certificate and one map marker per project, and requests nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = []; // a CSP violation (something the page tried to load) is logged as an error
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.setContent(html, { waitUntil: 'load' });

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe(`Certificate of Reforestation · ${view.accountName} · October 2026`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Certificate of Reforestation');
    expect(await page.locator('.account').textContent()).toBe(view.accountName);
    const body = await page.locator('body').textContent();
    for (const s of [
      'October 2026',
      '2,469,134',
      '296.31',
      '49.38 trees',
      ID,
      `Verify this certificate at ${BASE}`,
      'Includes 1,250 pages reported late for earlier months.',
      'Issued 6 November 2026 by Canopy on behalf of Northwind Managed Print',
      // The equivalents, whole numbers from 100 up, with their factor set and a link to the method.
      '31,358 kg CO₂e',
      '24,691,340 litres',
      '123,457 kWh',
      '30,864 kg',
      'estimated with impact factors test-2026.1',
    ]) {
      expect(body).toContain(s);
    }
    expect(await page.getByRole('link', { name: 'How these are estimated' }).getAttribute('href')).toBe(
      'https://canopy.example/impact#test-2026.1',
    );
    expect(await page.getByRole('link', { name: 'Download the PDF' }).getAttribute('href')).toBe(`${BASE}.pdf`);

    const map = page.getByRole('img', { name: 'World map of the forestry projects' });
    expect(await map.locator('.marker').count()).toBe(view.projects.length);
    expect(await page.getByRole('listitem').count()).toBe(view.projects.length);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(["The paper's footprint", 'Forestry projects']);

    await page.screenshot({ path: path.join(RESULTS_DIR, 'certificate-page.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(html).not.toMatch(/\ssrc=|url\(|@import|<link rel="stylesheet"/i);
    await page.close();
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    await page.setContent(html, { waitUntil: 'load' });
    // A string expression: the project's TypeScript lib has no DOM types.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect(await page.locator('.account').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'certificate-page-phone.png'), fullPage: true });
    await page.close();
  });

  it('prints on one A4 landscape page', async () => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const parser = new PDFParse({ data: pdf });
    try {
      expect((await parser.getInfo()).total).toBe(1);
    } finally {
      await parser.destroy();
    }
    await page.close();
  });
});
