import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/calendar.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';

// Issue 18, item 2 and the dashboard side of items 4–5: the equivalents beside the trees, a chart of them per month
// (no data is a gap, the running month partial), the annual report and a month's certificate PDFs as one zip. Every
// figure expected below is worked out here from the seeded pages and the factor set the API lists, never read back
// from the dashboard's own code.
const t = useTestApp();
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

type Factors = { version: string; co2e_kg: number; water_l: number; energy_kwh: number; wood_kg: number };
const METRICS = [
  { key: 'co2e_kg', label: 'CO₂e', unit: 'kg' },
  { key: 'water_l', label: 'water', unit: 'L' },
  { key: 'energy_kwh', label: 'energy', unit: 'kWh' },
  { key: 'wood_kg', label: 'wood', unit: 'kg' },
] as const;

/** pages × factor, two decimals, halves up, in integers (the factor in billionths): 14,000 × 0.0127 = 177.8. */
function impactOf(pages: number, factor: number): number {
  return Math.round((pages * Math.round(factor * 1e9)) / 1e7) / 100;
}

/** As a certificate shows an equivalent: whole from 100 up (177.8 → "178"), two decimals at most below (50.8). */
function shown(value: number): string {
  return value >= 100
    ? Math.round(value).toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
}

/** 'YYYY-MM-01' + n months. */
function addMonths(month: string, n: number): string {
  const d = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, ignoreHTTPSErrors: true, acceptDownloads: true, baseURL: t.url() });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

/** A full-page screenshot from the top (the header is sticky), once the page's requests are done. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.mouse.move(0, 0); // no chart tooltip left open
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/$/);
}

/** The first bytes of a download, as text. */
async function headOf(download: Download, bytes: number): Promise<string> {
  const file = await fs.readFile((await download.path())!);
  return file.subarray(0, bytes).toString('latin1');
}

/** The four equivalents of `pages` in a period's list, each as "CO₂e 178 kg", and its data-value the exact figure. */
async function expectFigures(list: Locator, pages: number, factors: Factors): Promise<void> {
  await list.waitFor();
  for (const m of METRICS) {
    const item = list.locator(`[data-metric="${m.key}"]`);
    const value = impactOf(pages, factors[m.key]);
    await expect(item.textContent()).resolves.toBe(`${m.label} ${shown(value)} ${m.unit}`);
    await expect(item.getAttribute('data-value')).resolves.toBe(String(value));
  }
}

describe('the dashboard shows what the paper took', () => {
  it('equivalents beside the trees, a monthly chart with gaps and the partial month, the annual report and the zip', async () => {
    const provider = await buildAccount(t.app(), { name: 'Impact MPS' });
    const key = provider.api_key;
    const customer = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Impact Customer Ltd' } })).json as { id: string };

    // 10,000 pages two months ago, none last month, 4,000 this month (the running month, partial).
    const today = localDate(new Date());
    const m0 = `${today.slice(0, 7)}-01`;
    const m1 = addMonths(m0, -1);
    const m2 = addMonths(m0, -2);
    const deposits = [
      { pages: 10_000, date: `${m2.slice(0, 7)}-15` },
      { pages: 4_000, date: m0 },
    ];
    for (const body of deposits) {
      const res = await t.api('POST', `/v1/accounts/${customer.id}/deposits`, { key, body });
      expect(res.status, res.text).toBe(201);
    }
    const year = today.slice(0, 4);
    const ytdPages = deposits.filter((d) => d.date.startsWith(year)).reduce((n, d) => n + d.pages, 0);
    const ltdPages = 14_000;

    // The factor set in force, as the API lists it (newest first).
    const factorSets = await t.api('GET', '/v1/impact-factors', { key });
    expect(factorSets.status).toBe(200);
    const factors = (factorSets.json as Factors[])[0]!;
    // The API agrees with the hand computation (the dashboard shows the API's figures).
    const account = (await t.api('GET', `/v1/accounts/${customer.id}`, { key })).json as Record<string, number | string>;
    expect(account.factors_version).toBe(factors.version);
    for (const m of METRICS) {
      expect(account[`ltd_${m.key}`]).toBe(impactOf(ltdPages, factors[m.key]));
      expect(account[`ytd_${m.key}`]).toBe(impactOf(ytdPages, factors[m.key]));
    }

    const page = await newPage({ width: 1280, height: 900 });
    await signIn(page, provider);

    // The provider's overview: its subtree is this one customer.
    await expectFigures(page.getByTestId('impact-ltd'), ltdPages, factors);
    await expectFigures(page.getByTestId('impact-ytd'), ytdPages, factors);
    const method = page.getByTestId('impact-method').first();
    await expect(method.getAttribute('href')).resolves.toBe(`/impact#${factors.version}`);
    await expect(method.textContent()).resolves.toBe(`impact factors ${factors.version} · how these are estimated`);
    // The link's target: the public method page has the version's anchor.
    const methodPage = await t.api('GET', '/impact', { headers: { accept: 'text/html' } });
    expect(methodPage.status).toBe(200);
    expect(methodPage.text).toContain(`id="${factors.version}"`);
    await page
      .getByTestId('impact-chart')
      .locator(`[data-bar-month="${m2.slice(0, 7)}"]`)
      .waitFor();
    await shot(page, 'dashboard-impact-overview');

    // The customer's page: the same figures, and the chart.
    await page.goto(`/customers/${customer.id}`);
    await expectFigures(page.getByTestId('impact-ltd'), ltdPages, factors);
    await expectFigures(page.getByTestId('impact-ytd'), ytdPages, factors);
    await expectFigures(page.getByTestId('impact-mtd'), 4_000, factors);
    await expect(page.getByTestId('stat-ltd').locator('[data-pages]').getAttribute('data-pages')).resolves.toBe(String(ltdPages));

    const chart = page.getByTestId('impact-chart');
    const bar = (month: string) => chart.locator(`svg [data-bar-month="${month.slice(0, 7)}"]`);
    await bar(m2).waitFor();
    // CO₂e by default: a bar for each month with pages, none for the month between (no data, not zero).
    await expect(chart.getAttribute('data-metric')).resolves.toBe('co2e_kg');
    await expect(chart.locator('svg [data-bar-month]').count()).resolves.toBe(2);
    await expect(bar(m1).count()).resolves.toBe(0);
    await expect(bar(m2).getAttribute('data-value')).resolves.toBe(String(impactOf(10_000, factors.co2e_kg)));
    await expect(bar(m2).getAttribute('data-partial')).resolves.toBe('false');
    await expect(bar(m0).getAttribute('data-value')).resolves.toBe(String(impactOf(4_000, factors.co2e_kg)));
    // The running month is drawn and labelled partial.
    await expect(bar(m0).getAttribute('data-partial')).resolves.toBe('true');
    await expect(chart.locator('svg text', { hasText: /^partial$/ }).count()).resolves.toBe(1);
    // Axis titles with units.
    await expect(chart.locator('svg text', { hasText: /^kg CO₂e$/ }).count()).resolves.toBe(1);
    await expect(chart.locator('svg text', { hasText: /^Month$/ }).count()).resolves.toBe(1);
    // The numbers, as a table: the empty month says "no data", the others the equivalents.
    await chart.getByText('Show the numbers').click();
    const row = (month: string) => chart.locator(`tr[data-month="${month.slice(0, 7)}"]`);
    await expect(row(m1).getAttribute('data-has-data')).resolves.toBe('false');
    await expect(row(m1).textContent()).resolves.toContain('no data');
    await expect(row(m2).textContent()).resolves.toContain(shown(impactOf(10_000, factors.water_l)));
    await expect(row(m0).textContent()).resolves.toContain('(partial)');
    // Water, one choice away: the bars follow, the axis says litres.
    await chart.getByRole('button', { name: 'Water' }).click();
    await expect.poll(() => chart.getAttribute('data-metric')).toBe('water_l');
    await expect(bar(m2).getAttribute('data-value')).resolves.toBe(String(impactOf(10_000, factors.water_l)));
    await expect(bar(m1).count()).resolves.toBe(0);
    await expect(chart.locator('svg text', { hasText: /^litres$/ }).count()).resolves.toBe(1);
    await chart.getByRole('button', { name: 'CO₂e' }).click();
    await chart.getByText('Show the numbers').click();

    // The annual report of this year: a PDF, fetched with the session.
    const reports = page.getByTestId('annual-reports');
    const reportButton = reports.getByRole('button', { name: new RegExp(`^Annual report ${year}`) });
    await expect(reportButton.getAttribute('data-url')).resolves.toBe(`/v1/accounts/${customer.id}/reports/${year}.pdf`);
    const [report] = await Promise.all([page.waitForEvent('download'), reportButton.click()]);
    expect(report.suggestedFilename()).toMatch(new RegExp(`^impact-report-${year}-[0-9a-f]{8}\\.pdf$`));
    expect(await headOf(report, 5)).toBe('%PDF-');
    await expect(reports.getByRole('button', { name: new RegExp(`^Annual report ${Number(year) - 1}`) }).count()).resolves.toBe(1);
    await shot(page, 'dashboard-impact');

    // On a phone (390 px): the same figures, nothing wider than the screen.
    const phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, provider);
    await phone.goto(`/customers/${customer.id}`);
    await expectFigures(phone.getByTestId('impact-ltd'), ltdPages, factors);
    await phone
      .getByTestId('impact-chart')
      .locator(`svg [data-bar-month="${m2.slice(0, 7)}"]`)
      .waitFor();
    await phone.waitForLoadState('networkidle').catch(() => undefined);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(phone, 'dashboard-impact-phone');

    // The certificates of the closed months, then the month's PDFs as one zip.
    await t.app().services.monthClose.closeDue();
    await page.goto('/certificates');
    await page.getByTestId('certificates-table').waitFor();
    await page.getByLabel('Month').selectOption(m2.slice(0, 7));
    const zipButton = page.getByRole('button', { name: /^Download .* PDFs \(zip\)/ });
    await expect(zipButton.getAttribute('data-url')).resolves.toBe(
      `/v1/accounts/${provider.account_id}/certificates.zip?month=${m2.slice(0, 7)}`,
    );
    const [zip] = await Promise.all([page.waitForEvent('download'), zipButton.click()]);
    expect(zip.suggestedFilename()).toBe(`certificates-${m2.slice(0, 7)}.zip`);
    expect(await headOf(zip, 2)).toBe('PK');
    // "All months" has no single month to zip: the button gives way to a hint.
    await page.getByLabel('Month').selectOption('');
    await page.getByText('Choose a month to download its PDFs as one zip.').waitFor();
    await expect(page.getByTestId('download-month-zip').count()).resolves.toBe(0);
    await page.getByLabel('Month').selectOption(m2.slice(0, 7));
    await shot(page, 'dashboard-impact-certificates');

    expect(errors).toEqual([]);
  }, 120_000);
});
