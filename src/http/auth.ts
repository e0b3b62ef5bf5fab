import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiKeyService } from '../accounts/api-key-service.js';
import type { Principal } from '../accounts/principal.js';
import { authorize, type Permission } from '../accounts/policy.js';
import { ForbiddenError, UnauthorizedError } from '../errors.js';

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

export function installAuthentication(app: FastifyInstance, apiKeys: ApiKeyService): void {
  app.decorateRequest('principal', null);
  // Deny by default, at registration: a route is public or names its permission, or the server does not start.
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { public?: boolean; policy?: Permission };
    if (!config.public && !config.policy && route.method !== 'HEAD') {
      throw new Error(`Route ${String(route.method)} ${route.url} declares neither config.public nor config.policy.`);
    }
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    // Unmatched routes fall through to the JSON 404; public routes opt out explicitly.
    if (!request.routeOptions.url || request.routeOptions.config.public) return;
    const key = keyFromAuthorization(request.headers.authorization);
    if (!key) throw new UnauthorizedError();
    const principal = await apiKeys.authenticate(key);
    if (!principal) throw new UnauthorizedError('The API key is invalid or has been revoked.');
    if ('inactive' in principal) throw new ForbiddenError('This account is inactive.');
    request.principal = principal;
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
