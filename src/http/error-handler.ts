import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { CanopyError, TooManyRequestsError, UpstreamError } from '../errors.js';

/**
 * The one place errors become HTTP answers: `{"error": "...", "code": <status>}` (PrintReleaf clients read `error`).
 * 5xx answers never carry internals; they are logged with the request id instead.
 */
export function installErrorHandling(
  app: FastifyInstance,
  notFoundFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean,
): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const { status, message, reason } = describe(err);
    if (status >= 500 && !(err instanceof UpstreamError)) request.log.error({ err }, 'request failed');
    if (status === 401) reply.header('www-authenticate', 'Bearer realm="Canopy API"');
    if (err instanceof TooManyRequestsError) reply.header('retry-after', String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
    void reply.status(status).send({ error: message, code: status, reason });
  });

  app.setNotFoundHandler((request, reply) => {
    if (notFoundFallback?.(request, reply)) return;
    void reply.status(404).send({ error: 'Not Found.', code: 404, reason: 'not_found' });
  });
}

/** Stable reasons of the answers that do not come from a CanopyError (docs/api.md, Errors). */
const REASON_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'internal',
  503: 'unavailable',
};

function describe(err: FastifyError): { status: number; message: string; reason: string } {
  const { status, message } = statusAndMessage(err);
  const reason = err instanceof CanopyError ? err.reason : (REASON_OF_STATUS[status] ?? (status >= 500 ? 'internal' : 'invalid_request'));
  return { status, message, reason };
}

function statusAndMessage(err: FastifyError): { status: number; message: string } {
  if (err instanceof CanopyError) return { status: err.status, message: err.message };
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0]!;
    const where = [err.validationContext, ...first.instancePath.split('/').filter(Boolean)].join('.');
    const message = (first.params.issue as { message?: string } | undefined)?.message ?? first.message ?? 'is invalid';
    return { status: 400, message: `${where}: ${message}` };
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'The request body is not valid JSON.' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, message: 'The request body is too large.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: 'Request bodies must be JSON (Content-Type: application/json).' };
  }
  if (err instanceof SyntaxError) return { status: 400, message: 'The request body is not valid JSON.' };
  const code = err.statusCode ?? 500;
  if (code >= 400 && code < 500) return { status: code, message: err.message };
  return { status: 500, message: 'Internal server error. Please try again.' };
}
