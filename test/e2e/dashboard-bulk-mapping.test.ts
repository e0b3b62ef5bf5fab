import { sql } from 'kysely';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { RESULTS_DIR, signIn, useBrowser } from '../harness/browser.js';
import { simCustomers, useSimulator, type SimCustomer } from '../harness/simulator.js';

// "Connect customers" (issue 19, item 1) in the browser: the portal's unconnected customers with proposed accounts,
// a preview that saves nothing, then one step that creates the accounts and feeds.
const TODAY = '2026-06-15';
const s = useSimulator({ today: TODAY, customers: 5, seed: 31 });
const t = useTestApp({ clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)), outboundCa: () => s.sim().ca });
const browser = useBrowser();

type Customer = SimCustomer;
const portalCustomers = () => simCustomers(s.client());

async function feedsOf(serverId: string) {
  return t
    .app()
    .db.selectFrom('feeds')
    .select(['external_id', 'account_id', 'activation_date'])
    .where('server_id', '=', serverId)
    .execute();
}

async function open(context: BrowserContext, user: { email: string; password: string }, url: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await signIn(page, user);
  await page.goto(url);
  return { page, errors };
}

describe('Connect customers', () => {
  it('proposes matches, previews without saving, and connects the selection in one step', async () => {
    const portal = (await portalCustomers()).sort((a, b) => a.name.localeCompare(b.name));
    const [first, second] = portal as [Customer, Customer];
    const provider = await buildAccount(t.app(), { name: 'Bulk Dashboard MPS' });
    const key = provider.api_key;
    const server = (
      await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
    ).json;
    const same = (await t.api('POST', '/v1/accounts', { key, body: { name: first.name.toLowerCase() } })).json;

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const { page, errors } = await open(context, provider, `/servers/${server.id}`);
    await page.getByTestId('connect-customers').click();
    await page.waitForURL(`**/servers/${server.id}/connect`);
    const rows = page.getByTestId('connect-row');
    await rows.first().waitFor();
    // Every portal customer, by name, none connected yet.
    await expect(rows.count()).resolves.toBe(portal.length);
    const firstRow = page.locator(`[data-testid="connect-row"][data-external-id="${first.id}"]`);
    await expect(firstRow.getByTestId('connect-match').textContent()).resolves.toBe(
      `Proposed: ${first.name.toLowerCase()} 100% name match`,
    );

    await page.getByLabel('Activation date (for every customer selected)').fill('2026-06-01');
    await firstRow.getByRole('checkbox').check();
    // A sure proposal is chosen for the user.
    await expect(page.getByLabel(`Customer account for ${first.name}`).inputValue()).resolves.toBe(same.id);
    const secondRow = page.locator(`[data-testid="connect-row"][data-external-id="${second.id}"]`);
    await secondRow.getByRole('checkbox').check();
    await expect(page.getByLabel(`Customer account for ${second.name}`).inputValue()).resolves.toBe('new');

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('connect-preview');
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain(
      '2 feeds and 1 new customer account would be created, each collected from 1 Jun 2026.',
    );
    await expect(preview.textContent()).resolves.toContain(`${second.name} → new account "${second.name}"`);
    expect(await feedsOf(server.id)).toEqual([]); // a preview saves nothing
    await page.screenshot({ path: path.join(RESULTS_DIR, 'bulk-mapping-preview.png'), fullPage: true });

    await page.getByRole('button', { name: 'Connect 2 customers' }).click();
    const done = page.getByTestId('connect-done');
    await done.waitFor();
    await expect(done.textContent()).resolves.toContain('Connected 2 customers (1 new customer account).');
    const feeds = await feedsOf(server.id);
    expect(feeds.map((f) => f.external_id).sort()).toEqual([String(first.id), String(second.id)].sort());
    expect(feeds.every((f) => f.activation_date === '2026-06-01')).toBe(true);
    expect(feeds.find((f) => f.external_id === String(first.id))?.account_id).toBe(same.id);
    const created = await t
      .app()
      .db.selectFrom('accounts')
      .select('name')
      .where('id', '=', feeds.find((f) => f.external_id === String(second.id))!.account_id)
      .executeTakeFirstOrThrow();
    expect(created.name).toBe(second.name);
    // The connected ones leave the list.
    await page.waitForFunction(`document.querySelectorAll('[data-testid="connect-row"]').length === ${portal.length - 2}`);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'bulk-mapping-done.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();

    // A phone: each customer a card, nothing wider than the screen.
    const phone = await browser().newContext({
      viewport: { width: 390, height: 844 },
      ignoreHTTPSErrors: true,
      baseURL: t.url(),
      isMobile: true,
    });
    const small = await open(phone, provider, `/servers/${server.id}/connect`);
    await small.page.getByTestId('connect-row').first().waitFor();
    await small.page.getByTestId('connect-row').first().getByRole('checkbox').check();
    await expect(small.page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).resolves.toBe(true);
    await small.page.screenshot({ path: path.join(RESULTS_DIR, 'bulk-mapping-phone.png'), fullPage: true });
    expect(small.errors).toEqual([]);
    await phone.close();
  }, 90_000);

  it('beyond 500 customer accounts, a row offers only its new account and its proposal, and says how to choose another', async () => {
    const portal = await portalCustomers();
    const provider = await buildAccount(t.app(), { name: 'Very Big MPS' });
    const key = provider.api_key;
    const server = (
      await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
    ).json;
    await sql`
      WITH ids AS (SELECT gen_random_uuid() AS id, g FROM generate_series(1, 501) AS g)
      INSERT INTO accounts (id, parent_id, ancestry, name, role, status, created_at, activated_at, updated_at)
      SELECT id, ${provider.account_id}::uuid, ARRAY[${provider.account_id}::uuid, id], 'Filler ' || g, 'customer', 'active',
        now(), now(), now()
      FROM ids`.execute(t.app().db);
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const { page, errors } = await open(context, provider, `/servers/${server.id}/connect`);
    const row = page.locator(`[data-testid="connect-row"][data-external-id="${portal[0]!.id}"]`);
    await row.getByRole('checkbox').check();
    const choice = page.getByLabel(`Customer account for ${portal[0]!.name}`);
    // No filler is like a portal name: the new account is the only choice.
    await expect(choice.locator('option').allTextContents()).resolves.toEqual([`New account "${portal[0]!.name}"`]);
    await expect(page.getByTestId('connect-many-accounts').textContent()).resolves.toMatch(/^With 501 customer accounts, /);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
