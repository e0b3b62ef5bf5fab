import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Metrics } from './metrics.js';

/** Liveness, readiness and Prometheus metrics: public, no secrets, cheap. */
export function opsRoutes(deps: { db: Db; metrics: Metrics }) {
  return async function register(app: FastifyInstance) {
    app.get('/healthz', { config: { public: true }, logLevel: 'warn' }, async () => ({ status: 'ok' }));

    app.get('/readyz', { config: { public: true }, logLevel: 'warn' }, async (_req, reply) => {
      try {
        await sql`SELECT 1`.execute(deps.db);
        return { status: 'ready', database: 'ok' };
      } catch {
        return reply.status(503).send({ error: 'The database is not reachable.', code: 503, status: 'not ready', database: 'unreachable' });
      }
    });

    app.get('/metrics', { config: { public: true }, logLevel: 'warn' }, async (_req, reply) => {
      reply.header('content-type', deps.metrics.registry.contentType);
      return deps.metrics.registry.metrics();
    });
  };
}
