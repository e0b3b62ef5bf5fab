import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { ownAccountOf, type Principal } from '../access/principal.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { AuditLogTable } from '../db/schema.js';
import { sendListing, type Listing } from '../http/listing.js';
import { apiTimestamp } from '../http/api-format.js';
import { listOf, timestamp } from '../http/api-schemas.js';
import { principalOf } from '../http/auth.js';
import { auditEntriesQuery, insertAuditEntry } from './audit-queries.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const auditQuery = z.object({
  /** Only entries older than this entry id (paging backwards; `after`, the cursor of Link rel="next", does the same). */
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'Only entries older than this entry id (paging backwards).', examples: [18342] }),
});

/** One audit log entry (AuditLog.list): a write request, never its body or query string. */
export const auditEntryObject = z
  .strictObject({
    id: z.number().int(),
    at: timestamp(),
    account_id: z.string().nullable(),
    actor_type: z.enum(['api_key', 'user', 'anonymous']),
    actor_id: z.string().nullable().meta({ description: 'The API key or user.' }),
    method: z.string(),
    route: z.string().meta({ description: 'The route pattern, not the URL.' }),
    resource_id: z.string().nullable(),
    status: z.number().int(),
    ip: z.string().nullable(),
    user_agent: z.string().nullable(),
  })
  .meta({
    id: 'AuditEntry',
    examples: [
      {
        id: 18341,
        at: '2024-03-05T10:12:44Z',
        account_id: '9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a',
        actor_type: 'user',
        actor_id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
        method: 'PATCH',
        route: '/v1/servers/:id',
        resource_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c',
        status: 200,
        ip: '203.0.113.24',
        user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
      },
    ],
  });

/**
 * The audit log: every write request to the API (who, what, when, from where, and how it ended), recorded after the
 * response. Only the route pattern and the resource id are kept: never bodies, query strings or tokens in paths.
 */
export function createAuditLog(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function record(request: FastifyRequest, status: number): Promise<void> {
    const route = request.routeOptions.url;
    if (!route || !WRITE_METHODS.has(request.method) || !route.startsWith('/v1/')) return;
    const params = (request.params ?? {}) as Record<string, unknown>;
    const p: Principal | null = request.principal;
    const resourceId = [params.id, params.account_id].find((v): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v)) ?? null;
    await insertAuditEntry(db, {
      at: clock.now(),
      account_id: p ? ownAccountOf(p) : null,
      actor_type: p ? (p.keyId ? 'api_key' : 'user') : 'anonymous',
      actor_id: p ? (p.keyId ?? p.userId) : null,
      method: request.method,
      route,
      resource_id: resourceId,
      status,
      ip: request.ip,
      user_agent: request.headers['user-agent']?.slice(0, 300) ?? null,
    });
  }

  return {
    install(app: FastifyInstance): void {
      app.addHook('onResponse', async (request, reply) => {
        await record(request, reply.statusCode).catch((err: unknown) => request.log.error({ err }, 'audit log write failed'));
      });
    },

    /** GET /v1/audit: the entries of the caller's account subtree, newest first. */
    /** GET /v1/audit: newest first, 100 a page unless `limit` says otherwise. */
    list(p: Principal, q: z.infer<typeof auditQuery>) {
      return {
        db,
        query: auditEntriesQuery(db, p.accountId, q.before),
        keys: ['id'],
        descending: true,
        defaultLimit: 100,
        present: (rows) => rows.map((r) => ({ ...r, id: Number(r.id), at: apiTimestamp(r.at) })),
      } satisfies Listing<Selectable<AuditLogTable>, unknown>;
    },

    routes() {
      return async (root: FastifyInstance) => {
        root.get(
          '/audit',
          {
            config: { policy: 'audit:read' },
            schema: {
              querystring: auditQuery,
              response: { 200: listOf(auditEntryObject, "Write requests of the caller's account subtree, newest first.") },
            },
          },
          async (req, reply) => sendListing(req, reply, this.list(principalOf(req), req.query as z.infer<typeof auditQuery>)),
        );
      };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
