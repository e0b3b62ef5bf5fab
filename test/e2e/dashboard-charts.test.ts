import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/calendar.js';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { buildDeposit } from '../factories/deposits.js';
import { buildFeedDeposit } from '../factories/feed-deposits.js';
import { buildFeed, buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR, signIn } from '../harness/browser.js';

/**
 * Charts that mean what they show (issue 19, item 5) and volume date ranges with a year-over-year view (item 8). Today
 * is Friday 4 December 2026 (the app's clock and the browser's). The customer's feed is activated in March 2026; its
 * deposits, chosen here (a day whose counters did not move has raw pages 0; covered_days: the days since they moved, 1
 * unless said):
 * - January, February: none (before activation); April: none (nothing collected): gaps;
 * - March: 1,000 on the 10th and on the 20th;
 * - May: 0 on Sat 30 and Sun 31 (two still days, fewer than 3 weekdays: a real zero month);
 * - June: 2,000 on the 15th, 500 on the 30th; then the counters stand still from 1 July through 2 August (a stale spell,
 *   no new data: July is a gap) and jump by 9,000 on Mon 3 August (the catch-up); 1,000 on 20 August;
 * - September: 700 on the 10th, first written on the 11th and rewritten on the 25th (a late, cached catch-up), 300 on the 11th;
 * - October: 500 on the 5th, first written on 20 November (a backfill: written late, but not rewritten: not a catch-up);
 * - November: 4,000 on the 10th; nothing on the 11th and 12th (no reading: 2 weekdays); 500 on Fri 13, 0 on Sat 14 and
 *   Sun 15 (real zeros), 600 on Mon 16; nothing 17–19, 400 on Fri 20 (the counters stood still for 3 weekdays: a catch-up);
 *   still from Sat 21 through Sun 29 (5 weekdays: stale), 5,000 on Mon 30 (the catch-up);
 * - December (partial): 100, 200 and 300 on the 1st to 3rd.
 * Manual deposits a year before: 8,000 on 10 November 2025, 3,000 on 2 December 2025 and 1,000 on 20 December 2025.
 */
const TODAY = '2026-12-04';
const clock = fixedClock(new Date(`${TODAY}T10:00:00Z`));
const t = useTestApp({ clock });
let browser: Browser;
let provider: Awaited<ReturnType<typeof buildAccount>>;
let customerId = '';

async function buildHistory() {
  const db = t.app().db;
  provider = await buildAccount(t.app(), { name: 'Charts MPS' });
  const customer = await buildAccount(t.app(), { name: 'Charts Customer', parentId: provider.account_id });
  customerId = customer.account_id;
  const serverId = await buildServerRow(db, provider.account_id, { paper_profile: 'letter' });
  const feedId = await buildFeed(db, customerId, serverId, { activation_date: '2026-03-01' });
  const onTime = (date: string) => new Date(`${addDays(date, 1)}T06:00:00Z`);
  const day = (date: string, pages: number, coveredDays: number, written: { createdAt?: Date; updatedAt?: Date } = {}) =>
    buildFeedDeposit(db, {
      accountId: customerId,
      feedId,
      date,
      pages,
      coveredDays,
      createdAt: written.createdAt ?? onTime(date),
      ...written,
    });
  await day('2026-03-10', 1000, 1);
  await day('2026-03-20', 1000, 1);
  await day('2026-05-30', 0, 1);
  await day('2026-05-31', 0, 2);
  await day('2026-06-15', 2000, 1);
  await day('2026-06-30', 500, 1);
  for (let n = 1; n <= 33; n++) await day(addDays('2026-06-30', n), 0, n); // 1 July – 2 August: still
  await day('2026-08-03', 9000, 34);
  await day('2026-08-20', 1000, 1);
  await day('2026-09-10', 700, 1, { createdAt: new Date('2026-09-11T06:00:00Z'), updatedAt: new Date('2026-09-25T06:00:00Z') });
  await day('2026-09-11', 300, 1);
  await day('2026-10-05', 500, 1, { createdAt: new Date('2026-11-20T06:00:00Z') });
  await day('2026-11-10', 4000, 1);
  await day('2026-11-13', 500, 3);
  await day('2026-11-14', 0, 1);
  await day('2026-11-15', 0, 2);
  await day('2026-11-16', 600, 3);
  await day('2026-11-20', 400, 4);
  for (let n = 1; n <= 9; n++) await day(addDays('2026-11-20', n), 0, n); // 21–29 November: still
  await day('2026-11-30', 5000, 10);
  await day('2026-12-01', 100, 1);
  await day('2026-12-02', 200, 1);
  await day('2026-12-03', 300, 1);
  await buildDeposit(db, customerId, '2025-11-10', 8000);
  await buildDeposit(db, customerId, '2025-12-02', 3000);
  await buildDeposit(db, customerId, '2025-12-20', 1000);
}

beforeAll(async () => {
  browser = await launchBrowser();
  await buildHistory();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const cov = (days_with_data: number, stale_days: number, catch_up_pages: number, last_data_date: string | null) => ({
  days_with_data,
  stale_days,
  catch_up_pages,
  last_data_date,
});

describe('GET /v1/accounts/:id/volume?coverage=true', () => {
  it('says per month which days had data, which had none new (a stale spell) and what was caught up', async () => {
    const r = await t.api(
      'GET',
      `/v1/accounts/${customerId}/volume?period=monthly&start_date=2026-01-01&end_date=2026-12-04&coverage=true`,
      {
        key: provider.api_key,
      },
    );
    expect(r.status).toBe(200);
    const rows = (r.json as Array<{ date: string; pages: number; coverage: unknown }>).map((v) => [
      localDate(new Date(v.date)).slice(0, 7),
      v.pages,
      v.coverage,
    ]);
    expect(rows).toEqual([
      ['2026-03', 2000, cov(2, 0, 0, '2026-03-20')],
      ['2026-05', 0, cov(2, 0, 0, '2026-05-31')],
      ['2026-06', 2500, cov(2, 0, 0, '2026-06-30')],
      ['2026-07', 0, cov(0, 31, 0, null)],
      ['2026-08', 10000, cov(2, 2, 9000, '2026-08-20')],
      ['2026-09', 1000, cov(2, 0, 700, '2026-09-11')],
      ['2026-10', 500, cov(1, 0, 0, '2026-10-05')],
      ['2026-11', 10500, cov(7, 9, 5400, '2026-11-30')],
      ['2026-12', 600, cov(3, 0, 0, '2026-12-03')],
    ]);
  });

  it('per day: a zero is data, a stale day is not, even when the range ends inside the spell', async () => {
    const get = async (q: string) =>
      (
        (await t.api('GET', `/v1/accounts/${customerId}/volume?period=daily&coverage=true&${q}`, { key: provider.api_key })).json as Array<{
          date: string;
          pages: number;
          coverage: unknown;
        }>
      ).map((v) => [localDate(new Date(v.date)), v.pages, v.coverage]);
    expect(await get('start_date=2026-11-10&end_date=2026-11-16')).toEqual([
      ['2026-11-10', 4000, cov(1, 0, 0, '2026-11-10')],
      ['2026-11-13', 500, cov(1, 0, 0, '2026-11-13')],
      ['2026-11-14', 0, cov(1, 0, 0, '2026-11-14')],
      ['2026-11-15', 0, cov(1, 0, 0, '2026-11-15')],
      ['2026-11-16', 600, cov(1, 0, 0, '2026-11-16')],
    ]);
    // Sat 21 and Sun 22 alone are two still days; the spell they start lasts through the 29th: stale.
    expect(await get('start_date=2026-11-21&end_date=2026-11-22')).toEqual([
      ['2026-11-21', 0, cov(0, 1, 0, null)],
      ['2026-11-22', 0, cov(0, 1, 0, null)],
    ]);
    expect(await get('start_date=2026-11-30&end_date=2026-11-30')).toEqual([['2026-11-30', 5000, cov(1, 0, 5000, '2026-11-30')]]);
  });

  it('without coverage the objects are as before (PrintReleaf); bad values are a 400 naming the field', async () => {
    const plain = (
      await t.api('GET', `/v1/accounts/${customerId}/volume?start_date=2026-12-01&end_date=2026-12-31`, { key: provider.api_key })
    ).json as Array<Record<string, unknown>>;
    expect(plain).toHaveLength(1);
    expect(plain[0]).not.toHaveProperty('coverage');
    expect(plain[0]).toMatchObject({ pages: 600, trees: 0.07, period: 'monthly' });
    for (const [q, field] of [
      ['coverage=maybe', 'coverage'],
      ['period=weekly', 'period'],
      ['start_date=2026-13-01', 'start_date'],
      ['start_date=2026-12-01&end_date=2026-11-01', 'start_date'],
    ] as const) {
      const bad = await t.api('GET', `/v1/accounts/${customerId}/volume?${q}`, { key: provider.api_key });
      expect(bad.status, q).toBe(400);
      expect(bad.json.error, q).toMatch(new RegExp(`^${field}\\b`));
    }
  });
});

async function openCustomer(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, ignoreHTTPSErrors: true, baseURL: t.url() });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
  await signIn(page, provider);
  await page.goto(`/customers/${customerId}`);
  await page.getByTestId('monthly-chart').locator('svg [data-series="current"]').first().waitFor({ state: 'attached' });
  return page;
}

const trimmed = async (l: Locator) => (await l.textContent())?.trim();

/** Each bar's period and state, as "2026-07 gap/stale" (the gap's reason after a slash). */
const states = async (bars: Locator, unit: 'month' | 'day') =>
  Promise.all(
    (await bars.all()).map(async (b) => {
      const gap = await b.getAttribute('data-gap');
      return `${await b.getAttribute(`data-${unit}`)} ${await b.getAttribute('data-state')}${gap ? `/${gap}` : ''}`;
    }),
  );

/** Periods are London days: the API's dates are their starts (London midnight) in UTC. */
/** The ticks' dates and x positions: evenly stepped (every month, or every n-th; days every 1, 2, 7… days) and spaced. */
async function expectEvenTicks(chart: Locator, unit: 'month' | 'day' = 'month') {
  const ticks = await chart.locator('svg [data-tick]').all();
  const dates = await Promise.all(ticks.map((t) => t.getAttribute('data-tick')));
  const xs = await Promise.all(ticks.map(async (t) => Number(await t.getAttribute('data-tick-x'))));
  expect(dates.length).toBeGreaterThanOrEqual(2);
  const between = (a: string, b: string) =>
    unit === 'day'
      ? (Date.parse(b) - Date.parse(a)) / 86_400_000
      : (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  const step = between(dates[0]!, dates[1]!);
  expect(unit === 'day' ? [1, 2, 7, 14, 28, 56] : [1, 2, 3, 4, 6, 12]).toContain(step);
  for (let i = 1; i < dates.length; i++) {
    expect(between(dates[i - 1]!, dates[i]!)).toBe(step);
    expect(Math.abs(xs[i]! - xs[i - 1]! - (xs[1]! - xs[0]!))).toBeLessThan(1.5);
  }
  await expect(chart.getAttribute('data-tick-step')).resolves.toBe(String(step));
  // Labels never crowd: at least 30 px apart.
  expect(xs[1]! - xs[0]!).toBeGreaterThan(30);
  return { dates, step };
}

const MONTH_STATES = [
  '2026-01 gap/no-data',
  '2026-02 gap/no-data',
  '2026-03 data',
  '2026-04 gap/no-data',
  '2026-05 zero',
  '2026-06 data',
  '2026-07 gap/stale',
  '2026-08 catch-up',
  '2026-09 catch-up',
  '2026-10 data',
  '2026-11 catch-up',
  '2026-12 partial',
];

describe('the monthly and daily volume charts', () => {
  for (const [name, viewport] of [
    ['laptop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`draw gaps as gaps, zeros as zeros, the partial month and catch-ups marked, with axis titles and even ticks (${name})`, async () => {
      const page = await openCustomer(viewport);
      const chart = page.getByTestId('monthly-chart');
      const bars = chart.locator('svg [data-series="current"]');
      expect(await states(bars, 'month')).toEqual(MONTH_STATES);
      const bar = (m: string) => chart.locator(`svg [data-series="current"][data-month="${m}"]`);
      // Gaps draw no bar (a dotted baseline), a zero a flat line, the partial month a light dashed bar.
      await expect(bar('2026-07').locator('path, rect').count()).resolves.toBe(0);
      await expect(bar('2026-01').locator('path, rect').count()).resolves.toBe(0);
      await expect(bar('2026-05').getAttribute('data-pages')).resolves.toBe('0');
      await expect(bar('2026-05').locator('rect').getAttribute('height')).resolves.toBe('2');
      await expect(bar('2026-03').getAttribute('data-pages')).resolves.toBe('2000');
      await expect(bar('2026-12').getAttribute('data-pages')).resolves.toBe('600');
      await expect(chart.locator('svg [data-catch-up-marker]').count()).resolves.toBe(3);
      await expect(trimmed(chart.getByTestId('legend-partial'))).resolves.toBe('December 2026 so far (partial: through 3 Dec)');
      await expect(trimmed(chart.getByTestId('legend-catch-up'))).resolves.toMatch(/includes catch-up after a stale spell$/);
      // Axis titles: months below, standard pages on the left and the same scale in trees on the right.
      for (const title of ['Month', 'Standard pages', 'Trees']) {
        await expect(chart.locator('svg text', { hasText: new RegExp(`^${title}$`) }).count(), title).resolves.toBe(1);
      }
      // One scale: pages ticks 0, 5,000, 10,000, 15,000 (the largest month 10,500) and the same lines in trees
      // (÷ 8,333: 0.60, 1.20, 1.80).
      for (const tick of ['5,000', '15,000', '0.60', '1.20', '1.80']) {
        await expect(chart.locator('svg text', { hasText: new RegExp(`^${tick}$`) }).count(), tick).resolves.toBe(1);
      }
      await expect(chart.locator('svg text', { hasText: /^partial$/ }).count()).resolves.toBe(1);
      const { dates, step } = await expectEvenTicks(chart);
      expect(dates.at(-1)).toBe('2026-12-01'); // counted back from the running month, so it always has its label
      if (name === 'laptop') expect(step).toBe(1);
      // The totals count only months with data: 2,000 + 0 + 2,500 + 10,000 + 1,000 + 500 + 10,500 + 600 = 27,100.
      await expect(page.getByTestId('monthly-total').getAttribute('data-pages')).resolves.toBe('27100');
      // The accessible fallback: a titled figure, an image labelled with the values, and the table.
      await expect(chart.locator('figcaption').textContent()).resolves.toBe('Standard pages per month, January 2026 – December 2026');
      const label = await chart.locator('[role="img"]').getAttribute('aria-label');
      expect(label).toContain('July 2026: no new data (stale spell)');
      expect(label).toContain('May 2026: 0 standard pages');
      expect(label).toContain('December 2026: 600 standard pages, partial: through 3 Dec');
      expect(label).toContain('August 2026: 10,000 standard pages, includes 9,000 caught up after a stale spell, 2 days without new data');
      await expect(chart.locator('tr[data-month="2026-07"]').getAttribute('data-state')).resolves.toBe('gap');
      await expect(chart.locator('tr[data-month="2026-01"]').getAttribute('data-has-data')).resolves.toBe('false');

      // The daily chart (30 days through yesterday: 4 November – 3 December).
      const daily = page.getByTestId('daily-chart');
      const day = (d: string) => daily.locator(`svg [data-day="${d}"]`);
      await day('2026-11-10').waitFor();
      const dayStates = await states(daily.locator('svg [data-series="current"]'), 'day');
      expect(dayStates).toHaveLength(30);
      expect(dayStates.filter((s) => s.includes('2026-11-1') || s.includes('2026-11-2') || s.includes('2026-11-30'))).toEqual([
        '2026-11-10 data',
        '2026-11-11 gap/no-data',
        '2026-11-12 gap/no-data',
        '2026-11-13 data',
        '2026-11-14 zero',
        '2026-11-15 zero',
        '2026-11-16 data',
        '2026-11-17 gap/no-data',
        '2026-11-18 gap/no-data',
        '2026-11-19 gap/no-data',
        '2026-11-20 catch-up',
        '2026-11-21 gap/stale',
        '2026-11-22 gap/stale',
        '2026-11-23 gap/stale',
        '2026-11-24 gap/stale',
        '2026-11-25 gap/stale',
        '2026-11-26 gap/stale',
        '2026-11-27 gap/stale',
        '2026-11-28 gap/stale',
        '2026-11-29 gap/stale',
        '2026-11-30 catch-up',
      ]);
      await expect(daily.locator('svg text', { hasText: /^Day$/ }).count()).resolves.toBe(1);
      await expect(daily.locator('svg text', { hasText: /^Standard pages$/ }).count()).resolves.toBe(1);
      await expectEvenTicks(daily, 'day');
      // 4,000 + 500 + 600 + 400 + 5,000 + 100 + 200 + 300 = 11,100.
      await expect(page.getByTestId('daily-total').getAttribute('data-pages')).resolves.toBe('11100');

      await page.getByTestId('monthly-volume').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(RESULTS_DIR, `charts-${name}.png`), fullPage: true });
      type Doc = { document: { documentElement: { scrollWidth: number } } };
      expect(await page.evaluate(() => (globalThis as unknown as Doc).document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.context().close();
    });

    it(`take a date range and compare with a year before (${name})`, async () => {
      const page = await openCustomer(viewport);
      const card = page.getByTestId('monthly-volume');
      const chart = card.getByTestId('monthly-chart');

      // Year over year: the same months a year before, beside them; December 2025 through the same day (3,000, not 4,000).
      await card.getByTestId('volume-yoy').check();
      const previous = (m: string) => chart.locator(`svg [data-series="previous"][data-month="${m}"]`);
      await previous('2025-11').waitFor();
      await expect(previous('2025-11').getAttribute('data-pages')).resolves.toBe('8000');
      await expect(previous('2025-12').getAttribute('data-pages')).resolves.toBe('3000');
      await expect(previous('2025-03').getAttribute('data-state')).resolves.toBe('gap');
      await expect(chart.locator('svg [data-series="previous"]').count()).resolves.toBe(12);
      await expect(trimmed(chart.getByTestId('legend-previous'))).resolves.toBe('January 2025 – December 2025 (a year before)');
      await expect(chart.locator('tr[data-month="2026-11"] [data-previous-month="2025-11"]').textContent()).resolves.toBe('8,000');
      expect(await states(chart.locator('svg [data-series="current"]'), 'month')).toEqual(MONTH_STATES);
      await expectEvenTicks(chart);
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(RESULTS_DIR, `charts-yoy-${name}.png`) });
      await card.getByTestId('volume-yoy').uncheck();

      // Last year: whole months, none partial.
      await card.getByRole('button', { name: 'Last year' }).click();
      const last = (m: string) => chart.locator(`svg [data-series="current"][data-month="${m}"]`);
      await last('2025-12').waitFor();
      await expect(last('2025-12').getAttribute('data-pages')).resolves.toBe('4000');
      await expect(last('2025-12').getAttribute('data-state')).resolves.toBe('data');
      await expect(chart.locator('svg [data-series="current"]').count()).resolves.toBe(12);
      await expect(chart.getByTestId('legend-partial').count()).resolves.toBe(0);
      await expect(card.getByTestId('volume-from').inputValue()).resolves.toBe('2025-01');

      // This year: January to December 2026.
      await card.getByRole('button', { name: 'This year' }).click();
      await last('2026-12').waitFor();
      await expect(chart.locator('svg [data-series="current"]').count()).resolves.toBe(12);

      // From/to: June – August 2026, every month ticked.
      await card.getByTestId('volume-from').fill('2026-06');
      await card.getByTestId('volume-to').fill('2026-08');
      await expect.poll(() => chart.locator('svg [data-series="current"]').count()).toBe(3);
      expect(await states(chart.locator('svg [data-series="current"]'), 'month')).toEqual([
        '2026-06 data',
        '2026-07 gap/stale',
        '2026-08 catch-up',
      ]);
      const { dates, step } = await expectEvenTicks(chart);
      expect([dates, step]).toEqual([['2026-06-01', '2026-07-01', '2026-08-01'], 1]);
      await expect(card.getByTestId('download-monthly-volume').count()).resolves.toBe(1);
      // From after to: said, and nothing drawn.
      await card.getByTestId('volume-from').fill('2026-10');
      await expect(card.getByTestId('volume-range-error').textContent()).resolves.toBe('From must not be after To.');
      await expect(card.getByTestId('monthly-chart').count()).resolves.toBe(0);
      await page.context().close();
    });
  }

  it("the provider's overview shows the same months, over all its customers", async () => {
    const page = await openCustomer({ width: 1280, height: 900 });
    await page.goto('/');
    const chart = page.getByTestId('monthly-chart');
    await chart.locator('svg [data-series="current"]').first().waitFor({ state: 'attached' });
    expect(await states(chart.locator('svg [data-series="current"]'), 'month')).toEqual(MONTH_STATES);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'charts-overview-laptop.png') });
    await page.context().close();
  });
});
