import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';
import { useNotificationReceivers } from '../harness/receivers.js';

// Passwords and key scopes in the dashboard (Debian's Chromium) against the real app and a real SMTP server: a user
// who forgot their password resets it from the e-mailed link, changes it in Settings, and makes a read-only key.
const r = useNotificationReceivers();
const t = useTestApp({ outboundCa: () => r.ca(), config: () => ({ smtp: { url: r.smtpUrl(), from: 'Canopy <canopy@canopy.test>' } }) });
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

async function mailTo(to: string, subject: RegExp): Promise<string> {
  const end = Date.now() + 10_000;
  for (;;) {
    const mail = r.mails.filter((m) => m.to.includes(to) && subject.test(m.raw)).at(-1);
    if (mail) return mail.raw;
    if (Date.now() > end) throw new Error(`no mail to ${to}`);
    await new Promise((res) => setTimeout(res, 25));
  }
}

describe('passwords and key scopes in the dashboard', () => {
  it('resets a forgotten password from the e-mailed link, changes it in Settings, and makes a read-only key', async () => {
    const user = await buildAccount(t.app(), { name: 'Forgetful MPS' });
    const page = await newPage();

    // Forgot: the same message whatever the address; the link arrives by e-mail.
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/\/forgot-password/);
    // What the page shows, and what the API answered it.
    const forgot = async (on: Page, email: string) => {
      await on.getByTestId('forgot-password-form').getByLabel('Email').fill(email);
      const answered = on.waitForResponse(
        (res) => new URL(res.url()).pathname === '/v1/password_resets' && res.request().method() === 'POST',
      );
      await on.getByRole('button', { name: 'Send reset link' }).click();
      const answer = await answered;
      const message = on.getByTestId('password-message');
      await message.waitFor();
      return { message: (await message.textContent())!.trim(), status: answer.status(), body: await answer.text() };
    };
    const known = await forgot(page, user.email);
    expect(known.message).toMatch(/^If an account exists for that address, we have sent a link to reset its password\./);
    expect([known.status, known.body]).toEqual([202, '{"requested":true}']);
    const link = /https:\/\/[^\s]+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(await mailTo(user.email, /Reset your Canopy password/))![0];
    // An address nobody has: word for word the same message, and the same answer from the API.
    const stranger = await newPage();
    await stranger.goto('/forgot-password');
    const unknownAddress = `nobody-${Date.now()}@example.com`;
    expect(await forgot(stranger, unknownAddress)).toEqual(known);

    // The link: choose a new password, signed in at once.
    await page.goto(new URL(link).pathname);
    await page.getByTestId('reset-password-form').waitFor();
    await page.getByText(user.email).first().waitFor();
    await page.getByLabel('New password', { exact: true }).fill('my brand new password');
    await page.getByLabel('Confirm new password').fill('my brand new password');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-after-reset.png') });
    // Used once: the same link now says so.
    const again = await newPage();
    await again.goto(new URL(link).pathname);
    await again
      .getByTestId('password-message')
      .filter({ hasText: /This reset link no longer works/ })
      .waitFor();

    // Settings: a wrong current password is refused, the right one changes it.
    await page.goto('/settings');
    const form = page.getByTestId('change-password-form');
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password', { exact: true }).fill('the second new password');
    await form.getByLabel('Confirm new password').fill('the second new password');
    await form.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByTestId('password-message')
      .filter({ hasText: /current password is not correct/ })
      .waitFor();
    await form.getByLabel('Current password').fill('my brand new password');
    await form.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByTestId('password-message')
      .filter({ hasText: /changed/i })
      .waitFor();
    expect((await t.api('POST', '/v1/session', { body: { email: user.email, password: 'the second new password' } })).status).toBe(200);
    expect((await t.api('POST', '/v1/session', { body: { email: user.email, password: 'my brand new password' } })).status).toBe(401);

    // A read-only key, shown in the list with its scope, and refused a write by the API.
    await page.getByLabel('Key name').fill('Reporting export');
    await page.getByLabel('Scope').selectOption('read');
    await page.getByRole('button', { name: 'Create API key' }).click();
    const secret = (await page.getByTestId('secret-value').textContent())!.trim();
    expect(secret).toMatch(/^cnp_/);
    const row = page.getByTestId('api-keys-table').getByRole('row', { name: /Reporting export/ });
    await expect(row.locator('[data-scope]').getAttribute('data-scope')).resolves.toBe('read');
    expect((await t.api('GET', '/v1/account', { key: secret })).status).toBe(200);
    expect((await t.api('POST', '/v1/accounts', { key: secret, body: { name: 'No' } })).status).toBe(403);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-settings-passwords.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
