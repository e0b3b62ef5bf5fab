import { nextMonth } from '../../src/calendar.js';
import type { Db } from '../../src/db/database.js';
import { insertManualDeposit } from '../../src/deposits/deposit-queries.js';

/**
 * A manual deposit of letter-size pages (standard pages = pages) on `date`, written by the same query the deposit
 * service uses (for history a test needs, whatever the service's bounds on manual deposits).
 */
export async function buildDeposit(db: Db, accountId: string, date: string, pages: number): Promise<string> {
  const now = new Date(`${date}T12:00:00Z`);
  const row = await insertManualDeposit(db, {
    account_id: accountId,
    feed_id: null,
    date,
    pages,
    standard_pages: pages,
    status: 'deposited',
    width: null,
    height: null,
    density: null,
    paper_type_id: null,
    covered_days: null,
    created_at: now,
    updated_at: now,
  });
  return row.id;
}

/** One deposit on the 15th of each month from `from` to `to` (YYYY-MM-01, both included), `pages` each; returns how many. */
export async function buildMonthlyDeposits(db: Db, accountId: string, from: string, to: string, pages: number): Promise<number> {
  let n = 0;
  for (let month = from; month <= to; month = nextMonth(month), n++) await buildDeposit(db, accountId, `${month.slice(0, 7)}-15`, pages);
  return n;
}
