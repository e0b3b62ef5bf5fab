import type { Db } from '../../src/db/database.js';
import { insertManualDeposit } from '../../src/deposits/deposit-queries.js';

/**
 * A feed's deposit of letter pages as the collector leaves it (standard pages = pages), with the stored figures a test
 * chooses: `rawPages` 0 for a day whose counters did not move, `coveredDays` the days since they last moved, and
 * when the row was first written (`createdAt`) and last rewritten (`updatedAt`; default: when created).
 */
export async function buildFeedDeposit(
  db: Db,
  d: { accountId: string; feedId: string; date: string; pages: number; coveredDays: number; createdAt: Date; updatedAt?: Date },
): Promise<void> {
  await insertManualDeposit(db, {
    account_id: d.accountId,
    feed_id: d.feedId,
    date: d.date,
    pages: d.pages,
    standard_pages: d.pages,
    status: 'deposited',
    base_date: null,
    raw_pages: d.pages,
    covered_days: d.coveredDays,
    width: null,
    height: null,
    density: null,
    paper_type_id: null,
    created_at: d.createdAt,
    updated_at: d.updatedAt ?? d.createdAt,
  });
}
