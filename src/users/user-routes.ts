import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import { principalOf } from '../http/auth.js';
import { sendListing } from '../http/listing.js';
import type { UserService } from './user-service.js';
import { listOf, one } from '../http/api-schemas.js';
import { userDeleted, userObject } from './user-api-schema.js';

/**
 * /v1/users and /v1/accounts/:account_id/users (PrintReleaf v1 §7.7): find, list, delete. No POST: users join by
 * accepting an invitation (/v1/invitations) or are created with `canopy admin create-account`.
 */
export function userRoutes(deps: { users: Pick<UserService, 'list' | 'find' | 'remove'> }) {
  const { users } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get('/users', { config: { policy: 'users:read' }, schema: { response: { 200: listOf(userObject) } } }, async (req, reply) =>
      sendListing(req, reply, await users.list(principalOf(req))),
    );
    app.get(
      '/users/:id',
      { config: { policy: 'users:read' }, schema: { params: idParams, response: { 200: one(userObject) } } },
      async (req) => users.find(principalOf(req), req.params.id),
    );
    app.delete(
      '/users/:id',
      { config: { policy: 'users:delete' }, schema: { params: idParams, response: { 200: one(userDeleted) } } },
      async (req) => users.remove(principalOf(req), req.params.id),
    );
    app.get(
      '/accounts/:account_id/users',
      { config: { policy: 'users:read' }, schema: { params: accountIdParams, response: { 200: listOf(userObject) } } },
      async (req, reply) => sendListing(req, reply, await users.list(principalOf(req), req.params.account_id)),
    );
  };
}
