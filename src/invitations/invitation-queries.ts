import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { InvitationRow } from './invitation.js';

/** Plain query functions over invitations (only the SHA-256 of a link token is stored or looked up). */

/** The invitation if its account lies in the subtree rooted at `scopeRootId`. */
export async function findInvitationInSubtree(db: Db, scopeRootId: string, id: string): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations as i')
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .selectAll('i')
    .where('i.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** The invitation with this token hash if it is neither accepted nor expired at `now`, with its account. */
export async function findOpenInvitation(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('accounts as a', 'a.id', 'i.account_id')
    .select(['i.id', 'i.email', 'i.account_id', 'a.name as account_name', 'a.role as account_role', 'a.status as account_status'])
    .where('i.token_hash', '=', tokenHash)
    .where('i.accepted_at', 'is', null)
    .where('i.expires_at', '>', now)
    .executeTakeFirst();
}

/** The invitations of one account, unordered (a listing orders and pages them). */
export function invitationsOfAccountQuery(db: Db, accountId: string) {
  return db.selectFrom('invitations').selectAll().where('account_id', '=', accountId);
}

/** A user with this e-mail address (compared case-insensitively) whose account lies in the subtree of `scopeRootId`. */
export async function findUserInSubtreeByEmail(db: Db, scopeRootId: string, email: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .select('u.id')
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', email.toLowerCase()))
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** The account's invitation of this e-mail address (compared case-insensitively) that is not accepted, if any. */
export async function findUnacceptedInvitation(db: Db, accountId: string, email: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'expires_at'])
    .where('account_id', '=', accountId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
}

export interface NewInvitation {
  id: string;
  account_id: string;
  email: string;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
}

export async function insertInvitation(db: Db, i: NewInvitation): Promise<InvitationRow> {
  return db.insertInto('invitations').values(i).returningAll().executeTakeFirstOrThrow();
}

export async function deleteInvitation(db: Db, id: string): Promise<void> {
  await db.deleteFrom('invitations').where('id', '=', id).execute();
}

/**
 * Marks the invitation accepted if it is neither accepted nor expired at `now`; its id, or undefined when another
 * request was first (a conditional update: the token works once even under concurrent requests).
 */
export async function claimInvitation(db: Db, id: string, now: Date): Promise<{ id: string } | undefined> {
  return db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('id')
    .executeTakeFirst();
}

export async function setInvitationUser(db: Db, id: string, userId: string): Promise<void> {
  await db.updateTable('invitations').set({ user_id: userId }).where('id', '=', id).execute();
}
