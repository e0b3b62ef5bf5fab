import { addDays, localDate } from '../../src/calendar.js';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { buildFeed, buildFeedHistory, buildServerRow, letterCounters } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { RESULTS_DIR, signIn, useBrowser } from '../harness/browser.js';

// The dashboard shows why a feed cannot advance (health_reason, in words) and the maths of a deposit: the readings
// ignored between it and its base, and the days whose portal answer was invalid (issue 15, rules 6 and 8).
const t = useTestApp();
const browser = useBrowser();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** '2026-11-28' → "28 Nov 2026", as the dashboard shows a day. */
const shownDay = (date: string) => `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

describe('the dashboard explains deposits and unhealthy feeds', () => {
  it('shows the reason in words, the glitch ignored and the day skipped', async () => {
    const provider = await buildAccount(t.app(), { name: 'Explaining MPS' });
    const customer = await buildAccount(t.app(), { name: 'Glitchy Customer', parentId: provider.account_id });
    const db = t.app().db;
    // Eight days ending the day before yesterday, inside the page's default 30 days: day 3 is a spike the counters
    // come back down from, day 5's answer was invalid (no reading), so day 6 is measured from day 4.
    const d0 = addDays(localDate(new Date()), -9);
    const serverId = await buildServerRow(db, provider.account_id, { paper_profile: 'letter' });
    const feedId = await buildFeed(db, customer.account_id, serverId, {
      external_id: '77',
      activation_date: addDays(d0, 1),
      health_check: 'unhealthy',
      health_reason: 'invalid_data',
      health_check_reason: 'The portal has answered with invalid counters for 3 business days.',
      health_check_changed_at: new Date(),
    });
    const totals: Array<[number, number]> = [
      [0, 50_000],
      [1, 50_400],
      [2, 50_800],
      [3, 900_000_000],
      [4, 51_600],
      [6, 52_400],
    ];
    await buildFeedHistory(
      db,
      { id: feedId, account_id: customer.account_id, activation_date: addDays(d0, 1) },
      {
        readings: totals.map(([day, total]) => ({ date: addDays(d0, day), counters: letterCounters(total) })),
        rejected: [{ date: addDays(d0, 5), field: 'colourTotal', value: '-3', message: 'colourTotal = -3: not a counter.' }],
      },
    );

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, provider);

    // The overview and the customer's feed list say why, in words.
    await page.getByTestId('health-summary').locator('[data-reason="invalid_data"]').waitFor();
    await expect(page.getByTestId('health-summary').textContent()).resolves.toContain("The portal's answers are invalid");
    await page.goto(`/customers/${customer.account_id}`);
    const reason = page.locator('.health-reason[data-reason="invalid_data"]');
    await reason.first().waitFor();
    await expect(reason.first().textContent()).resolves.toContain("The portal's answers are invalid");

    // Day 4: 51,600 − 50,800 = 800 pages, measured past the spike of day 3.
    await page.getByText(/^Daily deposits,/).click();
    const day4 = shownDay(addDays(d0, 4));
    const row4 = page.getByRole('row').filter({ hasText: day4 });
    await row4.getByRole('button', { name: /^Explain/ }).click();
    const panel = page.getByTestId('deposit-explanation');
    await panel.getByTestId('ignored-readings').waitFor();
    await expect(panel.getByText('51600 − 50800 = 800').count()).resolves.toBe(1);
    const ignored = panel.getByTestId('ignored-readings');
    await expect(ignored.getByRole('row').count()).resolves.toBe(2); // heading + the spike
    await expect(ignored.textContent()).resolves.toMatch(/Glitch.*899,949,200.*spike/);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-explanation-spike.png'), fullPage: true });

    // Day 6: 52,400 − 51,600 = 800 pages over two days, day 5 skipped for its invalid colourTotal.
    await panel.getByRole('button', { name: 'Close' }).click();
    const day6 = shownDay(addDays(d0, 6));
    await page
      .getByRole('row')
      .filter({ hasText: day6 })
      .getByRole('button', { name: /^Explain/ })
      .click();
    const skipped = panel.getByTestId('skipped-days');
    await skipped.waitFor();
    await expect(panel.getByText('52400 − 51600 = 800').count()).resolves.toBe(1);
    await expect(skipped.textContent()).resolves.toContain('colourTotal');
    await expect(skipped.textContent()).resolves.toContain('-3');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-explanation-skipped.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
