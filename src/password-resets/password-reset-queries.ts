import type { Db } from '../db/database.js';

/**
 * Plain query functions over password_resets (only the SHA-256 of a link token is stored or looked up). Voiding a
 * user's pending links is src/sessions/session-queries.ts' voidPasswordResets (a password change there does it too).
 */

/** The reset with this token hash if it is unused and unexpired at `now` and its user's account is active. */
export async function findOpenPasswordReset(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['r.id', 'r.user_id', 'u.email'])
    .where('r.token_hash', '=', tokenHash)
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', now)
    .where('a.status', '=', 'active')
    .executeTakeFirst();
}

export interface NewPasswordReset {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
}

export async function insertPasswordReset(db: Db, r: NewPasswordReset): Promise<void> {
  await db.insertInto('password_resets').values(r).execute();
}

/**
 * Marks the reset used if it is unused and unexpired at `now`; its id, or undefined when another request was first
 * (a conditional update: the link works once even under concurrent requests).
 */
export async function claimPasswordReset(db: Db, id: string, now: Date): Promise<{ id: string } | undefined> {
  return db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('id')
    .executeTakeFirst();
}
