import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR, signIn } from '../harness/browser.js';
import { useSimulator } from '../harness/simulator.js';

/**
 * Act now (issue 19, items 2 and 7) in Chromium at laptop and phone size, against the real app (worker running) and the
 * OneStop simulator on the real clock: a server registered with a name and calendar through the form, "Check now"
 * (healthy, then the simulator rejecting the log-in), "Collect now" followed to its end, a feed's "Re-sync a date range"
 * with its preview (no change, then the portal's counters changing), and "Edit settings" changing the name shown.
 */
const s = useSimulator({ customers: 3, seed: 11, stale: [{ customer: 1001, days: 3 }] });
const t = useTestApp({ outboundCa: () => s.sim().ca });
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  await t.app().startWorker();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, ignoreHTTPSErrors: true, baseURL: t.url() });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(RESULTS_DIR, `act-now-${name}.png`), fullPage: true });
}

async function poll<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

type Day = { date: string; reported_standard_pages: number };
const truth = async (from: string, to: string) =>
  (await s.client().json<{ days: Day[] }>('GET', `/_sim/truth?customer=1001&from=${from}&to=${to}`)).body.days;

const MINUTE = 60_000;

describe('act now', () => {
  it('checks, collects and re-syncs, live, and edits the server settings (laptop, then phone)', async () => {
    const provider = await buildAccount(t.app(), { name: 'Act Now MPS' });
    const key = provider.api_key;
    const page = await newPage({ width: 1280, height: 900 });
    await signIn(page, provider);

    // Register through the form, with a name and the calendar settings (their hints in plain words).
    await page.getByRole('link', { name: 'Servers' }).click();
    await page.getByRole('button', { name: 'Register OneStop MPS Portal server' }).click();
    await page.getByLabel('API URL').fill(s.sim().url);
    await page.getByLabel('Username').fill('demo');
    await page.getByLabel('Password', { exact: true }).fill('demo-password');
    await page.getByLabel('Display name').fill('Simulated fleet');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/London');
    expect(await page.getByLabel('Holiday region').inputValue()).toBe('GB-ENG');
    expect(await page.getByTestId('server-holiday-region-hint').textContent()).toMatch(
      /^GB-ENG — England's bank holidays decide business days/,
    );
    await page.getByLabel('Holiday region').fill('GB-WLS');
    expect(await page.getByTestId('server-holiday-region-hint').textContent()).toMatch(
      /^GB-WLS — Wales's bank holidays decide business days/,
    );
    await page.getByLabel('A4 / A3, 80 g/m²').check();
    await shot(page, 'register');
    await page.getByRole('button', { name: 'Register server' }).click();
    await page.waitForURL(/\/servers\/[0-9a-f-]{36}$/);
    const serverId = page.url().split('/').pop()!;
    const registered = (await t.api('GET', `/v1/servers/${serverId}`, { key })).json;
    expect(registered).toMatchObject({
      name: 'Simulated fleet',
      time_zone: 'Europe/London',
      holiday_region: 'GB-WLS',
      paper_profile: 'a4',
    });
    await page.getByRole('heading', { level: 1, name: 'Simulated fleet' }).waitFor();

    // A customer with a feed of the stale portal customer; the worker backfills it.
    const account = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Stale Customer Ltd' } })).json;
    const activation = addDays(new Date().toISOString().slice(0, 10), -20);
    const feed = await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
      key,
      body: { type: 'onestop', server_id: serverId, external_id: '1001', activated_at: activation },
    });
    expect(feed.status, feed.text).toBe(201);
    const feedId = feed.json.id as string;
    const synced = await poll(
      'the backfill',
      async () => {
        const runs = (await t.api('GET', `/v1/servers/${serverId}/syncs`, { key })).json as Array<{ status: string }>;
        const f = (await t.api('GET', `/v1/feeds/${feedId}`, { key })).json;
        return { runs, synced: f.synced_through as string | null };
      },
      (v) => v.synced !== null && v.runs.length > 0 && v.runs.every((r) => r.status !== 'running'),
    );
    const yesterday = synced.synced!;

    // Check now: healthy, with when.
    await page.getByRole('button', { name: 'Check now' }).click();
    const result = page.getByTestId('check-result');
    await page.locator('[data-testid="check-result"][data-health="healthy"]').waitFor();
    expect(await result.textContent()).toContain('Healthy: the portal accepted the log-in');
    const checkedAt = (await t.api('GET', `/v1/servers/${serverId}`, { key })).json.health_check_checked_at as string;
    expect(Date.now() - Date.parse(checkedAt)).toBeLessThan(MINUTE);
    expect(await page.getByTestId('check-time').textContent()).toMatch(/^Checked \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
    await shot(page, 'check-healthy');

    // The portal now rejects the log-in: the reason in plain words.
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'reject' } });
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.locator('[data-testid="check-result"][data-health="unhealthy"]').waitFor();
    expect(await result.textContent()).toContain('The portal rejects the username or password.');
    await shot(page, 'check-rejected');
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'accept' } });
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.locator('[data-testid="check-result"][data-health="healthy"]').waitFor();

    // Passing its check again, the server was collected at once ("recovered"); wait for that run to end.
    const runsBefore = (
      await poll(
        'the recovery collection',
        async () => (await t.api('GET', `/v1/servers/${serverId}/syncs`, { key })).json as Array<{ status: string; trigger: string }>,
        (runs) => runs.some((r) => r.trigger === 'recovered') && runs.every((r) => r.status !== 'running'),
      )
    ).length;

    // Collect now: queued, then followed until the run ends.
    await page.getByRole('button', { name: 'Collect now' }).click();
    const progress = page.getByTestId('run-progress');
    await progress.waitFor();
    await page.locator('[data-testid="run-progress"][data-state="succeeded"]').waitFor({ timeout: 60_000 });
    const runs = (await t.api('GET', `/v1/servers/${serverId}/syncs`, { key })).json;
    expect(runs).toHaveLength(runsBefore + 1);
    expect(runs[0]).toMatchObject({ trigger: 'manual', status: 'succeeded', feeds: 1 });
    expect(await page.getByTestId('run-outcome').textContent()).toBe('Finished: every feed was read.');
    expect(await page.getByTestId('run-counts').textContent()).toMatch(new RegExp(`^1 feed · ${runs[0].days} days? read · `));
    await shot(page, 'collect');

    // Re-sync a date range of the feed: the last five days, 5 worked out by hand (yesterday − 4 … yesterday).
    const start = addDays(yesterday, -4);
    await page.goto(`/customers/${account.id}`);
    await page.getByRole('button', { name: 'Re-sync dates of feed 1001' }).click();
    const dialog = page.getByTestId('resync-dialog');
    await dialog.getByLabel('First day').fill(start);
    await dialog.getByLabel('Last day').fill(yesterday);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByTestId('resync-preview-text');
    await preview.waitFor();
    expect(await preview.textContent()).toBe('5 days would be re-read; no totals would change.');
    await shot(page, 'resync-unchanged');

    // The stale agent comes back with its cached counters: the portal's answers for those days change.
    await s.client().json('POST', '/_sim/control', { body: { customer: 1001, dca: 'online' } });
    const stored = new Map(
      (await t.app().db.selectFrom('deposits').select(['date', 'pages']).where('feed_id', '=', feedId).execute()).map((r) => [
        r.date,
        Number(r.pages),
      ]),
    );
    const days = await truth(start, yesterday);
    const changed = days.reduce((n, d) => n + Math.abs(d.reported_standard_pages - (stored.get(d.date) ?? 0)), 0);
    expect(changed).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => preview.textContent())
      .toBe(`5 days would be re-read; ${changed.toLocaleString('en-GB')} ${changed === 1 ? 'page' : 'pages'} would change.`);
    await shot(page, 'resync-changed');

    // Re-sync: queued, followed to its end; afterwards the deposits are the portal's and nothing is left to change.
    await dialog.getByRole('button', { name: 'Re-sync', exact: true }).click();
    await dialog.locator('[data-testid="run-progress"][data-state="succeeded"]').waitFor({ timeout: 60_000 });
    const latest = (await t.api('GET', `/v1/servers/${serverId}/syncs`, { key })).json[0];
    expect(latest).toMatchObject({ trigger: 'resync', status: 'succeeded' });
    const after = new Map(
      (await t.app().db.selectFrom('deposits').select(['date', 'pages']).where('feed_id', '=', feedId).execute()).map((r) => [
        r.date,
        Number(r.pages),
      ]),
    );
    for (const d of days) expect(after.get(d.date), d.date).toBe(d.reported_standard_pages);
    await shot(page, 'resync-done');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => preview.textContent()).toBe('5 days would be re-read; no totals would change.');

    // The portal refusing the log-in while previewing: the API's refusal in words, nothing queued.
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'reject' } });
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await expect(dialog.getByTestId('resync-error').textContent()).resolves.toMatch(
      /^The portal could not be read for .*The portal rejected/,
    );
    expect(await preview.count()).toBe(0);
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'accept' } });

    // Edit settings: the name shown changes (header, list); a bad time zone names the field and changes nothing.
    await page.goto(`/servers/${serverId}`);
    await page.getByRole('button', { name: 'Edit settings' }).click();
    const form = page.getByTestId('server-settings-form');
    await form.getByLabel('Time zone').fill('Mars/Olympus_Mons');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByTestId('settings-error').textContent()).resolves.toMatch(/^Time zone must be an IANA time zone/);
    expect((await t.api('GET', `/v1/servers/${serverId}`, { key })).json).toMatchObject({
      time_zone: 'Europe/London',
      name: 'Simulated fleet',
    });
    await form.getByLabel('Time zone').fill('Europe/London');
    await form.getByLabel('Display name').fill('Leeds print fleet');
    await form.getByLabel('Holiday region').fill('GB-ENG');
    await form.getByLabel('Letter / Tabloid, 20 lb').check();
    await form.getByLabel('Feeds read at once').fill('2');
    await shot(page, 'settings');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByTestId('settings-saved').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Leeds print fleet' }).waitFor();
    expect((await t.api('GET', `/v1/servers/${serverId}`, { key })).json).toMatchObject({
      name: 'Leeds print fleet',
      holiday_region: 'GB-ENG',
      paper_profile: 'letter',
      concurrency: 2,
    });
    await page.getByRole('link', { name: 'Servers' }).first().click();
    await page.getByTestId('servers-table').getByRole('link', { name: 'Leeds print fleet' }).waitFor();

    // On a phone (390 px): the same actions, nothing wider than the screen.
    const phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, provider);
    await phone.goto(`/servers/${serverId}`);
    await phone.getByRole('heading', { level: 1, name: 'Leeds print fleet' }).waitFor();
    await phone.getByRole('button', { name: 'Check now' }).click();
    await phone.locator('[data-testid="check-result"][data-health="healthy"]').waitFor();
    await phone.getByRole('button', { name: 'Collect now' }).click();
    await phone.locator('[data-testid="run-progress"][data-state="succeeded"]').waitFor({ timeout: 60_000 });
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(phone, 'server-phone');
    await phone.getByRole('button', { name: 'Edit settings' }).click();
    await phone.getByTestId('server-settings-form').getByLabel('Display name').fill('Leeds fleet (phone)');
    // Back to A4: the deposits were computed with A4 paper, so only then does a re-read leave every total as it is.
    await phone.getByTestId('server-settings-form').getByLabel('A4 / A3, 80 g/m²').check();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(phone, 'settings-phone');
    await phone.getByRole('button', { name: 'Save settings' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Leeds fleet (phone)' }).waitFor();
    expect((await t.api('GET', `/v1/servers/${serverId}`, { key })).json).toMatchObject({
      name: 'Leeds fleet (phone)',
      paper_profile: 'a4',
    });

    await phone.goto(`/customers/${account.id}`);
    await phone.getByRole('button', { name: 'Re-sync dates of feed 1001' }).click();
    const phoneDialog = phone.getByTestId('resync-dialog');
    await phoneDialog.getByLabel('First day').fill(start);
    await phoneDialog.getByLabel('Last day').fill(yesterday);
    await phoneDialog.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => phoneDialog.getByTestId('resync-preview-text').textContent())
      .toBe('5 days would be re-read; no totals would change.');
    await phoneDialog.scrollIntoViewIfNeeded();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(phone, 'resync-phone');
    expect(errors).toEqual([]);
  }, 240_000);
});
