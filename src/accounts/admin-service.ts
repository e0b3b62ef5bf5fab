import { isUuid } from '../access/scope.js';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { AccountRole } from '../db/schema.js';
import { BadRequestError, ConflictError } from '../errors.js';
import { allowedChildRoles } from './account.js';
import * as accounts from './account-queries.js';
import type { ApiKeyService } from './api-key-service.js';
import { generatePassword, hashPassword } from '../access/password.js';
import { findUserByEmail, insertUser, setUserPasswordHash } from './user-queries.js';

export interface CreateAccountWithOwner {
  name: string;
  email: string;
  userName: string;
  parentId?: string;
  role?: AccountRole;
  /** The user's password; generated (and returned) when omitted. */
  password?: string;
}

/**
 * Operator actions that bypass API scoping (run from the CLI on the server itself): a new account with its first
 * user and API key, all in one transaction so a failure leaves nothing behind.
 */
export function createAdminService(deps: { db: Db; clock: Clock; apiKeys: Pick<ApiKeyService, 'create'> }) {
  const { db, clock, apiKeys } = deps;
  return {
    /** A new password and API key for an existing user (lost credentials); undefined if no such user. */
    async renewUserCredentials(email: string) {
      return db.transaction().execute(async (tx) => {
        const user = await findUserByEmail(tx, email);
        if (!user) return undefined;
        const password = generatePassword();
        await setUserPasswordHash(tx, user.id, await hashPassword(password));
        const key = await apiKeys.create({ accountId: user.account_id, userId: user.id, name: `Renewed for ${user.full_name}` }, tx);
        return { account_id: user.account_id, user_id: user.id, api_key: key.key, password };
      });
    },

    async createAccountWithOwner(input: CreateAccountWithOwner) {
      const email = input.email.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new BadRequestError(`--email: "${email}" is not an email address.`);
      if (!input.name.trim()) throw new BadRequestError('--name: must not be empty.');
      if (!input.userName.trim()) throw new BadRequestError('--user-name: must not be empty.');
      if (input.parentId !== undefined && !isUuid(input.parentId)) throw new BadRequestError('--parent: must be an account id (UUID).');
      const password = input.password ?? generatePassword();
      const passwordHash = await hashPassword(password);

      return db.transaction().execute(async (tx) => {
        const parent = input.parentId ? await accounts.findById(tx, input.parentId) : undefined;
        if (input.parentId && !parent) throw new BadRequestError(`--parent: no account ${input.parentId}.`);
        const role: AccountRole = input.role ?? (parent ? 'customer' : 'provider');
        if (parent && !allowedChildRoles(parent.role).includes(role)) {
          throw new BadRequestError(`--role: a ${parent.role} account cannot have a ${role} child.`);
        }
        if (await findUserByEmail(tx, email)) throw new ConflictError(`A user with email ${email} already exists.`);
        const id = randomUUID();
        const now = clock.now();
        await accounts.insertAccount(tx, {
          id,
          parent: parent ? { id: parent.id, ancestry: parent.ancestry } : null,
          name: input.name.trim(),
          display_name: null,
          external_id: null,
          role,
          now,
        });
        const user = await insertUser(tx, { account_id: id, full_name: input.userName.trim(), email, password_hash: passwordHash, now });
        const key = await apiKeys.create({ accountId: id, userId: user.id, name: `Created for ${user.full_name}` }, tx);
        return { account_id: id, user_id: user.id, api_key: key.key, password };
      });
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
