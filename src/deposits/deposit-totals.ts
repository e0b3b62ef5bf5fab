import { PERIOD_ZONE } from '../calendar.js';
import { DateTime } from 'luxon';
import type { PageTotals } from '../accounts/account.js';
import type { Db } from '../db/database.js';
import { subtreePageSums } from './deposit-queries.js';

/** Month-, quarter-, year-to-date and lifetime standard pages of each account's subtree, as of today. */
export async function pageTotals(db: Db, accountIds: string[], now: Date): Promise<Map<string, PageTotals>> {
  const totals = new Map<string, PageTotals>();
  if (!accountIds.length) return totals;
  const today = DateTime.fromJSDate(now).setZone(PERIOD_ZONE);
  const month = today.startOf('month').toISODate()!;
  const quarter = today.startOf('quarter').toISODate()!;
  const year = today.startOf('year').toISODate()!;
  const rows = await subtreePageSums(db, accountIds, { month, quarter, year });
  for (const r of rows) totals.set(r.id, { mtd: Number(r.mtd), qtd: Number(r.qtd), ytd: Number(r.ytd), ltd: Number(r.ltd) });
  return totals;
}
