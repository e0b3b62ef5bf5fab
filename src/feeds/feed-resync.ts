import type { Principal } from '../access/principal.js';
import { addDays, portalYesterday } from '../calendar.js';
import type { Clock } from '../clock.js';
import { PortalError, portalFailure } from '../connectors/portal-error.js';
import type { Db } from '../db/database.js';
import { feedDepositStates, loadReviewDecisions } from '../deposits/deposit-queries.js';
import { computeDeposits, type DepositRules } from '../deposits/deposit-rules.js';
import { BadRequestError } from '../errors.js';
import { readingsBetween, type StoredReading } from '../readings/reading-queries.js';
import type { ServerService } from '../servers/server-service.js';
import { findServerById } from '../servers/server-queries.js';
import { paperProfileOf } from '../standard-pages.js';
import type { FeedRow } from './feed.js';
import { moveCheckpointBack } from './feed-queries.js';
import type { ResyncFeedInput } from './feed-schemas.js';

/**
 * Re-reading a feed's past days (issue 19). A dry run reads the portal's counters of the range (read-only), puts them
 * in place of the stored readings of those days, computes the feed's deposits with the collector's pure rules
 * (computeDeposits: what recomputeDeposits gives from all the readings) and compares them with the stored deposits.
 * The real one moves the checkpoint back and queues a collection: readings are upserted per day and deposits
 * recomputed, so nothing changes unless the portal's answers did.
 */
export function createFeedResync(deps: {
  db: Db;
  clock: Clock;
  servers: Pick<ServerService, 'connectorOf'>;
  rules: DepositRules;
  load: (p: Principal, id: string) => Promise<FeedRow>;
  requestCollection: (serverId: string) => Promise<void>;
}) {
  const { db, clock, servers, rules } = deps;

  /** Reads the portal's counters of `dates`; an invalid or reshaped answer is no reading (the collector skips it too). */
  async function portalReadings(server: Parameters<ServerService['connectorOf']>[0], feed: FeedRow, dates: string[]) {
    const connector = await servers.connectorOf(server);
    const readings: StoredReading[] = [];
    try {
      for (const date of dates) {
        try {
          readings.push({ date, counters: await connector.readCounters(feed.external_id, date) });
        } catch (err) {
          if (err instanceof PortalError && (err.kind === 'invalid_answer' || err.kind === 'schema_changed')) continue;
          if (err instanceof PortalError) throw portalFailure(err, `The portal could not be read for ${date}: `);
          throw err;
        }
      }
    } finally {
      await connector.close();
    }
    return readings;
  }

  /** Σ |deposit pages with the portal's readings of `dates` − stored pages| over the deposits dated from dates[0] on. */
  async function changedPages(server: Parameters<ServerService['connectorOf']>[0], feed: FeedRow, dates: string[]) {
    const fresh = await portalReadings(server, feed, dates);
    const base = addDays(feed.activation_date, -1);
    const byDate = new Map((await readingsBetween(db, feed.id, { from: base })).map((r) => [r.date, r]));
    for (const r of fresh) byDate.set(r.date, r);
    const readings = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const decisions = await loadReviewDecisions(db, feed.id);
    const computed = computeDeposits(readings, paperProfileOf(server), decisions, rules).filter((d) => d.date >= dates[0]!);
    const laterDates = [...byDate.keys()].filter((d) => d >= dates[0]!);
    const stored = await feedDepositStates(db, feed.id, laterDates);
    const next = new Map(computed.map((d) => [d.date, d.pages]));
    let changed = 0;
    for (const date of new Set([...laterDates, ...next.keys()]))
      changed += Math.abs((next.get(date) ?? 0) - (stored.get(date)?.pages ?? 0));
    return changed;
  }

  return async function resync(p: Principal, id: string, input: ResyncFeedInput) {
    const feed = await deps.load(p, id);
    // The feed is in the caller's scope; its server is the feed's own (a customer's scope does not hold its provider's).
    const server = await findServerById(deps.db, feed.server_id);
    if (!server) throw new BadRequestError('The feed has no server.');
    const yesterday = portalYesterday(clock.now(), server.time_zone);
    const from = [input.start_date, feed.activation_date].sort()[1]!; // the later of the two (dates sort as text)
    const to = [input.end_date, yesterday].sort()[0]!; // the earlier
    if (input.start_date > yesterday) throw new BadRequestError(`start_date: must not be after yesterday (${yesterday}).`);
    if (input.end_date < feed.activation_date)
      throw new BadRequestError(`end_date: must not be before the feed's activation date (${feed.activation_date}).`);
    const dates: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
    if (input.dry_run) return { dry_run: true, days: dates.length, changed_pages: await changedPages(server, feed, dates) };
    await moveCheckpointBack(db, feed.id, addDays(from, -1), clock.now());
    await deps.requestCollection(feed.server_id);
    return { dry_run: false, days: dates.length, queued: true };
  };
}

export type FeedResync = ReturnType<typeof createFeedResync>;
