import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../http/auth.js';
import { sendListing, sortedBy } from '../http/listing.js';
import type { AccountService } from './account-service.js';
import type { ApiKeyService } from './api-key-service.js';
import { listOf, one } from '../http/api-schemas.js';
import { accountObject, apiKeyCreated, apiKeyDeleted, apiKeyObject } from './account-api-schema.js';
import { ACCOUNT_SORTS, searchAccounts } from './account-queries.js';
import { accountIdParams, accountListQuery, createAccountBody, createApiKeyBody, idParams, updateAccountBody } from './account-schemas.js';

/** /v1/account, /v1/accounts… (PrintReleaf v1 §7.1) and /v1/api_keys (a Canopy extension). */
export function accountRoutes(deps: {
  accounts: Pick<AccountService, 'mine' | 'list' | 'create' | 'find' | 'update' | 'setStatus'>;
  apiKeys: Pick<ApiKeyService, 'list' | 'createFor' | 'revoke'>;
}) {
  const { accounts, apiKeys } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();

    /** The children of `parentId` (default: the caller's account), searched (`q`) and sorted (`sort`) as asked. */
    async function childList(req: FastifyRequest, query: { q?: string | undefined; sort?: string | undefined }, parentId?: string) {
      const listing = await accounts.list(principalOf(req), parentId);
      return sortedBy({ ...listing, query: searchAccounts(listing.query, query.q) }, ACCOUNT_SORTS, query.sort);
    }

    app.get(
      '/account',
      { config: { policy: 'accounts:read' }, schema: { response: { 200: one(accountObject, "The caller's account.") } } },
      async (req) => accounts.mine(principalOf(req)),
    );

    app.get(
      '/accounts',
      {
        config: { policy: 'accounts:read' },
        schema: { querystring: accountListQuery, response: { 200: listOf(accountObject, "The caller's child accounts.") } },
      },
      async (req, reply) => sendListing(req, reply, await childList(req, req.query)),
    );
    app.post(
      '/accounts',
      { config: { policy: 'accounts:create' }, schema: { body: createAccountBody, response: { 201: one(accountObject) } } },
      async (req, reply) => reply.status(201).send(await accounts.create(principalOf(req), undefined, req.body)),
    );
    app.get(
      '/accounts/:id',
      { config: { policy: 'accounts:read' }, schema: { params: idParams, response: { 200: one(accountObject) } } },
      async (req) => accounts.find(principalOf(req), req.params.id),
    );
    app.patch(
      '/accounts/:id',
      {
        config: { policy: 'accounts:update' },
        schema: { params: idParams, body: updateAccountBody, response: { 200: one(accountObject) } },
      },
      async (req) => accounts.update(principalOf(req), req.params.id, req.body),
    );
    app.post(
      '/accounts/:id/activate',
      { config: { policy: 'accounts:activate' }, schema: { params: idParams, response: { 200: one(accountObject) } } },
      async (req) => accounts.setStatus(principalOf(req), req.params.id, 'active'),
    );
    app.post(
      '/accounts/:id/deactivate',
      { config: { policy: 'accounts:activate' }, schema: { params: idParams, response: { 200: one(accountObject) } } },
      async (req) => accounts.setStatus(principalOf(req), req.params.id, 'inactive'),
    );

    // The account-scoped relation: children of :account_id.
    app.get(
      '/accounts/:account_id/accounts',
      {
        config: { policy: 'accounts:read' },
        schema: {
          params: accountIdParams,
          querystring: accountListQuery,
          response: { 200: listOf(accountObject, 'The child accounts of :account_id.') },
        },
      },
      async (req, reply) => sendListing(req, reply, await childList(req, req.query, req.params.account_id)),
    );
    app.post(
      '/accounts/:account_id/accounts',
      {
        config: { policy: 'accounts:create' },
        schema: { params: accountIdParams, body: createAccountBody, response: { 201: one(accountObject) } },
      },
      async (req, reply) => reply.status(201).send(await accounts.create(principalOf(req), req.params.account_id, req.body)),
    );

    // API keys of the caller's own account. The secret is in the creation response only.
    app.get(
      '/api_keys',
      {
        config: { policy: 'api_keys:read' },
        schema: { response: { 200: listOf(apiKeyObject, "The API keys of the caller's account, revoked ones included.") } },
      },
      async (req, reply) => sendListing(req, reply, apiKeys.list(principalOf(req).accountId)),
    );
    app.post(
      '/api_keys',
      { config: { policy: 'api_keys:create' }, schema: { body: createApiKeyBody, response: { 201: one(apiKeyCreated) } } },
      async (req, reply) => {
        const p = principalOf(req);
        return reply.status(201).send(await apiKeys.createFor(p, req.body.name, req.body.scope));
      },
    );
    app.delete(
      '/api_keys/:id',
      { config: { policy: 'api_keys:delete' }, schema: { params: idParams, response: { 200: one(apiKeyDeleted) } } },
      async (req) => {
        const p = principalOf(req);
        return apiKeys.revoke(p, req.params.id);
      },
    );
  };
}
