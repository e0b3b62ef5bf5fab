import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import { USER_COLUMNS, type UserRow } from './user.js';

/** Plain query functions over users, as the API shows them (never the password hash). */

/** The user if their account lies in the subtree rooted at `scopeRootId`. */
export async function findUserInSubtree(db: Db, scopeRootId: string, id: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select(USER_COLUMNS)
    .where('u.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** The users of one account, unordered (a listing orders and pages them). */
export function usersOfAccountQuery(db: Db, accountId: string) {
  return db.selectFrom('users as u').select(USER_COLUMNS).where('u.account_id', '=', accountId);
}

export async function userIdsOfAccount(db: Db, accountId: string): Promise<string[]> {
  return (await db.selectFrom('users').select('id').where('account_id', '=', accountId).execute()).map((u) => u.id);
}

export async function deleteUser(db: Db, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}
