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
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP, theme: DOCS_THEME, logo: DOCS_LOGO });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}

/**
 * The docs' Content-Security-Policy: everything from this origin only; inline styles allowed because Swagger UI's
 * bundle sets them (the plugin's default policy refuses them, which the browser logs as an error on every load).
 */
const DOCS_CSP =
  "default-src 'self'; base-uri 'self'; connect-src 'self'; font-src 'self' data:; form-action 'self'; frame-ancestors 'none'; " +
  "img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'";

/** Canopy's tree (the certificate's mark), as the docs' favicon and in their header. */
const TREE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 24" width="20" height="24" aria-hidden="true">' +
  '<path fill="#8cc79f" d="M10 0 L15 8 H13 L17 15 H14 L19 21 H1 L6 15 H3 L7 8 H5 Z"/>' +
  '<rect fill="#fff" x="8.5" y="21" width="3" height="3"/></svg>';

/** The header's logo as first drawn (the theme's script adds the name beside it). */
const DOCS_LOGO = { type: 'image/svg+xml', content: TREE_SVG, href: '/' };

/**
 * /docs in Canopy's name and colours: the page title, the favicon, and the header's logo replaced by the tree and
 * "Canopy API" (a script file of the UI's own, so the page's CSP, scripts from 'self' only, holds).
 */
const DOCS_THEME = {
  title: 'Canopy API · Documentation',
  favicon: [{ filename: 'canopy.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: TREE_SVG }],
  css: [
    {
      filename: 'canopy.css',
      content:
        '.swagger-ui .topbar{background:#1f4e37}.swagger-ui .topbar a.link{display:flex;align-items:center;gap:10px;' +
        'color:#fff;font:700 1.25rem/1 system-ui,sans-serif;text-decoration:none}',
    },
  ],
  js: [
    {
      filename: 'canopy.js',
      // Swagger UI (and the plugin's logo option) render the header's link after load: it is re-branded whenever drawn.
      content: `(function () {
  function brand() {
    var link = document.querySelector('#swagger-ui .topbar .topbar-wrapper > a.link');
    if (!link || link.querySelector('.canopy-brand')) return;
    link.innerHTML = ${JSON.stringify(`${TREE_SVG}<span class="canopy-brand">Canopy API</span>`)};
    link.href = '/';
  }
  window.addEventListener('load', function () {
    brand();
    new MutationObserver(brand).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
  });
})();
`,
    },
  ],
};

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
