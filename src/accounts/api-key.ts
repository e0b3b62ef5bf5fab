import { createHash, randomBytes } from 'node:crypto';

/**
 * API keys: `cnp_` + 43 characters of base64url (256 random bits). Shown once at creation; only the SHA-256
 * is stored (a slow hash buys nothing for 256-bit random secrets and would slow every request).
 */
const PREFIX = 'cnp_';

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = PREFIX + randomBytes(32).toString('base64url');
  return { key, prefix: key.slice(0, PREFIX.length + 6), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A cheap shape check so obviously wrong keys never reach the database. */
export function looksLikeApiKey(s: string): boolean {
  return /^cnp_[A-Za-z0-9_-]{43}$/.test(s);
}
