import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';

/**
 * Honest status (issue 19, item 3): without SMTP, a notification is only written to the log; the dashboard says so
 * ("logged only: e-mail is not configured", and how to set it up), never "delivered".
 */
const t = useTestApp(); // the test config has no SMTP_URL
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('notification delivery without SMTP', () => {
  it('says "logged only: e-mail is not configured" on the overview and in Settings, not "delivered"', async () => {
    const provider = await buildAccount(t.app(), { name: 'No SMTP MPS' });
    const serverId = await buildServerRow(t.app().db, provider.account_id);
    await t
      .app()
      .services.health.serverChecked(serverId, 'unhealthy', 'The portal rejected the username or password.', 'credentials_rejected');
    await t.app().services.notifier.dispatch(serverId);
    await t.app().services.notifier.deliverDue();
    const notes = (await t.api('GET', '/v1/notifications', { key: provider.api_key })).json;
    expect(notes[0].deliveries).toEqual([expect.objectContaining({ channel: 'log', status: 'delivered' })]);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(provider.email);
    await page.getByLabel('Password').fill(provider.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/$/);
    const logged = page.getByTestId('delivery-logged-only').first();
    await logged.waitFor();
    expect(await logged.textContent()).toMatch(/^logged only: e-mail is not configured \(set SMTP_URL and SMTP_FROM/);
    const list = page.locator('.notification-list');
    expect(await list.textContent()).not.toMatch(/delivered/i);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-logged-only.png') });

    await page.goto('/settings#notifications');
    await page.getByTestId('delivery-logged-only').first().waitFor();
    await context.close();
  });
});
