import type { Clock } from '../clock.js';
import { lastChangeDates } from '../readings/reading-queries.js';
import type { Db } from '../db/database.js';
import type { Health } from '../db/schema.js';
import { apiTimestamp } from '../http/api-format.js';
import { feedHealth } from './feed-health.js';
import { portalYesterday } from '../calendar.js';

/** Why a server is unhealthy (docs/domain.md, Health): the API's `health_reason`. */
export type { ServerHealthReason } from '../db/schema.js';
import type { ServerHealthReason } from '../db/schema.js';
import {
  feedHealthInputs,
  healthEventsQuery,
  insertHealthEvent,
  lockHealth,
  markFeedsChecked,
  writeHealthCheck,
} from './health-queries.js';

/**
 * Health of servers (log-in) and feeds (new data within 3 business days). Every check updates health_check_checked_at;
 * a change also updates health_check_changed_at and is recorded with its reason in health_events.
 */
export function createHealthService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function record(
    table: 'servers' | 'feeds',
    id: string,
    health: Health,
    reason: string | null,
    code: string | null,
  ): Promise<boolean> {
    const now = clock.now();
    return db.transaction().execute(async (tx) => {
      const current = await lockHealth(tx, table, id);
      if (!current) return false;
      const changed = current.health_check !== health;
      await writeHealthCheck(tx, table, id, {
        health,
        reason,
        code,
        checkedAt: now,
        ...(changed ? { changedAt: now } : {}),
        // A server counts its consecutive failed log-ins (the checks back off by them).
        ...(table === 'servers' ? { failures: health === 'unhealthy' ? ('increment' as const) : ('reset' as const) } : {}),
      });
      if (changed) {
        await insertHealthEvent(tx, {
          subject_type: table === 'servers' ? 'server' : 'feed',
          subject_id: id,
          at: now,
          old_state: current.health_check,
          new_state: health,
          reason,
          health_reason: code,
        });
      }
      return changed;
    });
  }

  return {
    serverChecked: (serverId: string, health: 'healthy' | 'unhealthy', reason: string | null, code: ServerHealthReason | null = null) =>
      record('servers', serverId, health, reason, code),

    /**
     * Re-evaluates feeds from their stored readings (after each run: one query for all of them). A feed whose health
     * did not change only gets its checked time, in one update for all; each change is recorded with its event.
     */
    async evaluateFeeds(feedIds: string[]): Promise<void> {
      if (!feedIds.length) return;
      const feeds = await feedHealthInputs(db, feedIds);
      const lastChanges = await lastChangeDates(
        db,
        feeds.map((f) => f.id),
      );
      const unchanged: string[] = [];
      for (const feed of feeds) {
        const verdict = feedHealth({
          lastChange: lastChanges.get(feed.id) ?? null,
          activationDate: feed.activation_date,
          latest: feed.checkpoint_date,
          region: feed.holiday_region,
          readFailure: feed.read_failure,
          readFailureSince: feed.read_failure_since,
          yesterday: portalYesterday(clock.now(), feed.time_zone),
        });
        if (verdict.health === 'pending') continue;
        if (verdict.health === feed.health_check && verdict.reason === feed.health_check_reason) unchanged.push(feed.id);
        else await record('feeds', feed.id, verdict.health, verdict.reason, verdict.code);
      }
      if (unchanged.length) await markFeedsChecked(db, unchanged, clock.now());
    },

    /** GET /v1/servers/:id/health and /v1/feeds/:id/health: newest first, 500 a page unless the caller asks otherwise. */
    history(subjectType: 'server' | 'feed', id: string) {
      return {
        db,
        query: healthEventsQuery(db, subjectType, id),
        keys: ['seq'],
        descending: true,
        defaultLimit: 500,
        present: (rows: Array<{ id: string; at: Date; old_state: Health | null; new_state: Health; reason: string | null }>) =>
          rows.map((r) => ({ id: r.id, at: apiTimestamp(r.at), old_state: r.old_state, new_state: r.new_state, reason: r.reason })),
      };
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
