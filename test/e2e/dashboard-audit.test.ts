import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { RESULTS_DIR, signIn, useBrowser } from '../harness/browser.js';

/**
 * The audit page (issue 19, item 9): a provider sees the writes of its tree (its own and its customers'), with who made
 * them in words, and narrows them with filters kept in the URL; "Load more" pages; phone width shows cards.
 */
const t = useTestApp();
const browser = useBrowser();

const rows = (page: Page) => page.getByTestId('audit-row');
const actors = (page: Page) => page.getByTestId('audit-actor').allTextContents();

/** Waits until the table shows `n` rows (or, for 0, the empty message). */
async function expectRows(page: Page, n: number) {
  if (n === 0) await page.getByText('No changes match these filters.').waitFor();
  else await page.locator(`[data-testid="audit-row"]:nth-child(${n})`).waitFor();
  await expect.poll(() => rows(page).count()).toBe(n);
}

describe('the audit page', () => {
  it("lists the tree's writes with their actors' names, filters them from the URL, pages, and reads at phone width", async () => {
    const provider = await buildAccount(t.app(), { name: 'Audit Page MPS' });
    const customer = await buildAccount(t.app(), { name: 'Audit Page Customer', parentId: provider.account_id });
    const stranger = await buildAccount(t.app(), { name: 'Audit Page Stranger' });
    const tagOf = (email: string) => /^user-(\w+)@/.exec(email)![1]!;
    const providerKey = `Created for User ${tagOf(provider.email)}`;
    const customerKey = `Created for User ${tagOf(customer.email)}`;

    // The writes, oldest first: the provider's key creates and renames an account and misses one; the customer's key
    // creates a key; a stranger writes in its own tree.
    const made = await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: 'Audited Shop' } });
    expect(made.status).toBe(201);
    const renamed = await t.api('PATCH', `/v1/accounts/${made.json.id}`, { key: provider.api_key, body: { name: 'Audited Shop Ltd' } });
    expect(renamed.status).toBe(200);
    const missing = await t.api('PATCH', `/v1/accounts/${randomUUID()}`, { key: provider.api_key, body: { name: 'Nobody' } });
    expect(missing.status).toBe(404);
    const agent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    const shopKey = await t.api('POST', '/v1/api_keys', {
      key: customer.api_key,
      body: { name: 'Shop key' },
      headers: { 'user-agent': agent },
    });
    expect(shopKey.status).toBe(201);
    expect((await t.api('POST', '/v1/accounts', { key: stranger.api_key, body: { name: 'Elsewhere' } })).status).toBe(201);

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, provider);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
    await page.waitForURL(/\/audit$/);
    await expectRows(page, 4);
    expect(await actors(page)).toEqual([customerKey, providerKey, providerKey, providerKey]);
    expect(await page.getByTestId('audit-what').allTextContents()).toEqual([
      'Created an API keyPOST /v1/api_keys',
      'Changed an accountPATCH /v1/accounts/:id',
      'Changed an accountPATCH /v1/accounts/:id',
      'Created an accountPOST /v1/accounts',
    ]);
    expect(await page.getByTestId('audit-result').allTextContents()).toEqual(['Done 201', 'Not found 404', 'Done 200', 'Done 201']);
    const firstRow = rows(page).first();
    expect(await firstRow.locator('td').nth(1).textContent()).toBe('Audit Page Customer'); // Who, then Account
    expect(await firstRow.locator('th').textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} (GMT|BST)$/);
    // From: the client address, and the client in short with the whole User-Agent in its title.
    const from = firstRow.locator('td').last();
    expect(await from.textContent()).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)Chrome on Linux$/);
    expect(await from.getByText('Chrome on Linux').getAttribute('title')).toBe(agent);
    expect(await page.getByText('Elsewhere').count()).toBe(0);
    expect(await page.locator('table').textContent()).not.toContain(stranger.account_id.slice(0, 8));
    await page.screenshot({ path: path.join(RESULTS_DIR, 'audit-laptop.png'), fullPage: true });

    // Who: the provider's key → its three writes; the URL says so.
    const keyPrefix = provider.api_key.slice(0, 10); // "cnp_" and six more characters
    await page.getByLabel('Who', { exact: true }).selectOption({ label: `${providerKey} (${keyPrefix}…)` });
    await page.waitForURL(/actor_id=/);
    await expectRows(page, 3);
    expect(await actors(page)).toEqual([providerKey, providerKey, providerKey]);
    // Result: failures only → the 404.
    await page.getByLabel('Result', { exact: true }).selectOption({ label: 'Refused or failed' });
    await page.waitForURL(/status=failure/);
    await expectRows(page, 1);
    expect(await page.getByTestId('audit-result').allTextContents()).toEqual(['Not found 404']);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'audit-filtered.png'), fullPage: true });
    // A filtered URL opened afresh shows the same.
    await page.reload();
    await expectRows(page, 1);
    expect(await page.getByLabel('Result', { exact: true }).inputValue()).toBe('failure');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectRows(page, 4);
    // What: "Changed an account" → the two PATCHes.
    await page.getByLabel('What', { exact: true }).selectOption({ label: 'Changed an account' });
    await page.waitForURL(/method=PATCH&route=%2Fv1%2Faccounts%2F%3Aid/);
    await expectRows(page, 2);
    // Account: the customer's → none of the PATCHes (its key only created a key).
    await page.getByLabel('Account', { exact: true }).selectOption({ label: 'Audit Page Customer' });
    await expectRows(page, 0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Account', { exact: true }).selectOption({ label: 'Audit Page Customer' });
    await expectRows(page, 1);
    expect(await actors(page)).toEqual([customerKey]);
    // Dates: a range that ended before today has nothing; today has everything.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectRows(page, 4);
    await page.getByLabel('To', { exact: true }).fill('2020-01-31');
    await expectRows(page, 0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // A caller's name narrows to that caller.
    await rows(page).first().getByTestId('audit-actor').click();
    await page.waitForURL(/actor_id=/);
    await expectRows(page, 1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expectRows(page, 4);

    // Paging: 50 a page, then "Load more" for the rest, then the end.
    for (let i = 0; i < 50; i++) {
      const res = await t.api('PATCH', `/v1/accounts/${made.json.id}`, { key: provider.api_key, body: { name: `Audited Shop ${i}` } });
      expect(res.status).toBe(200);
    }
    await page.reload();
    await expectRows(page, 50);
    await page.getByTestId('audit-load-more').click();
    await expectRows(page, 54);
    await page.getByTestId('audit-end').waitFor();
    expect(await actors(page).then((a) => a.slice(-4))).toEqual([customerKey, providerKey, providerKey, providerKey]);
    expect(errors).toEqual([]);
    await context.close();

    // Phone: each entry a card, nothing wider than the screen, who and what visible.
    const phone = await browser().newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      ignoreHTTPSErrors: true,
      baseURL: t.url(),
    });
    const mobile = await phone.newPage();
    await signIn(mobile, provider);
    await mobile.goto(`/audit?account_id=${customer.account_id}`);
    await expectRows(mobile, 1);
    expect(await mobile.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const card = rows(mobile).first();
    for (const cell of ['audit-actor', 'audit-what', 'audit-result']) {
      const box = await card.getByTestId(cell).boundingBox();
      expect(box, cell).not.toBeNull();
      expect(box!.x + box!.width, cell).toBeLessThanOrEqual(390);
    }
    expect(await card.getByTestId('audit-actor').textContent()).toBe(customerKey);
    await mobile.screenshot({ path: path.join(RESULTS_DIR, 'audit-phone.png'), fullPage: true });
    await phone.close();
  }, 120_000);
});
