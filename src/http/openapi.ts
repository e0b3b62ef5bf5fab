import { PAGES_PER_TREE_TEXT } from '../trees.js';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySerializerCompiler } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The error body of every 4xx and 5xx answer (PrintReleaf clients read `error`). */
export const errorBody = z
  .object({
    error: z.string().meta({ description: 'What went wrong, for people (it may change between releases).' }),
    code: z.number().int().meta({ description: 'The HTTP status.' }),
    reason: z.string().meta({
      description:
        'What went wrong, for programs: stable (invalid_request, not_found, credentials_rejected, portal_unreachable, tls_untrusted, ' +
        'rate_limited, …; docs/api.md).',
    }),
  })
  .meta({ id: 'Error', examples: [{ error: 'account_id: no such account.', code: 400, reason: 'invalid_request' }] });

const ERRORS: Record<string, string> = {
  400: 'Invalid input: the message names the field and the reason.',
  401: 'No valid API key or session.',
  403: "The caller's role may not do this, or the account is inactive.",
  404: "Not found, or outside the caller's account subtree (never revealed).",
  409: 'A uniqueness or state rule is hit.',
  429: 'Too many requests: wait for Retry-After seconds.',
  500: 'Internal error (no details; logged with the request id).',
};

/**
 * OpenAPI 3.1 from the same zod schemas the routes validate with (fastify-type-provider-zod → @fastify/swagger):
 * /openapi.json and Swagger UI at /docs. Every route's documented answers include the common errors.
 */
export async function installOpenApi(app: FastifyInstance, opts: { publicUrl: () => string }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Canopy API',
        version: '1',
        description:
          'PrintReleaf API v1 compatible: accounts, servers, feeds, deposits, volume, certificates and more, plus Canopy extensions. ' +
          'Authenticate with an API key as `Authorization: Bearer KEY` or as the HTTP Basic user name; ' +
          'the dashboard uses a session cookie and the X-CSRF-Token header. ' +
          `Trees: one tree per ${PAGES_PER_TREE_TEXT}` +
          ' standard pages; pages are exact, trees derived from them ' +
          '(two decimals on accounts, volume and certificates, three on quotes and transactions).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key (cnp_…).' },
          basic: { type: 'http', scheme: 'basic', description: 'An API key as the user name, any password.' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'canopy_session',
            description: 'Dashboard session; writes also need the X-CSRF-Token header.',
          },
        },
      },
      security: [{ bearer: [] }, { basic: [] }, { session: [] }],
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const schema = (out.schema ?? {}) as Record<string, unknown> & { response?: Record<string, unknown>; hide?: boolean };
      if (schema.hide) return out;
      const config = (input.route.config ?? {}) as { public?: boolean };
      const response: Record<string, unknown> = { ...(schema.response ?? {}) };
      for (const [status, description] of Object.entries(ERRORS)) {
        if (config.public && (status === '401' || status === '403')) continue;
        response[status] ??= { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
      }
      const tag = input.url.replace(/^\/v1\/(accounts\/\{account_id\}\/)?/, '').split('/')[0] || 'operations';
      return { ...out, schema: { ...schema, response, tags: [tag], ...(config.public ? { security: [] } : {}) } };
    },
    // Components come from zod's global registry (schemas with a meta id, such as Error); the server is PUBLIC_URL.
    transformObject: (input) => withoutUnusedInputCopies({ ...jsonSchemaTransformObject(input), servers: [{ url: opts.publicUrl() }] }),
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}

/**
 * fastify-type-provider-zod registers every component twice (`Server` and `ServerInput`); the copies nothing refers
 * to are dropped so the document lists each schema once.
 */
type OpenApiDocument = ReturnType<typeof jsonSchemaTransformObject>;
function withoutUnusedInputCopies(doc: OpenApiDocument): OpenApiDocument {
  const schemas = (doc as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
  if (!schemas) return doc;
  const text = JSON.stringify({
    ...doc,
    components: { schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => !name.endsWith('Input'))) },
  });
  for (const name of Object.keys(schemas)) {
    if (name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  }
  return doc;
}

/**
 * Serialises answers with JSON.stringify. With `checkResponses` (tests) each answer is first checked against its
 * route's response schema and a mismatch fails the request, so the documentation cannot drift from what is sent;
 * in production the check is skipped (it would parse every answer twice on the hot path).
 */
export function responseSerializer(checkResponses: boolean): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url, httpStatus }) =>
    (data) => {
      if (checkResponses && schema instanceof z.ZodType) {
        const checked = schema.safeParse(data);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          throw new Error(
            `response of ${method} ${url} (${httpStatus}) does not match its schema ` +
              `at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
          );
        }
      }
      return JSON.stringify(data);
    };
}
