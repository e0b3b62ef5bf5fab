import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { buildAccount } from '../../test/factories/accounts.js';
import { buildFeed, buildReadings, buildServerRow, letterCounters } from '../../test/factories/servers.js';
import { useTestApp } from '../../test/harness/app.js';
import { lastChangeDates } from './reading-queries.js';

const t = useTestApp();

/** The definition, written out: the latest date, after the first reading, whose counters differ from the reading before. */
function lastChange(totals: number[], start: string): string | undefined {
  let last: string | undefined;
  for (let i = 1; i < totals.length; i++) if (totals[i] !== totals[i - 1]) last = addDays(start, i);
  return last;
}

describe('lastChangeDates', () => {
  it('is the latest day the counters moved, for flat spells, back-and-forth counters and feeds that never moved', async () => {
    const owner = await buildAccount(t.app(), { name: 'Last Change Provider' });
    const db = t.app().db;
    const serverId = await buildServerRow(db, owner.account_id);
    const start = '2025-01-01';
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const series: number[][] = [
      [100], // one reading
      [100, 100, 100, 100], // never moved
      [100, 200, 100], // back to an earlier level: that is a move
      [100, 200, 300, 300, 300, 300, 300], // a flat spell at the end
      [100, 200, 200, 200, 250], // moved on the last day
    ];
    for (let k = 0; k < 15; k++) {
      let total = 1_000;
      series.push(
        Array.from({ length: 20 + next(200) }, () => {
          if (next(3) > 0) total += next(4) === 0 ? 0 : next(500);
          return next(25) === 0 ? 0 : total;
        }),
      );
    }
    const feeds: string[] = [];
    const expected = new Map<string, string>();
    for (const totals of series) {
      const id = await buildFeed(db, owner.account_id, serverId, { activation_date: addDays(start, 1) });
      await buildReadings(
        db,
        id,
        totals.map((x, i) => ({ date: addDays(start, i), counters: letterCounters(x) })),
      );
      feeds.push(id);
      const want = lastChange(totals, start);
      if (want) expected.set(id, want);
    }
    expect(expected.size).toBeGreaterThan(15);
    expect(await lastChangeDates(db, feeds)).toEqual(expected);
  });
});
