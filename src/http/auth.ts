import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../access/principal.js';
import { authorize, type Permission } from '../access/policy.js';
import { ForbiddenError, UnauthorizedError } from '../errors.js';
import { CSRF_HEADER, csrfMatches, SESSION_COOKIE } from '../access/session-tokens.js';
import type { SessionPrincipal } from '../access/principal.js';

/** How callers are recognised; the features that own keys and sessions supply these (http knows no feature). */
export interface Authenticators {
  /** The principal of an API key, { inactive } for a key of an inactive account, undefined for no valid key. */
  apiKey(key: string): Promise<Principal | { inactive: true } | undefined>;
  /** The same for a session cookie's token. */
  session(token: string): Promise<SessionPrincipal | { inactive: true } | undefined>;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without authentication must say so: everything else requires it (deny by default). */
    public?: boolean;
    /** The permission an authenticated route needs (src/accounts/policy.ts). Required on every non-public route. */
    policy?: Permission;
  }
}

/**
 * API keys are accepted as HTTP Basic user name (any or no password: `curl -u KEY:`), as the docs say,
 * and as `Authorization: Bearer KEY`, as both official clients send.
 */
export function keyFromAuthorization(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value] = header.trim().split(/\s+/, 2);
  if (!scheme || !value) return undefined;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? decoded : decoded.slice(0, colon);
  }
  return undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who is calling: an API key (Authorization header), or else a dashboard session (cookie; writes must carry the
 * session's CSRF token in X-CSRF-Token). Then the route's permission is checked against the caller's role.
 */
export function installAuthentication(app: FastifyInstance, authenticate: Authenticators): void {
  app.decorateRequest('principal', null);
  // Deny by default, at registration: a route is public or names its permission, or the server does not start.
  app.addHook('onRoute', (route) => {
    // Swagger UI's own pages (@fastify/swagger-ui cannot be given route config) are public documentation.
    if (route.url === '/docs' || route.url.startsWith('/docs/')) route.config = { ...(route.config as object), public: true };
    const config = (route.config ?? {}) as { public?: boolean; policy?: Permission };
    if (!config.public && !config.policy && route.method !== 'HEAD') {
      throw new Error(`Route ${String(route.method)} ${route.url} declares neither config.public nor config.policy.`);
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    // Unmatched routes fall through to the JSON 404; public routes opt out explicitly.
    if (!request.routeOptions.url || request.routeOptions.config.public) return;
    const key = keyFromAuthorization(request.headers.authorization);
    if (key) {
      const principal = await authenticate.apiKey(key);
      if (!principal) throw new UnauthorizedError('The API key is invalid or has been revoked.');
      if ('inactive' in principal) throw new ForbiddenError('This account is inactive.');
      if (principal.scope === 'read' && !SAFE_METHODS.has(request.method))
        throw new ForbiddenError('This API key is read-only: it can read, not change anything.');
      request.principal = principal;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new UnauthorizedError();
    const session = await authenticate.session(token);
    if (!session) throw new UnauthorizedError('Your session has ended: please sign in again.');
    if ('inactive' in session) throw new ForbiddenError('This account is inactive.');
    request.principal = session;
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(session.csrfHash, request.headers[CSRF_HEADER])) {
      throw new ForbiddenError('This request needs the X-CSRF-Token header of your session.');
    }
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const policy = request.routeOptions.config.policy;
    if (policy && request.principal) authorize(request.principal, policy);
  });
}

/** The authenticated caller of a route that is not public. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new UnauthorizedError();
  return request.principal;
}
