import type { Db } from '../db/database.js';

/**
 * Plain query functions over sessions (only the hashes of the cookie and CSRF tokens are stored), and the reads of
 * users a sign-in needs. Pending password-reset links are voided here too: changing a password (this feature) voids
 * them, and src/password-resets/ lies above this feature.
 */

/** The user and account a session body shows. */
export async function loadSessionUser(db: Db, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['u.id', 'u.full_name', 'u.email', 'a.id as account_id', 'a.name', 'a.role'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The user's password hash and account status, by id or by e-mail address (compared case-insensitively). */
export async function findUserCredentials(db: Db, by: { id: string } | { email: string }) {
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(['u.id', 'u.password_hash', 'a.status'])
    .where((eb) => ('id' in by ? eb('u.id', '=', by.id) : eb(eb.fn('lower', ['u.email']), '=', by.email.toLowerCase())))
    .executeTakeFirst();
}

export interface NewSession {
  token_hash: string;
  user_id: string;
  account_id: string;
  csrf_hash: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export async function insertSession(db: Db, s: NewSession): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

/** The session with this token hash, with its account's role and status. */
export async function findSessionByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select(['s.token_hash', 's.user_id', 's.account_id', 's.csrf_hash', 's.last_seen_at', 's.expires_at', 'a.role', 'a.status'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of the user but the one with `keepTokenHash`. */
export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('token_hash', '!=', keepTokenHash).execute();
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Marks the user's unused password-reset links used (they stop working). */
export async function voidPasswordResets(db: Db, userId: string, now: Date): Promise<void> {
  await db.updateTable('password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}
