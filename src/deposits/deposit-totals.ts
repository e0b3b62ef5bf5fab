import { PERIOD_ZONE } from '../calendar.js';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { PageTotals } from '../accounts/account.js';
import type { Db } from '../db/database.js';

/** Month-, quarter-, year-to-date and lifetime standard pages of each account's subtree, as of today. */
export async function pageTotals(db: Db, accountIds: string[], now: Date): Promise<Map<string, PageTotals>> {
  const totals = new Map<string, PageTotals>();
  if (!accountIds.length) return totals;
  const today = DateTime.fromJSDate(now).setZone(PERIOD_ZONE);
  const month = today.startOf('month').toISODate()!;
  const quarter = today.startOf('quarter').toISODate()!;
  const year = today.startOf('year').toISODate()!;
  const rows = await db
    .selectFrom('accounts as root')
    .innerJoin('accounts as a', (j) => j.on(sql<boolean>`a.ancestry @> ARRAY[root.id]`))
    .innerJoin('deposits as d', 'd.account_id', 'a.id')
    .select([
      'root.id as id',
      sql<string>`coalesce(sum(d.standard_pages) FILTER (WHERE d.date >= ${month}::date), 0)`.as('mtd'),
      sql<string>`coalesce(sum(d.standard_pages) FILTER (WHERE d.date >= ${quarter}::date), 0)`.as('qtd'),
      sql<string>`coalesce(sum(d.standard_pages) FILTER (WHERE d.date >= ${year}::date), 0)`.as('ytd'),
      sql<string>`coalesce(sum(d.standard_pages), 0)`.as('ltd'),
    ])
    .where('root.id', 'in', accountIds)
    .groupBy('root.id')
    .execute();
  for (const r of rows) totals.set(r.id, { mtd: Number(r.mtd), qtd: Number(r.qtd), ytd: Number(r.ytd), ltd: Number(r.ltd) });
  return totals;
}
