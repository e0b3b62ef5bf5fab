import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { AuthAttemptKind, AuthAttemptOutcome } from '../db/schema.js';

/** Plain query functions over auth_attempts (the limits themselves are in auth-attempts.ts). */

export async function deleteAttemptsBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('auth_attempts').where('at', '<', before).execute();
}

/** Records an attempt whose outcome is not known yet; returns its id. */
export async function insertPendingAttempt(
  db: Db,
  a: { kind: AuthAttemptKind; subjectHash: string; ip: string; at: Date },
): Promise<string> {
  const { id } = await db
    .insertInto('auth_attempts')
    .values({ kind: a.kind, subject_hash: a.subjectHash, ip: a.ip, outcome: 'pending', at: a.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function setAttemptOutcome(db: Db, id: string, outcome: AuthAttemptOutcome): Promise<void> {
  await db.updateTable('auth_attempts').set({ outcome }).where('id', '=', id).execute();
}

/**
 * The attempts of a kind after `since` that were not blocked, from `ip` and/or for `subjectHash` (whichever are
 * given), and when the oldest of them was made.
 */
export async function countAttempts(
  db: Db,
  f: { kind: AuthAttemptKind; since: Date; ip?: string | undefined; subjectHash?: string | undefined },
): Promise<{ n: number; oldest: Date }> {
  let q = db
    .selectFrom('auth_attempts')
    .select([sql<number>`count(*)::int`.as('n'), sql<Date>`min(at)`.as('oldest')])
    .where('kind', '=', f.kind)
    .where('at', '>', f.since)
    .where('outcome', '!=', 'blocked');
  if (f.ip !== undefined) q = q.where('ip', '=', f.ip);
  if (f.subjectHash !== undefined) q = q.where('subject_hash', '=', f.subjectHash);
  return q.executeTakeFirstOrThrow();
}

/** The failed attempts of a kind for `subjectHash` after `since` and after its last success, and the latest of them. */
export async function failuresSinceLastSuccess(
  db: Db,
  f: { kind: AuthAttemptKind; subjectHash: string; since: Date },
): Promise<{ failures: number; last: Date | null }> {
  return db
    .selectFrom('auth_attempts')
    .select([sql<number>`count(*)::int`.as('failures'), sql<Date | null>`max(at)`.as('last')])
    .where('kind', '=', f.kind)
    .where('subject_hash', '=', f.subjectHash)
    .where('outcome', '=', 'failed')
    .where('at', '>', f.since)
    .where(({ eb, selectFrom }) =>
      eb(
        'at',
        '>',
        selectFrom('auth_attempts')
          .select(sql<Date>`coalesce(max(at), '-infinity'::timestamptz)`.as('m'))
          .where('kind', '=', f.kind)
          .where('subject_hash', '=', f.subjectHash)
          .where('outcome', '=', 'ok'),
      ),
    )
    .executeTakeFirstOrThrow();
}
