import { inSubtreeOf } from '../accounts/account-queries.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { loadInScope } from '../access/scope.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import { USER_COLUMNS, userToApi, type UserRow } from './user.js';

/**
 * The people who sign in to an account (PrintReleaf v1 §7.7): find, list, delete. There is no create: a user joins
 * by accepting an invitation (src/invitations/) or is made with `canopy admin create-account`.
 */
export function createUserService(deps: { db: Db; clock: Clock; accounts: AccountService }) {
  const { db, clock, accounts } = deps;

  function load(p: Principal, id: string): Promise<UserRow> {
    return loadInScope(id, (id) =>
      db
        .selectFrom('users as u')
        .innerJoin('accounts as a', 'a.id', 'u.account_id')
        .select(USER_COLUMNS)
        .where('u.id', '=', id)
        .where(inSubtreeOf(p.accountId))
        .executeTakeFirst(),
    );
  }

  return {
    load,

    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      return {
        db,
        query: db.selectFrom('users as u').select(USER_COLUMNS).where('u.account_id', '=', account.id),
        keys: ['created_at', 'id'],
        present: (rows) => rows.map(userToApi),
      } satisfies Listing<UserRow, unknown>;
    },

    find: async (p: Principal, id: string) => userToApi(await load(p, id)),

    /**
     * Deletes a user; their API keys are revoked (a person who leaves takes no working credential along) and their
     * sessions end. Nobody deletes themselves, and an account keeps at least one user.
     */
    async remove(p: Principal, id: string) {
      const user = await load(p, id);
      if (p.userId === user.id) throw new BadRequestError('You cannot delete your own user: ask another user of the account.');
      await db.transaction().execute(async (tx) => {
        // One deletion at a time per account, so two concurrent deletes cannot remove its last two users.
        await tx.selectFrom('accounts').select('id').where('id', '=', user.account_id).forNoKeyUpdate().execute();
        const ids = (await tx.selectFrom('users').select('id').where('account_id', '=', user.account_id).execute()).map((u) => u.id);
        if (!ids.includes(user.id)) throw new NotFoundError();
        if (ids.length <= 1) throw new ConflictError('This is the last user of the account: invite someone else before deleting it.');
        await tx
          .updateTable('api_keys')
          .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(clock.now())), user_id: null }))
          .where('user_id', '=', user.id)
          .execute();
        await tx.deleteFrom('users').where('id', '=', user.id).execute();
      });
      return { ...userToApi(user), deleted: true as const };
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
