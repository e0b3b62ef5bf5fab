import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams, subtreeQuery } from '../accounts/account-schemas.js';
import { principalOf } from '../http/auth.js';
import { sendListing } from '../http/listing.js';
import { createFeedBody, resyncFeedBody, updateFeedBody } from './feed-schemas.js';
import type { FeedResync } from './feed-resync.js';
import type { FeedService } from './feed-service.js';
import type { HealthService } from '../health/health-service.js';
import { healthEventObject } from '../health/health-api-schema.js';
import { listOf, one } from '../http/api-schemas.js';
import { feedDeleted, feedObject, feedResyncObject } from './feed-api-schema.js';

/** /v1/feeds and /v1/accounts/:account_id/feeds (PrintReleaf v1 §7.4); `/sources` is the JS client's old name. */
export function feedRoutes(deps: {
  feeds: Pick<FeedService, 'list' | 'create' | 'find' | 'update' | 'remove' | 'setStatus' | 'load'>;
  health: Pick<HealthService, 'history'>;
  resync: FeedResync;
}) {
  const { feeds, health, resync } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    for (const name of ['feeds', 'sources']) {
      app.get(
        `/${name}`,
        { config: { policy: 'feeds:read' }, schema: { querystring: subtreeQuery, response: { 200: listOf(feedObject) } } },
        async (req, reply) =>
          sendListing(
            req,
            reply,
            await feeds.list(principalOf(req), undefined, { includeDescendants: req.query.include_descendants === 'true' }),
          ),
      );
      app.post(
        `/${name}`,
        { config: { policy: 'feeds:create' }, schema: { body: createFeedBody, response: { 201: one(feedObject) } } },
        async (req, reply) => reply.status(201).send(await feeds.create(principalOf(req), undefined, req.body)),
      );
      app.get(
        `/${name}/:id`,
        { config: { policy: 'feeds:read' }, schema: { params: idParams, response: { 200: one(feedObject) } } },
        async (req) => feeds.find(principalOf(req), req.params.id),
      );
      app.patch(
        `/${name}/:id`,
        { config: { policy: 'feeds:update' }, schema: { params: idParams, body: updateFeedBody, response: { 200: one(feedObject) } } },
        async (req) => feeds.update(principalOf(req), req.params.id, req.body),
      );
      app.delete(
        `/${name}/:id`,
        { config: { policy: 'feeds:delete' }, schema: { params: idParams, response: { 200: one(feedDeleted) } } },
        async (req) => feeds.remove(principalOf(req), req.params.id),
      );
      app.post(
        `/${name}/:id/activate`,
        { config: { policy: 'feeds:activate' }, schema: { params: idParams, response: { 200: one(feedObject) } } },
        async (req) => feeds.setStatus(principalOf(req), req.params.id, 'active'),
      );
      app.post(
        `/${name}/:id/deactivate`,
        { config: { policy: 'feeds:activate' }, schema: { params: idParams, response: { 200: one(feedObject) } } },
        async (req) => feeds.setStatus(principalOf(req), req.params.id, 'inactive'),
      );

      app.post(
        `/${name}/:id/resync`,
        {
          config: { policy: 'feeds:update' },
          // The body is checked after the feed is found: another tenant's feed is a 404 whatever the body says.
          attachValidation: true,
          schema: {
            params: idParams,
            body: resyncFeedBody,
            response: { 200: one(feedResyncObject, 'What re-reading the days would change (dry_run), or that the re-read is queued.') },
          },
        },
        async (req) => {
          const feed = await feeds.load(principalOf(req), req.params.id);
          if (req.validationError) throw req.validationError;
          return resync(principalOf(req), feed.id, req.body);
        },
      );

      app.get(
        `/${name}/:id/health`,
        {
          config: { policy: 'feeds:read' },
          schema: {
            params: idParams,
            response: {
              200: listOf(healthEventObject, "The feed's health changes, newest first (500 a page unless `limit` says otherwise)."),
            },
          },
        },
        async (req, reply) => {
          const feed = await feeds.load(principalOf(req), req.params.id);
          return sendListing(req, reply, health.history('feed', feed.id));
        },
      );

      app.get(
        `/accounts/:account_id/${name}`,
        { config: { policy: 'feeds:read' }, schema: { params: accountIdParams, response: { 200: listOf(feedObject) } } },
        async (req, reply) => sendListing(req, reply, await feeds.list(principalOf(req), req.params.account_id)),
      );
      app.post(
        `/accounts/:account_id/${name}`,
        {
          config: { policy: 'feeds:create' },
          schema: { params: accountIdParams, body: createFeedBody, response: { 201: one(feedObject) } },
        },
        async (req, reply) => reply.status(201).send(await feeds.create(principalOf(req), req.params.account_id, req.body)),
      );
    }
  };
}
