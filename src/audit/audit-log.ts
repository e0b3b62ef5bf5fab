import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ownAccountOf, type Principal } from '../access/principal.js';
import { addDays, periodStart } from '../calendar.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { BadRequestError } from '../errors.js';
import { sendListing, type Listing } from '../http/listing.js';
import { apiTimestamp } from '../http/api-format.js';
import { apiDay, listOf, timestamp } from '../http/api-schemas.js';
import { principalOf } from '../http/auth.js';
import { accountScopedTwin } from '../http/route-conventions.js';
import { auditEntriesQuery, insertAuditEntry, type AuditFilters } from './audit-queries.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidParam = (description: string) => z.string().regex(UUID, 'must be an id (UUID)').optional().meta({ description });
const dayParam = (description: string) => apiDay.optional().meta({ description, examples: ['2024-03-05'] });

export const auditQuery = z.object({
  /** Only entries older than this entry id (paging backwards; `after`, the cursor of Link rel="next", does the same). */
  before: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'Only entries older than this entry id (paging backwards).', examples: [18342] }),
  actor_id: uuidParam('Only the writes of this user or API key.'),
  actor_type: z
    .enum(['api_key', 'user', 'anonymous'], 'must be one of api_key, user, anonymous')
    .optional()
    .meta({ description: 'Only writes made with an API key, by a signed-in user, or without credentials.' }),
  method: z
    .enum(['POST', 'PUT', 'PATCH', 'DELETE'], 'must be one of POST, PUT, PATCH, DELETE')
    .optional()
    .meta({ description: 'Only this method.' }),
  route: z
    .string()
    .max(300, 'must be at most 300 characters')
    .regex(/^\/v1\/[\w:./-]*$/, 'must be a route pattern such as /v1/servers/:id')
    .optional()
    .meta({
      description:
        'Only this route pattern (as in `route`), e.g. `/v1/servers/:id`; an item route includes its account-scoped twin ' +
        '(`/v1/accounts/:account_id/servers/:id`).',
      examples: ['/v1/servers/:id'],
    }),
  resource_id: uuidParam('Only writes to this resource.'),
  account_id: uuidParam("Only writes made by this account's users and keys (an account of the caller's subtree)."),
  from: dayParam('Only entries on or after this day (Europe/London, like every period of the API).'),
  to: dayParam('Only entries on or before this day (Europe/London).'),
  status: z
    .string()
    .regex(/^(success|failure|[1-5]\d\d)$/, 'must be success, failure or an HTTP status code')
    .optional()
    .meta({ description: '`success` (a status below 400), `failure` (400 and above) or one status code.', examples: ['failure'] }),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** The query's filters, checked together (a range that ends before it starts is the caller's error). */
export function auditFilters(q: AuditQuery): AuditFilters {
  if (q.from && q.to && q.to < q.from) throw new BadRequestError('querystring.to: must not be before from');
  return {
    before: q.before,
    actorId: q.actor_id?.toLowerCase(),
    actorType: q.actor_type,
    method: q.method,
    // An item route's account-scoped twin is the same operation (src/http/route-conventions.ts).
    routes: q.route ? [q.route, ...[accountScopedTwin(q.route)].filter((r) => r !== undefined)] : undefined,
    resourceId: q.resource_id?.toLowerCase(),
    accountId: q.account_id?.toLowerCase(),
    from: q.from ? periodStart(q.from) : undefined,
    toExclusive: q.to ? periodStart(addDays(q.to, 1)) : undefined,
    status: q.status === undefined || q.status === 'success' || q.status === 'failure' ? q.status : Number(q.status),
  };
}

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
    account_name: z.string().nullable().meta({ description: "The name of the entry's account." }),
    actor_name: z
      .string()
      .nullable()
      .meta({ description: "The user's full name, or the API key's name; null without an actor (or once it was deleted)." }),
    actor_email: z.string().nullable().meta({ description: "The user's email (users only)." }),
    actor_key_prefix: z
      .string()
      .nullable()
      .meta({ description: 'The first characters of the API key, to tell keys apart (API keys only; never the key).' }),
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
        account_name: 'Northwind MPS',
        actor_name: 'Dana Okafor',
        actor_email: 'dana@northwind.example',
        actor_key_prefix: null,
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
    const resourceId =
      [params.id, params.account_id].find((v): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v))?.toLowerCase() ?? null;
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

    /** GET /v1/audit: the entries of the caller's account subtree, narrowed by the filters; newest first, 100 a page. */
    list(p: Principal, f: AuditFilters) {
      return {
        db,
        query: auditEntriesQuery(db, p.accountId, f),
        keys: ['id'],
        descending: true,
        defaultLimit: 100,
        present: (rows) => rows.map(present),
      } satisfies Listing<AuditRow, z.infer<typeof auditEntryObject>>;
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
          async (req, reply) => sendListing(req, reply, this.list(principalOf(req), auditFilters(req.query as AuditQuery))),
        );
      };
    },
  };
}

type AuditRow = Awaited<ReturnType<ReturnType<typeof auditEntriesQuery>['executeTakeFirstOrThrow']>>;

function present(r: AuditRow): z.infer<typeof auditEntryObject> {
  const { user_name, user_email, key_name, key_prefix, ...e } = r;
  return {
    ...e,
    id: Number(e.id),
    at: apiTimestamp(e.at),
    actor_name: user_name ?? key_name,
    actor_email: user_email,
    actor_key_prefix: key_prefix,
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
