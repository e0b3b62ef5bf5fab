import type { Db } from '../db/database.js';

export async function insertUser(
  db: Db,
  u: { account_id: string; full_name: string; email: string; password_hash: string | null; now: Date },
) {
  return db
    .insertInto('users')
    .values({ account_id: u.account_id, full_name: u.full_name, email: u.email, password_hash: u.password_hash, created_at: u.now })
    .returning(['id', 'account_id', 'full_name', 'email', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function setUserPasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}
