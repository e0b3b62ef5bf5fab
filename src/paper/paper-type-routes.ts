import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import { principalOf } from '../http/auth.js';
import { sendListing } from '../http/listing.js';
import { createPaperTypeBody } from './paper-type-schemas.js';
import type { PaperTypeService } from './paper-type-service.js';
import { listOf, one } from '../http/api-schemas.js';
import { paperTypeDeleted, paperTypeObject } from './paper-type-api-schema.js';

/** /v1/paper/types and /v1/accounts/:account_id/paper/types (PrintReleaf v1 §7.11). */
export function paperTypeRoutes(deps: { paperTypes: PaperTypeService }) {
  const { paperTypes } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/paper/types',
      {
        config: { policy: 'paper_types:read' },
        schema: { response: { 200: listOf(paperTypeObject, 'The built-in types and those of the account and its ancestors.') } },
      },
      async (req, reply) => sendListing(req, reply, await paperTypes.list(principalOf(req))),
    );
    app.post(
      '/paper/types',
      { config: { policy: 'paper_types:create' }, schema: { body: createPaperTypeBody, response: { 201: one(paperTypeObject) } } },
      async (req, reply) => reply.status(201).send(await paperTypes.create(principalOf(req), undefined, req.body)),
    );
    app.get(
      '/paper/types/:id',
      { config: { policy: 'paper_types:read' }, schema: { params: idParams, response: { 200: one(paperTypeObject) } } },
      async (req) => paperTypes.find(principalOf(req), req.params.id),
    );
    app.delete(
      '/paper/types/:id',
      { config: { policy: 'paper_types:delete' }, schema: { params: idParams, response: { 200: one(paperTypeDeleted) } } },
      async (req) => paperTypes.remove(principalOf(req), req.params.id),
    );
    app.get(
      '/accounts/:account_id/paper/types',
      {
        config: { policy: 'paper_types:read' },
        schema: {
          params: accountIdParams,
          response: { 200: listOf(paperTypeObject, 'The built-in types and those of the account and its ancestors.') },
        },
      },
      async (req, reply) => sendListing(req, reply, await paperTypes.list(principalOf(req), req.params.account_id)),
    );
    app.post(
      '/accounts/:account_id/paper/types',
      {
        config: { policy: 'paper_types:create' },
        schema: { params: accountIdParams, body: createPaperTypeBody, response: { 201: one(paperTypeObject) } },
      },
      async (req, reply) => reply.status(201).send(await paperTypes.create(principalOf(req), req.params.account_id, req.body)),
    );
  };
}
