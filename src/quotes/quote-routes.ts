import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import { principalOf } from '../http/auth.js';
import { sendListing } from '../http/listing.js';
import { createQuoteBody } from './quote-schemas.js';
import type { QuoteService } from './quote-service.js';
import { listOf, one } from '../http/api-schemas.js';
import { quoteDeleted, quoteObject } from './quote-api-schema.js';

/** /v1/quotes and /v1/accounts/:account_id/quotes (PrintReleaf v1 §7.9). */
export function quoteRoutes(deps: { quotes: QuoteService }) {
  const { quotes } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get('/quotes', { config: { policy: 'quotes:read' }, schema: { response: { 200: listOf(quoteObject) } } }, async (req, reply) =>
      sendListing(req, reply, await quotes.list(principalOf(req))),
    );
    app.post(
      '/quotes',
      { config: { policy: 'quotes:create' }, schema: { body: createQuoteBody, response: { 201: one(quoteObject) } } },
      async (req, reply) => reply.status(201).send(await quotes.create(principalOf(req), undefined, req.body)),
    );
    app.get(
      '/quotes/:id',
      { config: { policy: 'quotes:read' }, schema: { params: idParams, response: { 200: one(quoteObject) } } },
      async (req) => quotes.find(principalOf(req), req.params.id),
    );
    app.delete(
      '/quotes/:id',
      { config: { policy: 'quotes:delete' }, schema: { params: idParams, response: { 200: one(quoteDeleted) } } },
      async (req) => quotes.remove(principalOf(req), req.params.id),
    );
    app.get(
      '/accounts/:account_id/quotes',
      { config: { policy: 'quotes:read' }, schema: { params: accountIdParams, response: { 200: listOf(quoteObject) } } },
      async (req, reply) => sendListing(req, reply, await quotes.list(principalOf(req), req.params.account_id)),
    );
    app.post(
      '/accounts/:account_id/quotes',
      {
        config: { policy: 'quotes:create' },
        schema: { params: accountIdParams, body: createQuoteBody, response: { 201: one(quoteObject) } },
      },
      async (req, reply) => reply.status(201).send(await quotes.create(principalOf(req), req.params.account_id, req.body)),
    );
  };
}
