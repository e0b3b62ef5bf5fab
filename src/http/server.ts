import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import { validatorCompiler, serializerCompiler } from 'fastify-type-provider-zod';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { installErrorHandling } from './error-handler.js';
import { installAuthentication } from './auth.js';
import type { ApiKeyService } from '../accounts/api-key-service.js';

export interface HttpServerOptions {
  logger: Logger;
  metrics: Metrics;
  tls: { key: string; cert: string };
  apiKeys: ApiKeyService;
  /** Route plugins: [prefix, plugin]. */
  routes: Array<[string, (app: FastifyInstance) => Promise<void>]>;
}

const BODY_LIMIT = 256 * 1024;

/**
 * The HTTPS server: TLS 1.2+ only, no plain-HTTP listener (a plain request to the port fails the TLS handshake
 * and gets no HTTP answer), HSTS on every response, JSON everywhere, authentication denied by default.
 */
export async function buildHttpServer(opts: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.logger,
    https: { key: opts.tls.key, cert: opts.tls.cert, minVersion: 'TLSv1.2' },
    bodyLimit: BODY_LIMIT,
    // Explicit timeouts: a slow or idle client cannot hold a socket forever.
    connectionTimeout: 60_000,
    keepAliveTimeout: 10_000,
    requestTimeout: 60_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { ignoreTrailingSlash: true },
    genReqId: () => crypto.randomUUID(),
  }) as unknown as FastifyInstance;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // An empty JSON body (an activate call with Content-Type: application/json and nothing else) counts as no body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (req, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined);
    parseJson(req, body as string, done);
  });

  // The PrintReleaf JS client sends list filters as a JSON body on GET, which Fastify does not parse: read it here.
  app.addHook('preValidation', async (request) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (request.method !== 'GET' || !length || !/application\/json/.test(request.headers['content-type'] ?? '')) return;
    if (length > BODY_LIMIT) throw Object.assign(new Error('The request body is too large.'), { statusCode: 413 });
    const chunks: Buffer[] = [];
    for await (const chunk of request.raw) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    request.body = await new Promise((resolve, reject) =>
      parseJson(request, text, (err, value) => (err ? reject(Object.assign(err, { statusCode: 400 })) : resolve(value))),
    );
  });

  await app.register(helmet, {
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
    contentSecurityPolicy: false, // set per page by the dashboard; the API answers JSON only
  });

  installErrorHandling(app);
  installAuthentication(app, opts.apiKeys);

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    opts.metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    opts.metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  for (const [prefix, plugin] of opts.routes) await app.register(plugin, { prefix });
  return app;
}
