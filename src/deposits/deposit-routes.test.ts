import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../../test/factories/accounts.js';
import { useTestApp } from '../../test/harness/app.js';
import { manualStandardPages } from './deposit.js';

const t = useTestApp({ clock: fixedClock(new Date('2026-03-20T12:00:00Z')) });
type Owner = Awaited<ReturnType<typeof buildAccount>>;
let provider: Owner;
let customer: Owner;
let stranger: Owner;

beforeAll(async () => {
  provider = await buildAccount(t.app(), { name: 'Deposit Provider' });
  customer = await buildAccount(t.app(), { name: 'Deposit Customer', parentId: provider.account_id });
  stranger = await buildAccount(t.app(), { name: 'Stranger' });
});

describe('manual deposits', () => {
  it('converts pages of other paper to standard pages by mass; a bare page count is standard pages', () => {
    expect(manualStandardPages({ pages: 16666 })).toBe(16666);
    // The reference quote: 20,000 × 0.2127 × 0.2762 m at 216 g/m² + 400,000 at 89 g/m² = 525,377 standard pages.
    expect(
      manualStandardPages({ pages: 20000, width: 0.2127, height: 0.2762, density: 216 }) +
        manualStandardPages({ pages: 400000, width: 0.2127, height: 0.2762, density: 89 }),
    ).toBeCloseTo(525377, -1);
    expect(manualStandardPages({ pages: 1000, width: 0.21, height: 0.297, density: 80 })).toBe(1118); // A4 80 g/m²
  });

  it('creates, lists by date, finds and deletes a manual deposit, and counts it in volume and totals', async () => {
    const created = await t.api('POST', `/v1/accounts/${customer.account_id}/deposits`, {
      key: provider.api_key,
      body: { pages: 16666, date: '2026-03-02' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({
      account_id: customer.account_id,
      feed_id: null,
      date: '2026-03-02T00:00:00Z',
      pages: 16666,
      standard_pages: 16666,
      width: 0.2159,
      height: 0.2794,
      density: 74,
      gsm: 74,
      paper_type_id: null,
      status: 'deposited',
    });
    const other = await t.api('POST', `/v1/accounts/${customer.account_id}/deposits`, {
      key: provider.api_key,
      body: { pages: 500, date: '2026-02-10', width: 0.21, height: 0.297, gsm: 80 },
    });
    expect(other.json.standard_pages).toBe(559);

    const march = await t.api('GET', `/v1/accounts/${customer.account_id}/deposits?start_date=2026-03-01&end_date=2026-03-31`, {
      key: provider.api_key,
    });
    expect(march.json.map((d: { id: string }) => d.id)).toEqual([created.json.id]);
    // The JS client sends list filters as a JSON body on the GET.
    const viaBody = await t.api('GET', `/v1/accounts/${customer.account_id}/deposits`, {
      key: provider.api_key,
      body: { start_date: '2026-02-01', end_date: '2026-02-28' },
    });
    expect(viaBody.json.map((d: { id: string }) => d.id)).toEqual([other.json.id]);

    const found = await t.api('GET', `/v1/deposits/${created.json.id}`, { key: customer.api_key });
    expect(found.status).toBe(200);
    expect((await t.api('GET', `/v1/deposits/${created.json.id}`, { key: stranger.api_key })).status).toBe(404);

    const monthly = await t.api('GET', `/v1/accounts/${provider.account_id}/volume?start_date=2026-01-01&end_date=2026-03-31`, {
      key: provider.api_key,
    });
    // The equivalents with the shipped factors (0.0127 kg, 0.3553 L, 0.04647 kWh, 0.01786 kg a page), worked by hand:
    // 559 × 0.0127 = 7.0993; × 0.3553 = 198.6127; × 0.04647 = 25.97673; × 0.01786 = 9.98374 (two decimals, halves up).
    expect(monthly.json).toEqual([
      {
        account_id: provider.account_id,
        date: '2026-02-01T00:00:00Z',
        period: 'monthly',
        pages: 559,
        trees: 0.07,
        co2e_kg: 7.1,
        water_l: 198.61,
        energy_kwh: 25.98,
        wood_kg: 9.98,
        factors_version: 'epn-2024.1',
      },
      {
        account_id: provider.account_id,
        date: '2026-03-01T00:00:00Z',
        period: 'monthly',
        pages: 16666,
        trees: 2,
        co2e_kg: 211.66,
        water_l: 5921.43,
        energy_kwh: 774.47,
        wood_kg: 297.65,
        factors_version: 'epn-2024.1',
      },
    ]);
    const daily = await t.api('GET', `/v1/volume?period=daily&start_date=2026-03-01&end_date=2026-03-03`, { key: customer.api_key });
    // 16,666 × 0.0127 = 211.6582; × 0.3553 = 5,921.4298; × 0.04647 = 774.46902; × 0.01786 = 297.65476.
    expect(daily.json).toEqual([
      {
        account_id: customer.account_id,
        date: '2026-03-02T00:00:00Z',
        period: 'daily',
        pages: 16666,
        trees: 2,
        co2e_kg: 211.66,
        water_l: 5921.43,
        energy_kwh: 774.47,
        wood_kg: 297.65,
        factors_version: 'epn-2024.1',
      },
    ]);

    const totals = (await t.api('GET', '/v1/account', { key: provider.api_key })).json;
    expect(totals).toMatchObject({ mtd_pages: 16666, qtd_pages: 17225, ytd_pages: 17225, ltd_pages: 17225, mtd_trees: 2, ltd_trees: 2.07 });

    expect((await t.api('DELETE', `/v1/deposits/${created.json.id}`, { key: customer.api_key })).status).toBe(403);
    const deleted = await t.api('DELETE', `/v1/deposits/${created.json.id}`, { key: provider.api_key });
    expect(deleted.json).toMatchObject({ id: created.json.id, deleted: true });
    expect((await t.api('GET', `/v1/deposits/${created.json.id}`, { key: provider.api_key })).status).toBe(404);
  });

  it.each([
    [{ pages: 0 }, /pages/],
    [{ pages: 1.5 }, /pages/],
    [{ pages: 'ten' }, /pages/],
    [{ pages: 10, date: '2026-13-01' }, /date/],
    [{ pages: 10, density: 80, gsm: 90 }, /density/],
  ])('rejects %j with 400', async (body, message) => {
    const res = await t.api('POST', '/v1/deposits', { key: provider.api_key, body });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(message);
  });

  it('rejects a reversed date range', async () => {
    const res = await t.api('GET', '/v1/deposits?start_date=2026-03-02&end_date=2026-03-01', { key: provider.api_key });
    expect(res.status).toBe(400);
  });
});
