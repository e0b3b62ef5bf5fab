import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { App } from '../../src/app.js';
import type { Db } from '../../src/db/database.js';
import type { FeedsTable, ServersTable } from '../../src/db/schema.js';
import { DEFAULT_DEPOSIT_RULES } from '../../src/deposits/deposit-rules.js';
import { recomputeDeposits } from '../../src/deposits/recompute.js';
import { recordRejections, upsertReadings, type ReadingInput, type ReadingRejection } from '../../src/readings/reading-queries.js';
import { LETTER_PROFILE } from '../../src/standard-pages.js';
import { encryptSecret } from '../../src/secrets/credential-cipher.js';

/**
 * Real rows for the core tables, with overrides (Outline's test factories): a server, a feed, a feed's readings.
 * They insert what the services would, without the portal log-in a registration makes (for tests whose portal is
 * unreachable, or must never be contacted).
 */

/** A portal address that never resolves (RFC 6761 .invalid): a factory's server is never contacted by mistake. */
const NOWHERE = 'https://portal.invalid';

/** A server row; its password is a placeholder unless `buildServer` encrypts a real one. */
export async function buildServerRow(db: Db, accountId: string, overrides: Partial<Insertable<ServersTable>> = {}): Promise<string> {
  const id = overrides.id ?? randomUUID();
  await db
    .insertInto('servers')
    .values({
      id,
      account_id: accountId,
      type: 'onestop',
      name: new URL(overrides.url ?? NOWHERE).host,
      url: NOWHERE,
      username: 'canopy',
      password_encrypted: 'v1.x.x.x.x',
      contact: null,
      paper_profile: 'a4',
      time_zone: 'Europe/London',
      holiday_region: 'GB-ENG',
      concurrency: 1,
      health_check_reason: null,
      health_check_checked_at: null,
      health_check_changed_at: null,
      last_collected_for: null,
      ...overrides,
    })
    .execute();
  return id;
}

/** A registered server whose password is encrypted as the service stores it. */
export async function buildServer(app: App, accountId: string, overrides: { url?: string; username?: string; password?: string } = {}) {
  const id = randomUUID();
  const now = app.clock.now();
  const password = overrides.password ?? `pw-${randomUUID()}`;
  await buildServerRow(app.db, accountId, {
    id,
    url: overrides.url ?? NOWHERE,
    username: overrides.username ?? 'canopy',
    password_encrypted: encryptSecret(app.keyring(), password, id),
    health_check: 'healthy',
    health_check_checked_at: now,
    health_check_changed_at: now,
    created_at: now,
    updated_at: now,
  });
  return { id, password };
}

/** A feed of a customer account on a server. */
export async function buildFeed(
  db: Db,
  accountId: string,
  serverId: string,
  overrides: Partial<Insertable<FeedsTable>> = {},
): Promise<string> {
  const row = await db
    .insertInto('feeds')
    .values({
      account_id: accountId,
      server_id: serverId,
      type: 'onestop',
      external_id: randomUUID(),
      collection_scope: null,
      activation_date: '2026-01-01',
      deactivated_at: null,
      health_check_reason: null,
      health_check_checked_at: null,
      health_check_changed_at: null,
      ...overrides,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Readings of a feed, stored as the collector stores them. */
export async function buildReadings(db: Db, feedId: string, readings: ReadingInput[]): Promise<void> {
  await upsertReadings(db, feedId, readings, new Date());
}

/** Counters of letter paper (one small impression is one standard page), so a total reads as standard pages. */
export function letterCounters(total: number) {
  return { deviceTotal: total, colourTotal: 0, monoTotal: total, scanTotal: 0, largeTotal: 0, duplexTotal: 0, smallTotal: total };
}

/**
 * A letter-paper feed's history as a collection leaves it: its readings, its rejected answers (days without a reading),
 * and the deposits the default rules give, written in one transaction.
 */
export async function buildFeedHistory(
  db: Db,
  feed: { id: string; account_id: string; activation_date: string },
  history: { readings: ReadingInput[]; rejected?: ReadingRejection[] },
): Promise<void> {
  await buildReadings(db, feed.id, history.readings);
  if (history.rejected?.length) await recordRejections(db, feed.id, history.rejected, [], new Date());
  await db.transaction().execute((tx) => recomputeDeposits(tx, feed, LETTER_PROFILE, new Date(), DEFAULT_DEPOSIT_RULES));
}
