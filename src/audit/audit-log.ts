import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Principal } from '../accounts/principal.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { apiTimestamp } from '../http/api-format.js';
import { principalOf } from '../http/auth.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** Only entries older than this entry id (paging backwards). */
  before: z.coerce.number().int().min(1).optional(),
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
    await db.insertInto('audit_log').values({
      at: clock.now(),
      account_id: p?.accountId ?? null,
      actor_type: p ? (p.keyId ? 'api_key' : 'user') : 'anonymous',
      actor_id: p ? (p.keyId ?? p.userId) : null,
      method: request.method,
      route,
      resource_id: resourceId,
      status,
      ip: request.ip,
      user_agent: request.headers['user-agent']?.slice(0, 300) ?? null,
    }).execute();
  }

  return {
    install(app: FastifyInstance): void {
      app.addHook('onResponse', async (request, reply) => {
        await record(request, reply.statusCode).catch((err: unknown) => request.log.error({ err }, 'audit log write failed'));
      });
    },

    /** GET /v1/audit: the entries of the caller's account subtree, newest first. */
    async list(p: Principal, q: z.infer<typeof auditQuery>) {
      const rows = await db
        .selectFrom('audit_log as l')
        .innerJoin('accounts as a', 'a.id', 'l.account_id')
        .selectAll('l')
        .where(sql<boolean>`a.ancestry @> ARRAY[${p.accountId}]::uuid[]`)
        .$if(q.before !== undefined, (qb) => qb.where('l.id', '<', String(q.before)))
        .orderBy('l.id', 'desc')
        .limit(q.limit)
        .execute();
      return rows.map((r) => ({ ...r, id: Number(r.id), at: apiTimestamp(r.at) }));
    },

    routes() {
      return async (root: FastifyInstance) => {
        root.get('/audit', { config: { policy: 'audit:read' }, schema: { querystring: auditQuery } }, async (req) =>
          this.list(principalOf(req), req.query as z.infer<typeof auditQuery>));
      };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
