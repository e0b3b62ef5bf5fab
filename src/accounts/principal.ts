import type { AccountRole, ApiKeyScope } from '../db/schema.js';

/** Who is calling: the account an API key (or, later, a session) belongs to. Every scoped query starts here. */
export interface Principal {
  accountId: string;
  role: AccountRole;
  /** What the credential may do within the role: `read` (an API key limited to reading) or `full`. */
  scope: ApiKeyScope;
  keyId: string | null;
  userId: string | null;
}
