import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDate, nextMonth } from '../../src/calendar.js';
import { buildAccount } from '../factories/accounts.js';
import { buildMonthlyDeposits } from '../factories/deposits.js';
import { useTestApp } from '../harness/app.js';
import { RESULTS_DIR, useBrowser } from '../harness/browser.js';
import { cliEnv, runCli } from '../harness/cli.js';

// Issue 19 item 11: a browser's broken certificate link, `canopy certify`'s count, /docs, and a signed-out dashboard.
const t = useTestApp();
const browser = useBrowser();

/** A fresh page that records every console error and page error (a CSP violation or a failed request is one). */
async function pageWithErrors(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ ignoreHTTPSErrors: true, baseURL: t.url() });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

describe('an unknown public certificate link', () => {
  it.each(['/certificates/00000000-0000-4000-8000-000000000000', '/certificates/not-a-certificate'])(
    '%s is an HTML 404 page for a browser, the JSON 404 for API clients',
    async (path) => {
      const html = await t.api('GET', path, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(html.status).toBe(404);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      expect(html.text).toContain('This certificate does not exist');
      expect(html.text).toMatch(/<a href="\/">/);

      const json = await t.api('GET', path, { headers: { accept: 'application/json' } });
      expect(json.status).toBe(404);
      expect(json.headers['content-type']).toMatch(/^application\/json/);
      expect(json.json).toMatchObject({ code: 404, reason: 'not_found' });

      const pdf = await t.api('GET', `${path}.pdf`, { headers: { accept: 'text/html' } });
      expect(pdf.status).toBe(404);
      expect(pdf.headers['content-type']).toMatch(/^application\/json/);
    },
  );

  it('shows in Chromium without console errors beyond the 404 itself', async () => {
    const { page, errors } = await pageWithErrors();
    const res = await page.goto('/certificates/00000000-0000-4000-8000-000000000000');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'This certificate does not exist' }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('link', { name: 'Go to Canopy' }).getAttribute('href')).toBe('/');
    // Chromium logs the document's own 404 status; nothing else (no CSP violation, no script error).
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('canopy certify', () => {
  it('counts customer certificates and roll-ups in its summary', async () => {
    const provider = await buildAccount(t.app(), { name: `Certify MPS ${randomBytes(3).toString('hex')}` });
    const customers = [
      await buildAccount(t.app(), { parentId: provider.account_id }),
      await buildAccount(t.app(), { parentId: provider.account_id }),
    ];
    // Three months long closed (the current month's grace does not matter): 2 customers × 3 months, 3 roll-ups.
    const first = `${Number(localDate(new Date()).slice(0, 4)) - 1}-01-01`;
    const last = nextMonth(nextMonth(first));
    for (const c of customers) await buildMonthlyDeposits(t.app().db, c.account_id, first, last, 8333);

    const env = cliEnv({
      DATABASE_URL: t.databaseUrl(),
      CANOPY_DATA_DIR: t.dataDir(),
      CANOPY_MASTER_KEY: randomBytes(32).toString('base64'),
    });
    const res = await runCli(['certify', '--account', provider.account_id], env);
    expect(res.code, res.stderr).toBe(0);

    const rows = await t
      .app()
      .db.selectFrom('certificates')
      .select(['kind', 'account_id'])
      .where('account_id', 'in', [provider.account_id, ...customers.map((c) => c.account_id)])
      .execute();
    expect(rows.filter((r) => r.kind === 'account')).toHaveLength(6);
    expect(rows.filter((r) => r.kind === 'rollup')).toHaveLength(3);
    expect(res.stdout.trim()).toBe('Issued 9 certificates (6 customer, 3 roll-ups) for 3 months.');

    const again = await runCli(['certify', '--account', provider.account_id], env);
    expect(again.stdout.trim()).toBe('Issued 0 certificates (nothing new: every closed month is already certified).');
  });
});

describe('GET /v1/session', () => {
  it("answers 204 for the dashboard's optional check and keeps the 401 for API clients", async () => {
    expect((await t.api('GET', '/v1/session')).status).toBe(401);
    const probe = await t.api('GET', '/v1/session?optional=true');
    expect(probe.status).toBe(204);
    expect(probe.text).toBe('');
    const user = await buildAccount(t.app());
    const signIn = await t.api('POST', '/v1/session', { body: { email: user.email, password: user.password } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const mine = await t.api('GET', '/v1/session?optional=true', { headers: { cookie } });
    expect(mine.status).toBe(200);
    expect(mine.json.account.id).toBe(user.account_id);
  });
});

describe('in Chromium', () => {
  it('/docs carries Canopy’s name and loads without a console error', async () => {
    const { page, errors } = await pageWithErrors();
    await page.goto('/docs');
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.title()).toContain('Canopy');
    expect(await page.title()).not.toMatch(/swagger/i);
    expect(errors).toEqual([]);
    await page.locator('.topbar').getByText('Canopy API').waitFor({ timeout: 5000 });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'rough-edges-docs.png') });
    await page.context().close();
  });

  it('a signed-out dashboard shows the sign-in form without a console error', async () => {
    const { page, errors } = await pageWithErrors();
    await page.goto('/');
    await page.getByLabel('Email').waitFor();
    await expect(page.getByLabel('Password').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
