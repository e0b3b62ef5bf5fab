import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { addDays, localDate } from '../../src/calendar.js';
import { buildFeed, buildFeedHistory, buildServerRow, letterCounters } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { RESULTS_DIR, signIn, useBrowser } from '../harness/browser.js';

/**
 * Honest status (issue 19, item 3): without SMTP, a notification is only written to the log; the dashboard says so
 * ("logged only: e-mail is not configured", and how to set it up), never "delivered".
 */
const t = useTestApp(); // the test config has no SMTP_URL
const browser = useBrowser();

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

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page = await context.newPage();
    await signIn(page, provider);
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

  it('a feed whose data stopped says "last new data <day>", not how far it was collected', async () => {
    const provider = await buildAccount(t.app(), { name: 'Stopped Data MPS' });
    const customer = await buildAccount(t.app(), { name: 'Quiet Customer', parentId: provider.account_id });
    const db = t.app().db;
    const yesterday = addDays(localDate(new Date()), -1);
    const d0 = addDays(yesterday, -11);
    const serverId = await buildServerRow(db, provider.account_id, { paper_profile: 'letter' });
    const feedId = await buildFeed(db, customer.account_id, serverId, {
      external_id: '88',
      activation_date: addDays(d0, 1),
      checkpoint_date: yesterday,
      health_check: 'unhealthy',
      health_reason: 'dca_stale',
      health_check_reason: 'DCA stale: no new data for 5 business days.',
      health_check_changed_at: new Date(),
    });
    // The counters move on days 0–3, then stay as they are through yesterday (the agent stopped after day 3).
    const readings = Array.from({ length: 12 }, (_, day) => ({
      date: addDays(d0, day),
      counters: letterCounters(10_000 + 100 * Math.min(day, 3)),
    }));
    await buildFeedHistory(db, { id: feedId, account_id: customer.account_id, activation_date: addDays(d0, 1) }, { readings });
    const feed = (await t.api('GET', `/v1/feeds/${feedId}`, { key: provider.api_key })).json;
    expect([feed.synced_through, feed.last_new_data]).toEqual([yesterday, addDays(d0, 3)]);

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page = await context.newPage();
    await signIn(page, provider);
    await page.goto(`/customers/${customer.account_id}`);
    const last = page.getByTestId('last-new-data');
    await last.waitFor();
    const d3 = addDays(d0, 3);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    expect(await last.textContent()).toBe(`last new data ${Number(d3.slice(8))} ${months[Number(d3.slice(5, 7)) - 1]} ${d3.slice(0, 4)}`);
    await context.close();
  });
});
