import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import { principalOf } from '../http/auth.js';
import { sendListing } from '../http/listing.js';
import { createServerBody, probeServerBody, updateServerBody } from './server-schemas.js';
import { probeReportObject, serverDeleted, serverObject } from './server-api-schema.js';
import type { ServerService } from './server-service.js';
import type { ServerChecks } from './server-checks.js';
import { z } from 'zod';
import type { SyncHistory } from './sync-history.js';
import type { HealthService } from '../health/health-service.js';
import { healthEventObject } from '../health/health-api-schema.js';
import { syncRunObject } from './sync-api-schema.js';
import { listOf, one } from '../http/api-schemas.js';

const collectQueued = z.strictObject({ queued: z.literal(true) }).meta({ id: 'CollectionQueued', examples: [{ queued: true }] });

/** /v1/servers and /v1/accounts/:account_id/servers (PrintReleaf v1 §7.5) plus the Canopy extensions. */
export function serverRoutes(deps: {
  servers: Pick<ServerService, 'list' | 'create' | 'find' | 'update' | 'remove' | 'load' | 'probe'>;
  syncs: Pick<SyncHistory, 'list'>;
  health: Pick<HealthService, 'history'>;
  checks: Pick<ServerChecks, 'checkServer'>;
  requestCollection: (serverId: string, trigger: string) => Promise<void>;
}) {
  const { servers, syncs, health, checks, requestCollection } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get('/servers', { config: { policy: 'servers:read' }, schema: { response: { 200: listOf(serverObject) } } }, async (req, reply) =>
      sendListing(req, reply, await servers.list(principalOf(req))),
    );
    app.post(
      '/servers',
      { config: { policy: 'servers:create' }, schema: { body: createServerBody, response: { 201: one(serverObject) } } },
      async (req, reply) => reply.status(201).send(await servers.create(principalOf(req), undefined, req.body)),
    );
    app.post(
      '/servers/probe',
      {
        config: { policy: 'servers:create' },
        schema: {
          body: probeServerBody,
          response: {
            200: one(
              probeReportObject,
              'What Canopy finds at a portal, step by step (TLS, log-in style, customers, a sample reading, latency); nothing is saved.',
            ),
          },
        },
      },
      async (req) => servers.probe(principalOf(req), req.body),
    );
    app.get(
      '/servers/:id',
      { config: { policy: 'servers:read' }, schema: { params: idParams, response: { 200: one(serverObject) } } },
      async (req) => servers.find(principalOf(req), req.params.id),
    );
    app.patch(
      '/servers/:id',
      { config: { policy: 'servers:update' }, schema: { params: idParams, body: updateServerBody, response: { 200: one(serverObject) } } },
      async (req) => servers.update(principalOf(req), req.params.id, req.body),
    );
    app.post(
      '/servers/:id/check',
      {
        config: { policy: 'servers:update' },
        schema: { params: idParams, response: { 200: one(serverObject, 'The server with the health its log-in check now gave.') } },
      },
      async (req) => {
        const server = await servers.load(principalOf(req), req.params.id);
        await checks.checkServer(server.id);
        return servers.find(principalOf(req), server.id);
      },
    );
    app.post(
      '/servers/:id/collect',
      {
        config: { policy: 'servers:update' },
        schema: { params: idParams, response: { 202: one(collectQueued, 'A collection of the server is queued.') } },
      },
      async (req, reply) => {
        const server = await servers.load(principalOf(req), req.params.id);
        await requestCollection(server.id, 'manual');
        return reply.status(202).send({ queued: true as const });
      },
    );
    app.delete(
      '/servers/:id',
      { config: { policy: 'servers:delete' }, schema: { params: idParams, response: { 200: one(serverDeleted) } } },
      async (req) => servers.remove(principalOf(req), req.params.id),
    );
    app.get(
      '/servers/:id/syncs',
      {
        config: { policy: 'servers:read' },
        schema: {
          params: idParams,
          response: {
            200: listOf(syncRunObject, "The server's collection runs, newest first (100 a page unless `limit` says otherwise)."),
          },
        },
      },
      async (req, reply) => {
        const server = await servers.load(principalOf(req), req.params.id);
        return sendListing(req, reply, syncs.list(server.id));
      },
    );

    app.get(
      '/servers/:id/health',
      {
        config: { policy: 'servers:read' },
        schema: {
          params: idParams,
          response: {
            200: listOf(healthEventObject, "The server's health changes, newest first (500 a page unless `limit` says otherwise)."),
          },
        },
      },
      async (req, reply) => {
        const server = await servers.load(principalOf(req), req.params.id);
        return sendListing(req, reply, health.history('server', server.id));
      },
    );

    app.get(
      '/accounts/:account_id/servers',
      { config: { policy: 'servers:read' }, schema: { params: accountIdParams, response: { 200: listOf(serverObject) } } },
      async (req, reply) => sendListing(req, reply, await servers.list(principalOf(req), req.params.account_id)),
    );
    app.post(
      '/accounts/:account_id/servers',
      {
        config: { policy: 'servers:create' },
        schema: { params: accountIdParams, body: createServerBody, response: { 201: one(serverObject) } },
      },
      async (req, reply) => reply.status(201).send(await servers.create(principalOf(req), req.params.account_id, req.body)),
    );
  };
}
