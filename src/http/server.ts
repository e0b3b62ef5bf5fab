import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { installErrorHandling } from './error-handler.js';
import { installAuthentication, type Authenticators } from './auth.js';
import { firstUnsafeText, UNSAFE_TEXT_MESSAGE } from './text-rule.js';
import { SERVER_TLS_OPTIONS } from './tls-policy.js';
import { installRouteConventions } from './route-conventions.js';
import type { Principal } from '../access/principal.js';
import type { Dashboard } from './dashboard.js';
import { installOpenApi, responseSerializer } from './openapi.js';
import type { Permission } from '../access/policy.js';

export interface HttpServerOptions {
  logger: Logger;
  metrics: Metrics;
  tls: { key: string; cert: string };
  authenticate: Authenticators;
  /** Hooks every request passes after its answer (the audit log). */
  onAnswered: (app: FastifyInstance) => void;
  dashboard: Dashboard;
  /** The base URL clients use (documented as the OpenAPI server). */
  publicUrl: () => string;
  /** Check every answer against its documented schema and fail the request on a mismatch (tests). */
  strictResponses: boolean;
  /** Requests per minute per API key, session or (unauthenticated) client address. */
  rateLimitPerMinute: number;
  /** TRUST_PROXY: the proxies whose X-Forwarded-For gives the client address (none: the connecting address). */
  trustProxy?: string | undefined;
  /** The caller narrowed to one of its accounts (404 outside its subtree), for the account-scoped route twins. */
  narrowPrincipal: (p: Principal, accountId: string) => Promise<Principal>;
  /** Route plugins: [prefix, plugin]. */
  routes: Array<[string, (app: FastifyInstance) => Promise<void>]>;
}

const BODY_LIMIT = 256 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: ReadonlyArray<{ method: string; url: string; hidden: boolean; policy?: Permission }>;
  }
}

/**
 * The HTTPS server: TLS 1.2+ only, no plain-HTTP listener (a plain request to the port fails the TLS handshake
 * and gets no HTTP answer), HSTS on every response, JSON everywhere, authentication denied by default.
 */
export async function buildHttpServer(opts: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.logger,
    // TLS 1.2 (ECDHE with AEAD ciphers only) or 1.3: ./tls-policy.ts.
    https: { key: opts.tls.key, cert: opts.tls.cert, ...SERVER_TLS_OPTIONS },
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
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names: anyone else could send it to pose as
    // another client address and escape the per-address limits.
    trustProxy: opts.trustProxy ?? false,
  }) as unknown as FastifyInstance;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(opts.strictResponses));
  app.decorate('strictResponses', opts.strictResponses);
  // First, so that every plugin's onRoute hook sees the twins as routes of their own.
  installRouteConventions(app, { narrow: opts.narrowPrincipal });

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

  // Every body of this API is a JSON object: anything else (an array, a string, null…) is refused before any route.
  app.addHook('preValidation', async (request) => {
    const body: unknown = request.body;
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw Object.assign(new Error('The request body must be a JSON object.'), { statusCode: 400 });
    }
  });

  // One text rule for every route, before any schema: no NUL bytes, no unpaired surrogates (./text-rule.ts).
  app.addHook('preValidation', async (request) => {
    const bad = firstUnsafeText({ params: request.params, querystring: request.query, body: request.body });
    if (bad) throw Object.assign(new Error(`${bad}: ${UNSAFE_TEXT_MESSAGE}`), { statusCode: 400 });
  });

  await app.register(helmet, {
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
    contentSecurityPolicy: false, // set per page by the dashboard; the API answers JSON only
  });

  // Every route as registered (method, URL, hidden from the docs or not): the OpenAPI test compares the two.
  const registered: Array<{ method: string; url: string; hidden: boolean; policy?: Permission }> = [];
  app.addHook('onRoute', (route) => {
    const policy = (route.config as { policy?: Permission } | undefined)?.policy;
    for (const method of [route.method].flat()) {
      registered.push({
        method: String(method),
        url: route.url,
        hidden: Boolean((route.schema as { hide?: boolean } | undefined)?.hide),
        ...(policy ? { policy } : {}),
      });
    }
  });
  app.decorate('registeredRoutes', registered);

  await app.register(cookie);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  // Per caller once authenticated (the route-level limiter runs after authentication): the API key or the signed-in
  // user; else, on public routes, the client address. Never a raw Authorization or Cookie header, which a caller
  // could vary per request to get a fresh allowance. 429 with Retry-After.
  await app.register(rateLimit, {
    max: opts.rateLimitPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (req) => {
      const p = req.principal;
      if (p?.keyId) return `key:${p.keyId}`;
      if (p?.userId) return `user:${p.userId}`;
      return `ip:${req.ip}`;
    },
    allowList: (req) => /^\/(healthz|readyz|metrics)$/.test(req.url),
    errorResponseBuilder: (_req, context) =>
      Object.assign(
        new Error(`Too many requests: at most ${context.max} per ${context.after}. Retry after ${Math.ceil(context.ttl / 1000)} s.`),
        { statusCode: 429 },
      ),
  });

  installErrorHandling(app, (req, reply) => opts.dashboard.fallback(req, reply));
  installAuthentication(app, opts.authenticate);
  opts.onAnswered(app);
  await installOpenApi(app, { publicUrl: opts.publicUrl });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    opts.metrics.httpRequests.inc({ method: request.method, route, status: String(reply.statusCode) });
    opts.metrics.httpDuration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  for (const [prefix, plugin] of opts.routes) await app.register(plugin, { prefix });
  return app;
}
