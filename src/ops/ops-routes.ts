import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { errorBody } from '../http/openapi.js';
import type { Metrics } from '../observability/metrics.js';
import { pingDatabase } from './ops-queries.js';

const healthzSchema = {
  response: { 200: z.strictObject({ status: z.literal('ok') }).meta({ description: 'The process is up.', examples: [{ status: 'ok' }] }) },
};

const readyzSchema = {
  response: {
    200: z
      .strictObject({ status: z.literal('ready'), database: z.literal('ok') })
      .meta({ description: 'Ready: the database answers.', examples: [{ status: 'ready', database: 'ok' }] }),
    503: errorBody
      .extend({ status: z.literal('not ready'), database: z.literal('unreachable') })
      .strict()
      .meta({
        description: 'Not ready: the database does not answer.',
        examples: [{ error: 'The database is not reachable.', code: 503, status: 'not ready', database: 'unreachable' }],
      }),
  },
};

const metricsSchema = {
  response: {
    200: {
      description: 'Prometheus metrics (text exposition format 0.0.4).',
      content: {
        'text/plain': {
          schema: z.string().meta({
            examples: [
              '# HELP canopy_http_requests_total HTTP requests served, by method, route pattern and status.\n' +
                '# TYPE canopy_http_requests_total counter\n' +
                'canopy_http_requests_total{method="GET",route="/v1/servers",status="200",service="canopy"} 42\n',
            ],
          }),
        },
      },
    },
  },
};

/** Liveness, readiness and Prometheus metrics: public, no secrets, cheap. */
export function opsRoutes(deps: { db: Db; metrics: Pick<Metrics, 'registry'> }) {
  return async function register(app: FastifyInstance) {
    app.get('/healthz', { config: { public: true }, logLevel: 'warn', schema: healthzSchema }, async () => ({ status: 'ok' }));

    app.get('/readyz', { config: { public: true }, logLevel: 'warn', schema: readyzSchema }, async (_req, reply) => {
      try {
        await pingDatabase(deps.db);
        return { status: 'ready', database: 'ok' };
      } catch {
        return reply.status(503).send({ error: 'The database is not reachable.', code: 503, status: 'not ready', database: 'unreachable' });
      }
    });

    app.get('/metrics', { config: { public: true }, logLevel: 'warn', schema: metricsSchema }, async (_req, reply) => {
      reply.header('content-type', deps.metrics.registry.contentType);
      return deps.metrics.registry.metrics();
    });
  };
}
