import type { AccountRole, ApiKeyScope } from '../db/schema.js';

/** Who is calling: the account an API key (or, later, a session) belongs to. Every scoped query starts here. */
export interface Principal {
  accountId: string;
  role: AccountRole;
  /** What the credential may do within the role: `read` (an API key limited to reading) or `full`. */
  scope: ApiKeyScope;
  keyId: string | null;
  userId: string | null;
  /**
   * Set when an account-scoped route (/v1/accounts/:account_id/…) narrowed the caller to one of its accounts:
   * `accountId` is then that account (the scope root of every query) and this the caller's own.
   */
  ownAccountId?: string;
}

/** A dashboard session's caller: the principal, the hash of its CSRF token and of its cookie token. */
export type SessionPrincipal = Principal & { csrfHash: string; tokenHash: string };

/** The caller's own account, whatever account a route narrowed it to (for "not your own account" rules). */
export function ownAccountOf(p: Principal): string {
  return p.ownAccountId ?? p.accountId;
}
