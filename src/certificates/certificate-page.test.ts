import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
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

describe('renderCertificatePage with branding', () => {
  function logo(width: number, height: number, account: string): NonNullable<CertificateView['branding']>['issuerLogo'] {
    const png = new PNG({ width, height });
    for (let i = 0; i < width * height; i++) png.data.set([40, 90 + (i % 100), 160, 255], i * 4);
    const bytes = PNG.sync.write(png, { colorType: 2, inputColorType: 6 });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { path: `/branding/${account}/logo.png?v=${sha256}`, bytes, mediaType: 'image/png', width, height, sha256 };
  }
  const issuer = logo(300, 90, 'd1f0e2a3-0000-4000-8000-000000000001');
  const own = logo(120, 120, 'd1f0e2a3-0000-4000-8000-000000000002');
  const branded: CertificateView = { ...view, branding: { issuerLogo: issuer, accountLogo: own, accent: '#7a3e00' } };

  it('says who issued it, links its same-origin logos (allowed by its CSP) and uses the accent', () => {
    const html = renderCertificatePage(branded);
    expect(html).toContain('Issued by Northwind Managed Print with Canopy');
    expect(html).toContain(`<img class="issuer-logo" src="${issuer!.path}" alt="Northwind Managed Print" width="300" height="90">`);
    expect(html).toContain(`<img class="account-logo" src="${own!.path}"`);
    expect(html).toContain(`img-src 'self' data:`);
    expect(html).toContain('--forest:#7a3e00');
    // Nothing but a branding path reaches an src; the provider's name is escaped like every string.
    const hostile = renderCertificatePage({
      ...branded,
      providerName: '<script>x</script>',
      branding: { issuerLogo: { ...issuer!, path: 'https://evil.example/x.png' }, accountLogo: null, accent: 'red;}body{x' },
    });
    expect(hostile).not.toMatch(/<img|<script|evil\.example|red;/);
    expect(hostile).toContain('Issued by &lt;script&gt;x&lt;/script&gt; with Canopy');
  });

  it('loads the logos from its own origin in Chromium, fits a phone and prints on one page', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      const elsewhere: string[] = [];
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== 'https://canopy.example.com') {
          elsewhere.push(url.href);
          return route.abort();
        }
        if (url.pathname === `/certificates/${ID}`)
          return route.fulfill({ contentType: 'text/html', body: renderCertificatePage(branded) });
        const logo = [issuer!, own!].find((l) => url.pathname + url.search === l.path);
        return logo ? route.fulfill({ contentType: 'image/png', body: logo.bytes }) : route.fulfill({ status: 404, body: '' });
      });
      await page.goto(BASE, { waitUntil: 'load' });
      const widths = await page.evaluate<number[]>('[...document.images].map((i) => i.naturalWidth)');
      expect(widths).toEqual([300, 120]);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(RESULTS_DIR, 'certificate-page-branded-phone.png'), fullPage: true });
      // And it still prints on one A4 landscape page.
      await page.setViewportSize({ width: 1280, height: 900 });
      const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await fs.writeFile(path.join(RESULTS_DIR, 'certificate-page-branded-print.pdf'), printed);
      const parser = new PDFParse({ data: printed });
      try {
        expect((await parser.getInfo()).total).toBe(1);
      } finally {
        await parser.destroy();
      }
    } finally {
      await browser.close();
    }
  });
});
