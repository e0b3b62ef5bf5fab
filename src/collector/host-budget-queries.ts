import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** Plain query functions over host_slots (a portal host's concurrency slots, leased by runs). */

/** How long a lease lasts without renewal (the run's heartbeat renews it every 10 s). */
const LEASE_SECONDS = 60;

/**
 * Leases one free slot of `origin` (slots 0 … budget − 1; free: never leased, or its lease lapsed) to `runId`; returns
 * the slot, or null when all are taken. Two runs racing for one slot: the second's insert meets the first's live lease
 * and takes nothing.
 */
export async function leaseHostSlot(db: Db, origin: string, budget: number, runId: string): Promise<number | null> {
  const result = await sql<{ slot: number }>`
    WITH free AS (
      SELECT s FROM generate_series(0, ${budget}::int - 1) AS s
      WHERE NOT EXISTS (SELECT 1 FROM host_slots h WHERE h.origin = ${origin} AND h.slot = s AND h.expires_at > now())
      LIMIT 1
    )
    INSERT INTO host_slots AS h (origin, slot, run_id, expires_at)
    SELECT ${origin}, s, ${runId}::uuid, now() + make_interval(secs => ${LEASE_SECONDS}) FROM free
    ON CONFLICT (origin, slot) DO UPDATE SET run_id = EXCLUDED.run_id, expires_at = EXCLUDED.expires_at
      WHERE h.expires_at <= now()
    RETURNING slot`.execute(db);
  return result.rows[0]?.slot ?? null;
}

/** Renews the run's leases (its heartbeat). */
export async function renewHostSlots(db: Db, runId: string): Promise<void> {
  await sql`UPDATE host_slots SET expires_at = now() + make_interval(secs => ${LEASE_SECONDS}) WHERE run_id = ${runId}::uuid`.execute(db);
}

/** Gives the run's leases back. */
export async function releaseHostSlots(db: Db, runId: string): Promise<void> {
  await db.deleteFrom('host_slots').where('run_id', '=', runId).execute();
}

/** The budget of a portal host: the largest `concurrency` among the servers whose API URL has this origin. */
export async function hostBudget(db: Db, origin: string): Promise<number> {
  const host = new URL(origin).hostname.replace(/[\\%_]/g, '\\$&');
  const rows = await db.selectFrom('servers').select(['url', 'concurrency']).where('url', 'ilike', `%${host}%`).execute();
  const same = rows.filter((r) => originOf(r.url) === origin);
  return Math.max(1, ...same.map((r) => r.concurrency));
}

/** scheme://host:port of a URL, as the URL standard writes it (the default port left out). */
export function originOf(url: string): string {
  return new URL(url).origin;
}
