import type { Connector } from '../connectors/connector.js';
import type { Db } from '../db/database.js';
import type { FeedRow } from '../feeds/feed.js';
import { recomputeDeposits } from '../deposits/recompute.js';
import type { DepositRules } from '../deposits/deposit-rules.js';
import {
  lastChangeDates,
  recordRejections,
  upsertReadings,
  type ReadingInput,
  type ReadingRejection,
} from '../readings/reading-queries.js';
import type { PaperProfile } from '../standard-pages.js';
import { datesToRead } from './sync-plan.js';
import { advanceCheckpoint, lockFeedPosition, recordReadFailure } from './collector-queries.js';
import { PortalError } from '../connectors/portal-error.js';

/** Days fetched before they are written together (readings, recomputed deposits and checkpoint in one transaction). */
const BATCH_DAYS = 60;

/** The days each feed reads this run (sync-plan.ts), planned with one query for all of them. */
export async function planFeeds(db: Db, feeds: FeedRow[], yesterday: string): Promise<Array<{ feed: FeedRow; dates: string[] }>> {
  const changes = await lastChangeDates(
    db,
    feeds.map((f) => f.id),
  );
  return feeds.map((feed) => ({
    feed,
    dates: datesToRead(
      { activationDate: feed.activation_date, checkpoint: feed.checkpoint_date, lastChange: changes.get(feed.id) ?? null },
      yesterday,
    ),
  }));
}

/**
 * Reads the planned days from the portal and commits them batch by batch: readings upserted, deposits recomputed,
 * checkpoint advanced, all in one transaction. A crash loses at most the uncommitted batch, which the next run reads
 * again; nothing is ever counted twice because deposits are derived from (feed, date)-unique readings.
 */
export async function syncFeed(opts: {
  db: Db;
  connector: Connector;
  feed: FeedRow;
  profile: PaperProfile;
  rules: DepositRules;
  dates: string[];
  now: () => Date;
  onDay?: () => void;
  signal?: AbortSignal;
}): Promise<{ days: number; rejected: ReadingRejection[] }> {
  const allRejected: ReadingRejection[] = [];
  const { db, connector, feed, profile, rules, dates, now } = opts;
  let done = 0;
  for (let i = 0; i < dates.length; i += BATCH_DAYS) {
    const chunk = dates.slice(i, i + BATCH_DAYS);
    const readings: ReadingInput[] = [];
    const rejected: ReadingRejection[] = [];
    let failure: unknown;
    for (const date of chunk) {
      if (opts.signal?.aborted) break;
      try {
        readings.push({ date, counters: await connector.readCounters(feed.external_id, date) });
      } catch (err) {
        if (opts.signal?.aborted) break; // the run was stopped (its lock lost, a shutdown): not the feed's failure
        // An invalid answer is no reading: its day is skipped (the next valid reading covers it) and recorded; a bad
        // day never blocks the days after it (docs/domain.md). Anything else stops the feed until the next run.
        // An answer of another shape (the portal changed its API) is skipped the same way, never read as zeros, and
        // makes the feed unhealthy with schema_changed at once.
        if (err instanceof PortalError && (err.kind === 'invalid_answer' || err.kind === 'schema_changed')) {
          const schemaChanged = err.kind === 'schema_changed';
          rejected.push({
            date,
            field: err.field ?? 'body',
            value: err.value ?? (schemaChanged ? 'missing' : ''),
            message: err.message,
            schemaChanged,
          });
        } else {
          failure = err;
          break;
        }
      }
      opts.onDay?.();
    }
    const attempted = readings.length + rejected.length;
    if (attempted) {
      const committed = await commitBatch(db, feed, profile, rules, { readings, rejected, lastDate: chunk[attempted - 1]! }, now());
      if (!committed) return { days: done, rejected: allRejected }; // the feed changed under us: its next sync starts afresh
      done += readings.length;
      allRejected.push(...rejected);
    }
    if (failure) {
      const kind = failure instanceof PortalError && failure.kind === 'not_found' ? 'customer_missing' : 'portal_errors';
      await recordReadFailure(db, feed.id, kind, chunk[attempted] ?? chunk[0]!);
      throw failure;
    }
    if (opts.signal?.aborted) break;
  }
  return { days: done, rejected: allRejected };
}

async function commitBatch(
  db: Db,
  feed: FeedRow,
  profile: PaperProfile,
  rules: DepositRules,
  batch: { readings: ReadingInput[]; rejected: ReadingRejection[]; lastDate: string },
  now: Date,
): Promise<boolean> {
  const { readings, rejected } = batch;
  return db.transaction().execute(async (tx) => {
    // Lock the feed row; give up if it was re-pointed, re-dated or deleted since the plan was made.
    const current = await lockFeedPosition(tx, feed.id);
    if (!current || current.external_id !== feed.external_id || current.activation_date !== feed.activation_date) return false;
    await upsertReadings(tx, feed.id, readings, now);
    await recordRejections(
      tx,
      feed.id,
      rejected,
      readings.map((r) => r.date),
      now,
    );
    // From the batch's earliest day: the cost of a night does not grow with the feed's history (incremental.ts).
    const earliest = readings.map((r) => r.date).sort()[0];
    if (earliest !== undefined) await recomputeDeposits(tx, feed, profile, now, rules, earliest);
    await advanceCheckpoint(tx, feed.id, batch.lastDate, now);
    // The feed advanced if its latest day gave a reading; a batch ending in rejected answers starts (or goes on with) an
    // invalid_data spell from its first rejected day after the last reading.
    const lastReading = readings.at(-1)?.date;
    const trailing = rejected.filter((r) => lastReading === undefined || r.date > lastReading);
    if (trailing.length) {
      if (lastReading !== undefined) await recordReadFailure(tx, feed.id, null, batch.lastDate); // a new spell
      await recordReadFailure(tx, feed.id, trailing.some((r) => r.schemaChanged) ? 'schema_changed' : 'invalid_data', trailing[0]!.date);
    } else await recordReadFailure(tx, feed.id, null, batch.lastDate);
    return true;
  });
}
