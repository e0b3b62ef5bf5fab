import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Counters } from '../connectors/connector.js';
import type { PaperCounters } from '../standard-pages.js';

/**
 * Meter readings (the meter_readings table): the portal's cumulative counters per feed and date, exactly as fetched.
 * The collector writes them; deposits are recomputed from them; feed health reads when they last changed.
 */
export interface StoredReading {
  /** YYYY-MM-DD, in the server's time zone. */
  date: string;
  /** Cumulative counters as of the end of that date (other counter fields may be present and are ignored). */
  counters: PaperCounters;
}

export interface ReadingInput {
  date: string;
  counters: Counters;
}

/**
 * Upserts readings in one statement; a row is rewritten only when the portal's counters changed (late readings),
 * so re-reading identical data writes nothing.
 */
export async function upsertReadings(db: Db, feedId: string, readings: ReadingInput[], fetchedAt: Date): Promise<number> {
  if (!readings.length) return 0;
  const col = (k: keyof Counters) => readings.map((r) => r.counters[k]);
  const result = await sql`
    INSERT INTO meter_readings AS m
      (feed_id, date, device_total, colour_total, mono_total, scan_total, large_total, duplex_total, small_total, fetched_at)
    SELECT ${feedId}::uuid, d, dt, ct, mt, st, lt, du, sm, ${fetchedAt}::timestamptz
    FROM unnest(${readings.map((r) => r.date)}::date[], ${col('deviceTotal')}::bigint[], ${col('colourTotal')}::bigint[],
                ${col('monoTotal')}::bigint[], ${col('scanTotal')}::bigint[], ${col('largeTotal')}::bigint[],
                ${col('duplexTotal')}::bigint[], ${col('smallTotal')}::bigint[]) AS t(d, dt, ct, mt, st, lt, du, sm)
    ON CONFLICT (feed_id, date) DO UPDATE SET
      device_total = EXCLUDED.device_total, colour_total = EXCLUDED.colour_total, mono_total = EXCLUDED.mono_total,
      scan_total = EXCLUDED.scan_total, large_total = EXCLUDED.large_total, duplex_total = EXCLUDED.duplex_total,
      small_total = EXCLUDED.small_total, fetched_at = EXCLUDED.fetched_at
    WHERE (m.device_total, m.colour_total, m.mono_total, m.scan_total, m.large_total, m.duplex_total, m.small_total)
      IS DISTINCT FROM (EXCLUDED.device_total, EXCLUDED.colour_total, EXCLUDED.mono_total, EXCLUDED.scan_total,
                        EXCLUDED.large_total, EXCLUDED.duplex_total, EXCLUDED.small_total)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function loadReadings(db: Db, feedId: string): Promise<StoredReading[]> {
  return readingsBetween(db, feedId, {});
}

/**
 * A feed's readings in date order: dated on or after `from`, before `before`; with `limit`, the first `limit` of them
 * (`last`: the latest `limit`, still returned in date order).
 */
export async function readingsBetween(
  db: Db,
  feedId: string,
  range: { from?: string; before?: string; limit?: number; last?: boolean },
): Promise<StoredReading[]> {
  let q = db.selectFrom('meter_readings').selectAll().where('feed_id', '=', feedId);
  if (range.from !== undefined) q = q.where('date', '>=', range.from);
  if (range.before !== undefined) q = q.where('date', '<', range.before);
  q = q.orderBy('date', range.last ? 'desc' : 'asc');
  if (range.limit !== undefined) q = q.limit(range.limit);
  const rows = await q.execute();
  if (range.last) rows.reverse();
  return rows.map((r) => ({
    date: r.date,
    counters: {
      deviceTotal: Number(r.device_total),
      colourTotal: Number(r.colour_total),
      monoTotal: Number(r.mono_total),
      scanTotal: Number(r.scan_total),
      largeTotal: Number(r.large_total),
      duplexTotal: Number(r.duplex_total),
      smallTotal: Number(r.small_total),
    },
  }));
}

/** A feed's readings start over (its portal customer or activation date changed). */
export async function deleteFeedReadings(db: Db, feedId: string): Promise<void> {
  await db.deleteFrom('meter_readings').where('feed_id', '=', feedId).execute();
}

/**
 * The last stored date whose counters differ from the reading before it, of several feeds in one query (feeds whose
 * counters never moved are absent): the day after the latest reading that differs from the feed's latest (the first
 * reading with the counters as they are now). Found from the end of the feed with its (feed_id, date) key, so the cost
 * is that of the feed's latest flat spell, not its history.
 */
export async function lastChangeDates(db: Db, feedIds: string[]): Promise<Map<string, string>> {
  if (!feedIds.length) return new Map();
  const rows = await sql<{ feed_id: string; date: string }>`
    SELECT f.id AS feed_id,
           (SELECT min(m.date) FROM meter_readings m WHERE m.feed_id = f.id AND m.date > x.date) AS date
    FROM unnest(${feedIds}::uuid[]) AS f(id)
    CROSS JOIN LATERAL (
      SELECT date, device_total, duplex_total, small_total, large_total FROM meter_readings
      WHERE feed_id = f.id ORDER BY date DESC LIMIT 1
    ) l
    CROSS JOIN LATERAL (
      SELECT m.date FROM meter_readings m
      WHERE m.feed_id = f.id AND m.date < l.date
        AND (m.device_total, m.duplex_total, m.small_total, m.large_total)
            IS DISTINCT FROM (l.device_total, l.duplex_total, l.small_total, l.large_total)
      ORDER BY m.date DESC LIMIT 1
    ) x`.execute(db);
  return new Map(rows.rows.map((r) => [r.feed_id, r.date]));
}

/** A portal answer that failed validation (the reading_rejections table): no reading, the day and why. */
export interface ReadingRejection {
  date: string;
  field: string;
  value: string;
  message: string;
  /** The answer had another shape (schema_changed), not merely a bad value (not stored: the message says so). */
  schemaChanged?: boolean;
}

/**
 * Records rejected answers (one per feed and date, the latest kept) and forgets the rejections of the dates that now
 * have a valid reading.
 */
export async function recordRejections(
  db: Db,
  feedId: string,
  rejected: ReadingRejection[],
  validDates: string[],
  at: Date,
): Promise<void> {
  if (validDates.length) {
    await db.deleteFrom('reading_rejections').where('feed_id', '=', feedId).where('date', 'in', validDates).execute();
  }
  if (!rejected.length) return;
  await db
    .insertInto('reading_rejections')
    .values(rejected.map((r) => ({ feed_id: feedId, date: r.date, field: r.field, value: r.value, message: r.message, fetched_at: at })))
    .onConflict((oc) =>
      oc.columns(['feed_id', 'date']).doUpdateSet((eb) => ({
        field: eb.ref('excluded.field'),
        value: eb.ref('excluded.value'),
        message: eb.ref('excluded.message'),
        fetched_at: eb.ref('excluded.fetched_at'),
      })),
    )
    .execute();
}

/** A feed's rejected answers dated within (after, through], by date. */
export async function rejectionsBetween(db: Db, feedId: string, after: string, through: string): Promise<ReadingRejection[]> {
  return db
    .selectFrom('reading_rejections')
    .select(['date', 'field', 'value', 'message'])
    .where('feed_id', '=', feedId)
    .where('date', '>', after)
    .where('date', '<=', through)
    .orderBy('date')
    .execute();
}
