import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/calendar.js';
import { buildAccount } from '../factories/accounts.js';
import { buildDeposit } from '../factories/deposits.js';
import { buildFeed, buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR, signIn } from '../harness/browser.js';

/**
 * Tables that work (issue 19, items 6 and 8): the customers table searched, sorted and paged on the server (25 rows a
 * page), at laptop size; at phone size (390 × 844) no page scrolls sideways and every table's rows are cards.
 */
const t = useTestApp();
let browser: Browser;
let provider: Awaited<ReturnType<typeof buildAccount>>;
const ids = new Map<string, string>();
let serverId = '';

/** 26 "Birch NN" customers, "alder copy" and "Zephyr Print": 28, so the list has two pages of 25. */
const BIRCHES = Array.from({ length: 26 }, (_, i) => `Birch ${String(i + 1).padStart(2, '0')}`);
const NAMES = ['Zephyr Print', ...BIRCHES, 'alder copy'];
/** By name, case-insensitive: alder copy, Birch 01 … Birch 26, Zephyr Print. */
const BY_NAME = ['alder copy', ...BIRCHES, 'Zephyr Print'];

/** The month before last ('YYYY-MM-15'): closed (and certified) whatever today's date. */
function monthBeforeLast(): string {
  const [y, m] = localDate(new Date()).split('-').map(Number) as [number, number];
  const back = m - 2 <= 0 ? { y: y - 1, m: m + 10 } : { y, m: m - 2 };
  return `${back.y}-${String(back.m).padStart(2, '0')}-15`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const app = t.app();
  provider = await buildAccount(app, { name: 'Tables MPS' });
  for (const name of NAMES) ids.set(name, (await buildAccount(app, { name, parentId: provider.account_id })).account_id);
  const db = app.db;
  // This month: alder copy 100 pages, Zephyr Print 5,000; the month before last certified for three customers.
  await buildDeposit(db, ids.get('alder copy')!, localDate(new Date()), 100);
  await buildDeposit(db, ids.get('Zephyr Print')!, localDate(new Date()), 5000);
  for (const [name, pages] of [
    ['Birch 01', 1200],
    ['Birch 02', 800],
    ['Zephyr Print', 30_000],
  ] as const) {
    await buildDeposit(db, ids.get(name)!, monthBeforeLast(), pages);
  }
  expect((await app.services.monthClose.closeDue()).issued).toBeGreaterThanOrEqual(3);
  serverId = await buildServerRow(db, provider.account_id, { paper_profile: 'letter' });
  await buildFeed(db, ids.get('Zephyr Print')!, serverId, { external_id: '4711', activation_date: '2026-01-01' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** The customer names of the table, in the order shown. */
async function customerNames(page: Page): Promise<string[]> {
  return page.getByTestId('customers-table').locator('tbody th[scope="row"] a').allTextContents();
}

/** Waits until the table shows exactly these first names (a search or order takes a request). */
async function expectNames(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => customerNames(page), { timeout: 10_000 }).toEqual(expected);
}

describe('the customers table (laptop)', () => {
  it('searches, sorts by a heading and pages on the server', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page = await context.newPage();
    await signIn(page, provider);
    await page.goto('/customers');
    const table = page.getByTestId('customers-table');
    await table.waitFor();
    // By name, 25 a page.
    await expectNames(page, BY_NAME.slice(0, 25));
    await page.screenshot({ path: path.join(RESULTS_DIR, 'tables-customers-laptop.png'), fullPage: true });

    await page.getByRole('button', { name: 'Next page' }).click();
    await expectNames(page, BY_NAME.slice(25));
    expect(await page.getByText('Page 2').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expectNames(page, BY_NAME.slice(0, 25));

    // The "Customer" heading: descending on the second click (the list starts by name, ascending).
    const heading = table.locator('thead th', { hasText: 'Customer' });
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    await heading.getByRole('button').click();
    await expectNames(page, [...BY_NAME].reverse().slice(0, 25));
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expectNames(page, [...BY_NAME].reverse().slice(25));
    await heading.getByRole('button').click(); // ascending again, from the first page
    await expectNames(page, BY_NAME.slice(0, 25));

    // This month's pages sort within the page, and say so.
    await table.locator('thead th', { hasText: 'Pages this month' }).getByRole('button').click();
    await expect.poll(async () => (await customerNames(page)).at(-1)).toBe('alder copy'); // 100 pages; the other 24 none
    expect(await page.getByTestId('sort-note').textContent()).toMatch(/within this page only/);
    await table.locator('thead th', { hasText: 'Pages this month' }).getByRole('button').click();
    await expect.poll(async () => (await customerNames(page))[0]).toBe('alder copy');

    // Search: the server's (name, case-insensitive); the table narrows to the matches, and has one page.
    await table.locator('thead th', { hasText: 'Customer' }).getByRole('button').click();
    const search = page.getByLabel('Search customers');
    await search.fill('birch 1');
    await expectNames(page, BIRCHES.slice(9, 19));
    expect(await page.getByRole('button', { name: 'Next page' }).count()).toBe(0);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'tables-customers-search.png'), fullPage: true });
    await search.fill('ZEPH');
    await expectNames(page, ['Zephyr Print']);
    await search.fill('nobody at all');
    await page.getByText('No customer matches “nobody at all”.').waitFor();
    await search.fill('');
    await expectNames(page, BY_NAME.slice(0, 25));
    await context.close();
  }, 120_000);

  it('the certificates table searches by customer and sorts by account', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page = await context.newPage();
    await signIn(page, provider);
    await page.goto('/certificates');
    const table = page.getByTestId('certificates-table');
    await table.waitFor();
    const accounts = () => table.locator('tbody tr td[data-label="Account"]').allTextContents();
    // The latest month (newest first: the three of it, in the order of the list).
    await expect.poll(async () => (await accounts()).sort()).toEqual(['Birch 01', 'Birch 02', 'Zephyr Print']);
    await table.locator('thead th', { hasText: 'Account' }).getByRole('button').click();
    await expect.poll(accounts).toEqual(['Birch 01', 'Birch 02', 'Zephyr Print']);
    await table.locator('thead th', { hasText: 'Account' }).getByRole('button').click();
    await expect.poll(accounts).toEqual(['Zephyr Print', 'Birch 02', 'Birch 01']);
    await table.locator('thead th', { hasText: 'Standard pages' }).getByRole('button').click();
    await expect.poll(accounts).toEqual(['Birch 02', 'Birch 01', 'Zephyr Print']); // 800, 1,200, 30,000
    await page.getByLabel('Search certificates').fill('zephyr');
    await expect.poll(accounts).toEqual(['Zephyr Print']);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'tables-certificates-laptop.png'), fullPage: true });
    await context.close();
  }, 60_000);
});

/** The page's width and the viewport's (evaluated in the page). */
const WIDTHS = '({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })';

/** A table's layout as the browser computes it. */
interface TableLayout {
  testId: string | null;
  rowDisplay: string | null;
  headWidth: number;
  label: string | null;
  right: number;
}

describe('phone (390 × 844)', () => {
  /** No sideways scrolling, and every table's rows are cards (block rows, headings hidden, a label on each value). */
  async function checkPhone(page: Page, name: string, opts: { tables?: boolean } = {}) {
    await page.waitForLoadState('networkidle');
    const widths = await page.evaluate<{ scroll: number; inner: number }>(WIDTHS);
    expect(widths.scroll, `${name}: page width`).toBeLessThanOrEqual(widths.inner);
    const tables = await page.evaluate<TableLayout[]>(`[...document.querySelectorAll('table.data-table')].map((table) => {
      const row = table.querySelector('tbody tr');
      const head = table.querySelector('thead');
      const cell = table.querySelector('tbody td[data-label]');
      return {
        testId: table.getAttribute('data-testid'),
        rowDisplay: row ? getComputedStyle(row).display : null,
        headWidth: head ? head.getBoundingClientRect().width : 0,
        label: cell ? getComputedStyle(cell, '::before').content : null,
        right: table.getBoundingClientRect().right,
      };
    })`);
    if (opts.tables !== false) expect(tables.length, `${name}: tables`).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.rowDisplay, `${name}: ${table.testId}`).toBe('block');
      expect(table.headWidth, `${name}: ${table.testId} headings hidden`).toBeLessThanOrEqual(1);
      if (table.label !== null) expect(table.label, `${name}: ${table.testId}`).not.toBe('none');
      expect(table.right, `${name}: ${table.testId}`).toBeLessThanOrEqual(widths.inner);
    }
    await page.screenshot({ path: path.join(RESULTS_DIR, `tables-${name}-phone.png`), fullPage: true });
  }

  it('customers, certificates, servers and a customer page fit the width, rows as cards; the menu works', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      ignoreHTTPSErrors: true,
      baseURL: t.url(),
    });
    const page = await context.newPage();
    await signIn(page, provider);

    // The navigation: a menu button, the links behind it, and no overflow either way.
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.waitFor({ state: 'visible' }); // the signed-in frame may still be loading
    expect(await menu.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await menu.click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).waitFor();
    const open = await page.evaluate<{ scroll: number; inner: number }>(WIDTHS);
    expect(open.scroll).toBeLessThanOrEqual(open.inner);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'tables-nav-phone.png') });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await page.waitForURL(/\/customers$/);

    await page.getByTestId('customers-table').waitFor();
    await expectNames(page, BY_NAME.slice(0, 25));
    // The headings are hidden on a phone: the order is chosen above the cards.
    await page.getByLabel('Sort by').selectOption({ label: 'Customer (descending)' });
    await expectNames(page, [...BY_NAME].reverse().slice(0, 25));
    await checkPhone(page, 'customers');

    await page.goto('/certificates');
    await page.getByTestId('certificates-table').waitFor();
    await checkPhone(page, 'certificates');

    await page.goto('/servers');
    await page.locator('table.data-table').first().waitFor();
    await checkPhone(page, 'servers');

    await page.goto(`/customers/${ids.get('Zephyr Print')}`);
    await page.getByTestId('certificates-table').waitFor();
    await checkPhone(page, 'customer');

    // The other pages with tables: the overview, a server, the settings (users, keys, webhooks, notifications).
    await page.goto(`/servers/${serverId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPhone(page, 'server', { tables: false });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await checkPhone(page, 'overview', { tables: false });
    await page.goto('/settings');
    await page.locator('table.data-table').first().waitFor();
    await checkPhone(page, 'settings');
    await context.close();
  }, 120_000);
});
