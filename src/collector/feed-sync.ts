import type { Connector } from '../connectors/connector.js';
import type { Db } from '../db/database.js';
import type { FeedRow } from '../feeds/feed.js';
import { recomputeDeposits } from '../deposits/recompute.js';
import { lastChangeDate, upsertReadings, type ReadingInput } from '../readings/reading-queries.js';
import type { PaperProfile } from '../standard-pages.js';
import { datesToRead } from './sync-plan.js';
import { advanceCheckpoint, lockFeedPosition } from './collector-queries.js';

/** Days fetched before they are written together (readings, recomputed deposits and checkpoint in one transaction). */
const BATCH_DAYS = 60;

export async function planFeed(db: Db, feed: FeedRow, yesterday: string): Promise<string[]> {
  return datesToRead(
    { activationDate: feed.activation_date, checkpoint: feed.checkpoint_date, lastChange: await lastChangeDate(db, feed.id) },
    yesterday,
  );
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
  dates: string[];
  now: () => Date;
  onDay?: () => void;
  signal?: AbortSignal;
}): Promise<{ days: number }> {
  const { db, connector, feed, profile, dates, now } = opts;
  let done = 0;
  for (let i = 0; i < dates.length; i += BATCH_DAYS) {
    const chunk = dates.slice(i, i + BATCH_DAYS);
    const readings: ReadingInput[] = [];
    let failure: unknown;
    for (const date of chunk) {
      if (opts.signal?.aborted) break;
      try {
        readings.push({ date, counters: await connector.readCounters(feed.external_id, date) });
      } catch (err) {
        failure = err;
        break;
      }
      opts.onDay?.();
    }
    if (readings.length) {
      const committed = await commitBatch(db, feed, profile, readings, now());
      if (!committed) return { days: done }; // the feed changed under us: its next sync starts afresh
      done += readings.length;
    }
    if (failure) throw failure;
    if (opts.signal?.aborted) break;
  }
  return { days: done };
}

async function commitBatch(db: Db, feed: FeedRow, profile: PaperProfile, readings: ReadingInput[], now: Date): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    // Lock the feed row; give up if it was re-pointed, re-dated or deleted since the plan was made.
    const current = await lockFeedPosition(tx, feed.id);
    if (!current || current.external_id !== feed.external_id || current.activation_date !== feed.activation_date) return false;
    await upsertReadings(tx, feed.id, readings, now);
    await recomputeDeposits(tx, feed, profile, now);
    const last = readings[readings.length - 1]!.date;
    await advanceCheckpoint(tx, feed.id, last, now);
    return true;
  });
}
