import { createHash, randomBytes } from 'node:crypto';

/**
 * Tokens that travel in links (invitations, password resets, any future link): 32 random bytes in base64url
 * (43 characters). Only their SHA-256 is stored. Every link token has this shape, so the log redaction of URLs
 * (src/observability/url-redaction.ts) recognises it without knowing the route.
 */
export function generateLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a string can be a link token at all (anything else is a 404 without touching the database). */
export function looksLikeLinkToken(s: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(s);
}
