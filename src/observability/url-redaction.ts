/**
 * Secrets in URLs never reach a log: link tokens (invitations, password resets and any future link,
 * src/http/link-tokens.ts), API keys, and anything else that looks like a secret. The rule does not know routes,
 * so a new link cannot forget it: a path segment or query value of 20 or more URL-safe characters that is not a
 * UUID (Canopy's ids) is replaced, and so is every value of a query parameter whose name says it is secret.
 */
const SECRET_LIKE = /^[A-Za-z0-9_~.-]*[A-Za-z0-9_-]{20,}[A-Za-z0-9_~.-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z]+)?$/i;
const SECRET_PARAM = /token|key|secret|password|passwd|signature|sig|code|auth|session|credential/i;
/** Hashed asset names (index-BX3k2_aQ.js) and other file names are not secrets: a dot-separated extension. */
const FILE_NAME = /^[\w-]+\.(js|css|map|png|svg|jpg|jpeg|woff2?|ico|json|pdf|html|txt)$/i;

export const REDACTED = '[redacted]';

function secretLike(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // keep the raw text
  }
  if (!decoded || UUID.test(decoded) || FILE_NAME.test(decoded)) return false;
  return SECRET_LIKE.test(decoded) || /^cnp_/.test(decoded);
}

/** A URL or path with its secret-looking parts replaced by [redacted]. */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const pathPart = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt === -1 ? undefined : withoutHash.slice(queryAt + 1);
  // Keep scheme://host of absolute URLs as they are (a host name is not a secret; its userinfo is).
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(pathPart)?.[0] ?? '';
  const safeOrigin = origin.replace(/\/\/[^@/]*@/, `//${REDACTED}@`);
  const path = pathPart
    .slice(origin.length)
    .split('/')
    .map((segment) => (secretLike(segment) ? REDACTED : segment))
    .join('/');
  if (query === undefined) return safeOrigin + path;
  const params = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    if (eq === -1) return secretLike(pair) ? REDACTED : pair;
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    return `${name}=${SECRET_PARAM.test(name) || secretLike(value) ? REDACTED : value}`;
  });
  return `${safeOrigin}${path}?${params.join('&')}`;
}
