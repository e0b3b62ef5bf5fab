import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../accounts/account-schemas.js';
import { listOf, one } from '../http/api-schemas.js';
import { principalOf } from '../http/auth.js';
import { sendArray } from '../http/listing.js';
import { bulkFeedsBody, bulkFeedsResult, portalCustomerObject, portalCustomersQuery } from './feed-mapping-api-schema.js';
import type { FeedMapping } from './feed-mapping.js';

/** The portal's customers of a server (connected or not) and connecting many at once. */
export function feedMappingRoutes(deps: { mapping: FeedMapping }) {
  const { mapping } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/servers/:id/customers',
      {
        config: { policy: 'servers:read' },
        schema: {
          params: idParams,
          querystring: portalCustomersQuery,
          response: {
            200: listOf(portalCustomerObject, "The portal's customers (every page), with their feeds or a proposed customer account."),
          },
        },
      },
      async (req, reply) => {
        const mapped = req.query.mapped === undefined ? undefined : req.query.mapped === 'true';
        return sendArray(req, reply, await mapping.customers(principalOf(req), req.params.id, mapped), (c) => c.external_id);
      },
    );
    app.post(
      '/servers/:id/feeds/bulk',
      {
        config: { policy: 'feeds:create' },
        // The body is checked after the server is found: another tenant's server is a 404 whatever the body says.
        attachValidation: true,
        schema: {
          params: idParams,
          body: bulkFeedsBody,
          response: {
            200: one(bulkFeedsResult, 'A dry run: the feeds and accounts that would be created (nothing is written).'),
            201: one(bulkFeedsResult, 'The feeds and accounts created; a collection backfills them.'),
          },
        },
      },
      async (req, reply) => {
        if (req.validationError) {
          await mapping.server(principalOf(req), req.params.id);
          throw req.validationError;
        }
        const answer = await mapping.bulk(principalOf(req), req.params.id, req.body);
        return reply.status(answer.dry_run ? 200 : 201).send(answer);
      },
    );
  };
}
