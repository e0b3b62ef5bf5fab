import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';
import type { Principal } from '../access/principal.js';
import { listSchemaOf, pageQuery } from './listing.js';

/**
 * Two conventions every route gets by being declared, so that no route can forget them:
 *
 * 1. **Both scopes.** The PrintReleaf clients address a resource found, listed or created through an account as
 *    `/v1/accounts/:account_id/<resource>/:id` (find, update, delete, actions). Every default-scope item route
 *    (`/v1/<resource>/:id…`, not public) is registered a second time under `/v1/accounts/:account_id`, with the same
 *    handler: the twin first narrows the caller to that account (404 unless it lies in the caller's subtree), so the
 *    answer is the default route's, and an id outside that account's subtree is the same 404.
 * 2. **Pages.** Every route that answers a list documents and accepts the `limit`/`after` extension
 *    (src/http/listing.ts).
 */

const ITEM_ROUTE = /^\/v1\/(?!accounts\/:account_id(\/|$))([a-z_]+(?:\/[a-z_]+)*)\/:id(\/.*)?$/;
const HOOKS = [
  'onRequest',
  'preParsing',
  'preValidation',
  'preHandler',
  'preSerialization',
  'onSend',
  'onResponse',
  'onTimeout',
  'onError',
] as const;

/** The twin of a default-scope item route, or undefined when the route is not one. */
export function accountScopedTwin(url: string): string | undefined {
  return ITEM_ROUTE.test(url) ? url.replace(/^\/v1\//, '/v1/accounts/:account_id/') : undefined;
}

export function installRouteConventions(
  app: FastifyInstance,
  deps: { narrow: (p: Principal, accountId: string) => Promise<Principal> },
): void {
  const narrowToAccount = async (request: FastifyRequest) => {
    const { account_id: accountId } = request.params as { account_id: string };
    if (request.principal) request.principal = await deps.narrow(request.principal, accountId);
  };

  app.addHook('onRoute', (route) => {
    const schema = route.schema as { params?: unknown; querystring?: unknown; response?: Record<number, unknown> } | undefined;
    // Pages: a list answer accepts limit/after (merged into the route's own query schema, if any).
    if (schema && listSchemaOf(schema.response?.[200]) && !(route.config as { public?: boolean } | undefined)?.public) {
      const own = schema.querystring;
      schema.querystring = own instanceof z.ZodObject ? own.extend(pageQuery.shape) : pageQuery;
    }

    if (route.method === 'HEAD' || (route.config as { public?: boolean } | undefined)?.public) return;
    const twin = accountScopedTwin(route.url);
    if (!twin) return;
    const params = schema?.params instanceof z.ZodObject ? schema.params : z.object({});
    const copy: Record<string, unknown> = { ...route };
    for (const hook of HOOKS) {
      const h = (route as unknown as Record<string, unknown>)[hook];
      if (Array.isArray(h)) copy[hook] = [...h]; // never share an array another plugin may push into
    }
    const preHandler = copy.preHandler;
    app.route({
      ...(copy as unknown as RouteOptions),
      url: twin,
      path: undefined,
      prefix: undefined,
      schema: { ...schema, params: params.extend({ account_id: z.string() }) },
      preHandler: [narrowToAccount, ...(Array.isArray(preHandler) ? preHandler : preHandler ? [preHandler] : [])],
    } as RouteOptions);
  });
}
