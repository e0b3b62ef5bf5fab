import { addDays, localDate } from '../../src/calendar.js';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';
import { useSimulator } from '../harness/simulator.js';

// The dashboard in Debian's Chromium against the real app (HTTPS, worker running) and the OneStop simulator, on the
// real clock: a provider signs in, registers its portal, connects two customers with past activation dates, watches
// the backfill, checks the charts against the API, opens a certificate and its PDF; a customer's user sees only its own.
const s = useSimulator({ customers: 6, seed: 4 });
const t = useTestApp({ outboundCa: () => s.sim().ca });
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  await t.app().startWorker();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, ignoreHTTPSErrors: true, acceptDownloads: true, baseURL: t.url() });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(RESULTS_DIR, `dashboard-${name}.png`), fullPage: true });
}

describe('the dashboard', () => {
  it('takes a provider from sign-in to certificates, and keeps customers apart', async () => {
    const provider = await buildAccount(t.app(), { name: 'Dashboard MPS' });
    const page = await newPage();

    // Sign in (a wrong password first).
    await page.goto('/login');
    await shot(page, 'login');
    await page.getByLabel('Email').fill(provider.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toMatch(/email or password is not/);
    await page.getByLabel('Password').fill(provider.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/$/);

    // Register the server: a clear error for wrong credentials, then success.
    await page.getByRole('link', { name: 'Servers' }).click();
    await page.getByRole('button', { name: 'Register OneStop MPS Portal server' }).click();
    await page.getByLabel('API URL').fill(s.sim().url);
    await page.getByLabel('Username').fill('demo');
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByLabel('Contact email').fill('ops@dashboard.example');
    await page.getByRole('button', { name: 'Register server' }).click();
    await expect(page.getByTestId('server-error').textContent()).resolves.toMatch(/rejected the username or password/);
    await page.getByLabel('Password', { exact: true }).fill('demo-password');
    await page.getByRole('button', { name: 'Register server' }).click();
    await page.waitForURL(/\/servers\/[0-9a-f-]{36}$/);
    // Notification settings: who gets this server's health emails.
    await page.getByRole('button', { name: 'Change notification contact' }).click();
    await page.getByLabel('Notification email').fill('alerts@dashboard.example');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.getByText('alerts@dashboard.example').waitFor();
    const serverId = page.url().split('/').pop()!;
    expect((await t.api('GET', `/v1/servers/${serverId}`, { key: provider.api_key })).json.contact).toBe('alerts@dashboard.example');
    await shot(page, 'server');

    // Connect two customer feeds from the portal's list, with past activation dates.
    const today = localDate(new Date());
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('button', { name: 'Connect customer feed' }).click();
    const combo = page.getByRole('combobox', { name: 'Portal customer' });
    const list = page.getByRole('listbox', { name: 'Portal customer' });
    const connected: string[] = [];
    for (const days of [75, 40]) {
      await combo.click();
      const option = list.getByRole('option', { disabled: false }).first();
      const name = (await option.textContent())!.trim();
      connected.push(name);
      await option.click();
      await page.getByLabel('Activation date').fill(addDays(today, -days));
      await expect(page.getByTestId('activation-hint').textContent()).resolves.toMatch(new RegExp(`${days} days will be backfilled`));
      await page.getByRole('button', { name: 'Connect feed' }).click();
      await page.getByTestId('connect-success').waitFor();
    }
    // Names already connected are marked in the dropdown.
    await combo.click();
    await expect(list.getByRole('option', { disabled: true }).count()).resolves.toBe(2);
    await combo.press('Escape');

    // Watch the backfill finish.
    const bars = page.getByRole('progressbar');
    await expect
      .poll(async () => (await Promise.all((await bars.all()).map((b) => b.getAttribute('aria-valuenow')))).join(','), {
        timeout: 120_000,
        interval: 1000,
      })
      .toBe('100,100');
    await shot(page, 'customers');

    // The customer page: its charts, and the numbers match the API.
    await page
      .getByRole('link', { name: /^Open / })
      .first()
      .click();
    await page.getByTestId('daily-chart').waitFor();
    const customerId = page.url().split('/').pop()!;
    const yesterday = addDays(today, -1);
    const daily = (
      await t.api('GET', `/v1/accounts/${customerId}/volume?period=daily&start_date=${addDays(yesterday, -29)}&end_date=${yesterday}`, {
        key: provider.api_key,
      })
    ).json as Array<{ pages: number }>;
    const shown = Number(await page.getByTestId('daily-total').getAttribute('data-pages'));
    expect(shown).toBe(daily.reduce((n, d) => n + d.pages, 0));
    expect(shown).toBeGreaterThan(0);
    const account = (await t.api('GET', `/v1/accounts/${customerId}`, { key: provider.api_key })).json;
    expect(Number(await page.getByTestId('stat-ltd').locator('[data-pages]').getAttribute('data-pages'))).toBe(account.ltd_pages);
    await page.getByTestId('monthly-chart').waitFor();
    await shot(page, 'customer');

    // Certificates for the closed months (the hourly job's work, done now), viewed and downloaded.
    await t.app().services.monthClose.closeDue();
    await page.getByRole('link', { name: 'Certificates' }).first().click();
    await page.getByTestId('certificates-table').waitFor();
    await shot(page, 'certificates');
    const [publicPage] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: /^View/ }).first().click(),
    ]);
    await publicPage.waitForLoadState();
    await expect(publicPage.getByRole('heading', { level: 1 }).first().textContent()).resolves.toMatch(/Certificate of Reforestation/);
    await publicPage.close();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^PDF/ }).first().click()]);
    const pdf = await fs.readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // The overview and settings.
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await page.getByTestId('monthly-chart').waitFor();
    await shot(page, 'overview');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByTestId('api-keys-table').waitFor();
    await shot(page, 'settings');
    await page.getByRole('link', { name: 'Servers' }).click();
    await page.getByTestId('servers-table').waitFor();
    await shot(page, 'servers');

    // A customer's user: invited (no SMTP here: the link comes back), accepts, and sees only its own customer.
    const invitation = (
      await t.api('POST', `/v1/accounts/${customerId}/invitations`, { key: provider.api_key, body: { email: 'casey@customer.example' } })
    ).json;
    const other = ((await t.api('GET', '/v1/accounts', { key: provider.api_key })).json as Array<{ id: string }>).find(
      (a) => a.id !== customerId,
    )!;
    const customer = await newPage({ width: 375, height: 812 });
    await customer.goto(new URL(invitation.accept_url).pathname);
    await customer.getByLabel('Full name').fill('Casey Customer');
    await customer.getByLabel('Password', { exact: true }).fill('a-long-password-1');
    await customer.getByLabel('Confirm password').fill('a-long-password-1');
    await customer.getByRole('button', { name: 'Accept and sign in' }).click();
    await customer.getByTestId('stat-mtd').waitFor();
    await shot(customer, 'customer-user-phone');
    type Doc = { document: { documentElement: { scrollWidth: number } } };
    expect(await customer.evaluate(() => (globalThis as unknown as Doc).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await customer.goto(`/customers/${other.id}`);
    await customer.getByTestId('not-found').waitFor();
    expect(await customer.evaluate(async (id) => (await fetch(`/v1/accounts/${id}/volume`)).status, other.id)).toBe(404);
    expect(await customer.evaluate(async (id) => (await fetch(`/v1/accounts/${id}`)).status, other.id)).toBe(404);
    expect(await customer.evaluate(async () => (await fetch('/v1/servers')).status)).toBe(403);
    expect(errors).toEqual([]);
  }, 240_000);
});
