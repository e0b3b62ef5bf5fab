import { addDays } from '../calendar.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../../test/factories/accounts.js';
import { useTestApp } from '../../test/harness/app.js';
import { buildFeed, buildFeedHistory, buildServerRow, letterCounters } from '../../test/factories/servers.js';

const t = useTestApp();
type Owner = Awaited<ReturnType<typeof buildAccount>>;
let provider: Owner;
let feedId: string;
const START = '2026-01-01';

beforeAll(async () => {
  provider = await buildAccount(t.app(), { name: 'Review Provider' });
  const customer = await buildAccount(t.app(), { name: 'Review Customer', parentId: provider.account_id });
  const db = t.app().db;
  const serverId = await buildServerRow(db, provider.account_id, { paper_profile: 'letter' });
  feedId = await buildFeed(db, customer.account_id, serverId, { external_id: '1', activation_date: addDays(START, 1) });

  // 40 ordinary days of 500 pages, then a device added with 80,000 pages on its meter (day 41),
  // 10 more ordinary days, a meter reset to 1,000 (day 52), then 5 ordinary days.
  const readings = [];
  let total = 100_000;
  for (let day = 0; day <= 57; day++) {
    if (day === 41) total += 80_000 + 500;
    else if (day === 52) total = 1_000;
    else if (day > 0) total += 500;
    readings.push({ date: addDays(START, day), counters: letterCounters(total) });
  }
  await buildFeedHistory(db, { id: feedId, account_id: customer.account_id, activation_date: addDays(START, 1) }, { readings });
});

async function deposits() {
  return t
    .app()
    .db.selectFrom('deposits')
    .select(['id', 'date', 'pages', 'status', 'raw_pages'])
    .where('feed_id', '=', feedId)
    .orderBy('date')
    .execute();
}

describe('negative differences and anomalies', () => {
  it('holds the device-added jump, re-bases after the meter reset, and deposits ordinary days', async () => {
    const rows = await deposits();
    expect(rows).toHaveLength(57);
    const held = rows.filter((r) => r.status === 'held');
    expect(held.map((r) => r.date)).toEqual([addDays(START, 41)]);
    expect(Number(held[0]!.pages)).toBe(0);
    expect(Number(held[0]!.raw_pages)).toBe(80_500);
    const reset = rows.find((r) => r.date === addDays(START, 52))!;
    expect(reset).toMatchObject({ status: 'rebased' });
    expect(Number(reset.pages)).toBe(0);
    const deposited = rows.filter((r) => r.status === 'deposited');
    expect(deposited.every((r) => Number(r.pages) === 500)).toBe(true);
    expect(deposited).toHaveLength(55);
  });

  it('explains a feed deposit with the two readings and the formula', async () => {
    const day = (await deposits()).find((r) => r.date === addDays(START, 10))!;
    const res = await t.api('GET', `/v1/deposits/${day.id}`, { key: provider.api_key });
    expect(res.status).toBe(200);
    expect(res.json.explanation.base.date).toBe(addDays(START, 9));
    expect(res.json.explanation.end.date).toBe(addDays(START, 10));
    expect(res.json.explanation.rawPages).toBe(500);
  });

  it('deposits an approved anomaly in full, and nothing twice', async () => {
    const held = (await deposits()).find((r) => r.status === 'held')!;
    const res = await t.api('POST', `/v1/deposits/${held.id}/approve`, { key: provider.api_key });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ status: 'deposited', pages: 80_500 });
    const total = (await deposits()).reduce((n, r) => n + Number(r.pages), 0);
    expect(total).toBe(55 * 500 + 80_500);
    const again = await t.api('POST', `/v1/deposits/${held.id}/approve`, { key: provider.api_key });
    expect(again.status).toBe(400);
  });
});

describe('the explanation shows what the rules did between a deposit and its base (rule 8)', () => {
  // Letter paper, so counters read as pages. Day 0 is the base; day 2 is a spike the counters come back down from,
  // day 4's answer failed validation (no reading), day 6 is a low reading the counters come back up from.
  const B = '2026-03-01';
  const totals: Array<[number, number]> = [
    [0, 10_000],
    [1, 10_500],
    [2, 2_000_000_000],
    [3, 11_500],
    [5, 12_500],
    [6, 0],
    [7, 13_500],
  ];
  let owner: Owner;
  let feed: string;
  const byDate = async (date: string) => {
    const row = await t
      .app()
      .db.selectFrom('deposits')
      .select(['id'])
      .where('feed_id', '=', feed)
      .where('date', '=', date)
      .executeTakeFirstOrThrow();
    const res = await t.api('GET', `/v1/deposits/${row.id}`, { key: owner.api_key });
    expect(res.status, res.text).toBe(200);
    return res.json;
  };

  beforeAll(async () => {
    owner = await buildAccount(t.app(), { name: 'Explained Provider' });
    const db = t.app().db;
    const serverId = await buildServerRow(db, owner.account_id, { paper_profile: 'letter' });
    feed = await buildFeed(db, owner.account_id, serverId, { external_id: '2', activation_date: addDays(B, 1) });
    await buildFeedHistory(
      db,
      { id: feed, account_id: owner.account_id, activation_date: addDays(B, 1) },
      {
        readings: totals.map(([day, total]) => ({ date: addDays(B, day), counters: letterCounters(total) })),
        rejected: [{ date: addDays(B, 4), field: 'monoTotal', value: '-1', message: 'monoTotal = -1 is not a counter.' }],
      },
    );
  });

  it('lists the spike the deposit is not measured from, with its reason', async () => {
    const d = await byDate(addDays(B, 3));
    expect(d.pages).toBe(1_000);
    expect(d.explanation).toMatchObject({ status: 'deposited', reason: null, rawPages: 1_000, skipped: [] });
    expect(d.explanation.base.date).toBe(addDays(B, 1));
    expect(d.explanation.ignored).toHaveLength(1);
    expect(d.explanation.ignored[0]).toMatchObject({ date: addDays(B, 2), status: 'glitch', rawPages: 2_000_000_000 - 10_500 });
    expect(d.explanation.ignored[0].reason).toMatch(/spike/);
  });

  it('lists the day whose answer failed validation, with its field and value', async () => {
    const d = await byDate(addDays(B, 5));
    expect(d.pages).toBe(1_000);
    expect(d.explanation.base.date).toBe(addDays(B, 3));
    expect(d.explanation.ignored).toEqual([]);
    expect(d.explanation.skipped).toEqual([
      { date: addDays(B, 4), field: 'monoTotal', value: '-1', message: 'monoTotal = -1 is not a counter.' },
    ]);
  });

  it('lists a low reading the counters came back from, and explains the glitch day itself', async () => {
    const d = await byDate(addDays(B, 7));
    expect(d.pages).toBe(1_000);
    expect(d.explanation.base.date).toBe(addDays(B, 5));
    expect(d.explanation.ignored).toMatchObject([{ date: addDays(B, 6), status: 'glitch', rawPages: -12_500 }]);
    const low = await byDate(addDays(B, 6));
    expect(low).toMatchObject({ pages: 0, status: 'glitch' });
    expect(low.explanation.status).toBe('glitch');
    expect(low.explanation.reason).toMatch(/came back/);
    const spike = await byDate(addDays(B, 2));
    expect(spike.explanation).toMatchObject({ status: 'glitch', rawPages: 2_000_000_000 - 10_500 });
  });
});
