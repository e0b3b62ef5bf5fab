import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountIdParams } from '../accounts/account-schemas.js';
import { NotFoundError } from '../errors.js';
import { one } from '../http/api-schemas.js';
import { principalOf } from '../http/auth.js';
import { brandingObject, brandingPatchBody, dashboardBrandingObject } from './branding-api-schema.js';
import type { BrandingService } from './branding-service.js';
import { LOGO_MAX_BYTES, LogoTooLargeError } from './logo-image.js';

/**
 * The raw bytes of an upload. Kept out of sight (a private field): the text rule and the JSON-object rule of every
 * request (src/http/server.ts) walk a body's own properties, and half a megabyte of bytes is not text to check.
 */
export class UploadedBytes {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

const logoBody = z
  .custom<UploadedBytes>((v) => v instanceof UploadedBytes, {
    message: "send the image's bytes as the body, with Content-Type image/png or image/jpeg (not JSON or a form)",
  })
  .meta({
    type: 'string',
    format: 'binary',
    description:
      'The image file itself (not JSON, not a form): a PNG or JPEG of at most 512 KB, 16 × 16 to 2000 × 2000 pixels. ' +
      'It is decoded and encoded again (metadata and anything else in the file dropped; wider than 600 px scaled down). ' +
      'Its bytes decide its type: an SVG, a GIF or bytes that do not decode are a 400 naming the problem.',
    examples: ['<the bytes of logo.png>'],
  });

/** Reads the body as bytes, at most LOGO_MAX_BYTES (413 `logo: at most 512 KB` beyond, before reading it all). */
async function readBytes(request: FastifyRequest, payload: AsyncIterable<Buffer>): Promise<UploadedBytes> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > LOGO_MAX_BYTES) throw new LogoTooLargeError();
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of payload) {
    length += chunk.length;
    if (length > LOGO_MAX_BYTES) throw new LogoTooLargeError();
    chunks.push(chunk);
  }
  return new UploadedBytes(Buffer.concat(chunks));
}

/**
 * /v1/accounts/:account_id/branding (GET, PATCH), …/branding/logo (PUT the image's bytes, DELETE) and /v1/branding (the
 * signed-in dashboard's). The account must lie in the caller's subtree (404 otherwise, checked before the body).
 */
export function brandingRoutes(deps: { branding: BrandingService }) {
  const { branding } = deps;
  const inScope = async (req: FastifyRequest) => {
    await branding.checkScope(principalOf(req), (req.params as { account_id: string }).account_id);
  };
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/branding',
      {
        config: { policy: 'branding:read' },
        schema: {
          description:
            "The branding the signed-in dashboard shows: the caller's account's own when it is a provider with branding, else " +
            'that of the nearest provider above it with branding (a customer sees its provider’s), else none.',
          response: { 200: one(dashboardBrandingObject) },
        },
      },
      async (req) => branding.forDashboard(principalOf(req)),
    );
    app.get(
      '/accounts/:account_id/branding',
      { config: { policy: 'branding:read' }, schema: { params: accountIdParams, response: { 200: one(brandingObject) } } },
      async (req) => branding.get(principalOf(req), req.params.account_id),
    );
    app.patch(
      '/accounts/:account_id/branding',
      {
        config: { policy: 'branding:update' },
        preValidation: inScope,
        schema: {
          description: "Sets the brand colour and the display name (the account's `display_name`); providers only.",
          params: accountIdParams,
          body: brandingPatchBody,
          response: { 200: one(brandingObject) },
        },
      },
      async (req) => branding.update(principalOf(req), req.params.account_id, req.body),
    );
    app.delete(
      '/accounts/:account_id/branding/logo',
      {
        config: { policy: 'branding:delete' },
        schema: { description: 'Removes the logo (the colour stays).', params: accountIdParams, response: { 200: one(brandingObject) } },
      },
      async (req) => branding.deleteLogo(principalOf(req), req.params.account_id),
    );

    // The upload, in a context of its own: any Content-Type but JSON is read as bytes (the bytes decide the type).
    await app.register(async (upload) => {
      upload.addContentTypeParser('*', (req: FastifyRequest, payload: IncomingMessage) => readBytes(req, payload));
      upload.withTypeProvider<ZodTypeProvider>().put(
        '/accounts/:account_id/branding/logo',
        {
          config: { policy: 'branding:create' },
          preValidation: inScope,
          schema: {
            description:
              'Uploads the logo: the body is the image file itself (`curl -T logo.png -H "Content-Type: image/png" …`). ' +
              'Over 512 KB: 413 `logo: at most 512 KB`. Replaces the current logo.',
            consumes: ['image/png', 'image/jpeg'],
            params: accountIdParams,
            body: logoBody,
            response: { 200: one(brandingObject) },
          },
        },
        async (req) => branding.setLogo(principalOf(req), req.params.account_id, req.body.bytes),
      );
    });
  };
}

/**
 * GET /branding/:account_id/logo.png (or .jpg), without login: the logo for certificate pages and the dashboard. With
 * `?v=<sha256>` of the current logo it is cached for a year (a new logo has a new URL); otherwise for five minutes.
 * Not in the OpenAPI document (an image, like the dashboard's assets).
 */
export function publicBrandingRoutes(deps: { branding: Pick<BrandingService, 'publicLogo'> }) {
  return async function register(app: FastifyInstance) {
    app.get<{ Params: { account_id: string; file: string }; Querystring: { v?: string } }>(
      '/branding/:account_id/:file',
      { config: { public: true }, schema: { hide: true } },
      async (req, reply) => {
        const logo = await deps.branding.publicLogo(req.params.account_id, req.params.file);
        if (!logo) throw new NotFoundError();
        const current = req.query.v === logo.sha256;
        return reply
          .type(logo.mediaType)
          .header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
          .header('etag', `"${logo.sha256}"`)
          .header('content-security-policy', "default-src 'none'")
          .header('content-disposition', `inline; filename="${req.params.file}"`)
          .send(logo.bytes);
      },
    );
  };
}
