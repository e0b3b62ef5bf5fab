import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The dashboard's credentials: a session cookie holding a random token (only its SHA-256 is stored), and a CSRF token
 * derived from it that every cookie-authenticated write must send back in a header, which another site cannot do.
 */
export const SESSION_COOKIE = 'canopy_session';
export const CSRF_HEADER = 'x-csrf-token';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The session's CSRF token, derived from its cookie token: the dashboard can fetch it again after a reload
 * (GET /v1/session, which has the cookie), and the database holds only its hash, like every other token.
 */
export function csrfTokenOf(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('canopy csrf v1').digest('base64url');
}

/** Whether the X-CSRF-Token header is the session's token: its hash compared in constant time with the stored one. */
export function csrfMatches(expectedHash: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expectedHash, 'hex');
  const b = createHash('sha256').update(given).digest();
  return a.length === b.length && timingSafeEqual(a, b);
}
