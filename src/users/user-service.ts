import { lockAccount } from '../accounts/account-queries.js';
import { revokeUserApiKeys } from '../accounts/api-key-queries.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { loadInScope } from '../access/scope.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import { userToApi, type UserRow } from './user.js';
import * as q from './user-queries.js';

/**
 * The people who sign in to an account (PrintReleaf v1 §7.7): find, list, delete. There is no create: a user joins
 * by accepting an invitation (src/invitations/) or is made with `canopy admin create-account`.
 */
export function createUserService(deps: { db: Db; clock: Clock; accounts: Pick<AccountService, 'load'> }) {
  const { db, clock, accounts } = deps;

  function load(p: Principal, id: string): Promise<UserRow> {
    return loadInScope(id, (id) => q.findUserInSubtree(db, p.accountId, id));
  }

  return {
    load,

    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      return {
        db,
        query: q.usersOfAccountQuery(db, account.id),
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
        await lockAccount(tx, user.account_id);
        const ids = await q.userIdsOfAccount(tx, user.account_id);
        if (!ids.includes(user.id)) throw new NotFoundError();
        if (ids.length <= 1) throw new ConflictError('This is the last user of the account: invite someone else before deleting it.');
        await revokeUserApiKeys(tx, user.id, clock.now());
        await q.deleteUser(tx, user.id);
      });
      return { ...userToApi(user), deleted: true as const };
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
