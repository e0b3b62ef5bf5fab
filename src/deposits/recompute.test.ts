import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { QueryCounter } from '../db/query-counter.js';
import { buildAccount } from '../../test/factories/accounts.js';
import { buildFeed, buildReadings, buildServerRow, letterCounters } from '../../test/factories/servers.js';
import { useTestApp } from '../../test/harness/app.js';
import { LETTER_PROFILE } from '../standard-pages.js';
import { computeDeposits, DEFAULT_DEPOSIT_RULES } from './deposit-rules.js';
import { recomputeDeposits } from './recompute.js';

const t = useTestApp();
const START = '2021-01-01';

/** Two years of a letter-paper feed (pages = counters): 300 to 700 a day, with a zero day, a spike and a meter reset. */
function history(days: number) {
  const out = [];
  let total = 50_000;
  for (let day = 0; day <= days; day++) {
    if (day === 400)
      total = 2_000; // a meter replaced: it stays low
    else if (day > 0) total += 300 + ((day * 37) % 400);
    const shown = day === 200 ? 0 : day === 300 ? total * 50 : total;
    out.push({ date: addDays(START, day), counters: letterCounters(shown) });
  }
  return out;
}

describe('recomputeDeposits from the earliest change, in the database', () => {
  it('writes the deposits of a full recomputation, reading a bounded part of the history', async () => {
    const owner = await buildAccount(t.app(), { name: 'Incremental Provider' });
    const db = t.app().db;
    const serverId = await buildServerRow(db, owner.account_id, { paper_profile: 'letter' });
    const feedId = await buildFeed(db, owner.account_id, serverId, { external_id: '5', activation_date: addDays(START, 1) });
    const feed = { id: feedId, account_id: owner.account_id, activation_date: addDays(START, 1) };
    const all = history(730);
    await buildReadings(db, feedId, all.slice(0, 720));
    await db.transaction().execute((tx) => recomputeDeposits(tx, feed, LETTER_PROFILE, new Date(), DEFAULT_DEPOSIT_RULES));

    // Ten nights, one day each, recomputed from the new day only.
    const counter = new QueryCounter();
    const counted = db.withPlugin(counter);
    for (const r of all.slice(720)) {
      await buildReadings(db, feedId, [r]);
      const result = await counted
        .transaction()
        .execute((tx) => recomputeDeposits(tx, feed, LETTER_PROFILE, new Date(), DEFAULT_DEPOSIT_RULES, r.date));
      expect(result.startedAt).not.toBeNull();
    }
    // Per night: the first 94 readings (the early volume), 18 before the change, the new one, ≤ 91 deposits with pages.
    expect(counter.rows / 10).toBeLessThan(300); // a full recomputation reads the 720+ readings each night

    const rows = await db
      .selectFrom('deposits')
      .select(['date', 'pages', 'status', 'base_date', 'raw_pages', 'covered_days'])
      .where('feed_id', '=', feedId)
      .orderBy('date')
      .execute();
    const truth = computeDeposits(all, LETTER_PROFILE, new Map(), DEFAULT_DEPOSIT_RULES);
    expect(rows.map((r) => [r.date, Number(r.pages), r.status, r.base_date, Number(r.raw_pages), r.covered_days])).toEqual(
      truth.map((d) => [d.date, d.pages, d.status, d.baseDate, d.rawPages, d.coveredDays]),
    );
    // The rules did their work in this history: the zero day and the spike are glitches, the replaced meter a reset.
    const status = new Map(truth.map((d) => [d.date, d.status]));
    expect([status.get(addDays(START, 200)), status.get(addDays(START, 300)), status.get(addDays(START, 400))]).toEqual([
      'glitch',
      'glitch',
      'rebased',
    ]);
  });
});
