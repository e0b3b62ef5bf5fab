import type { AccountRole } from '../db/schema.js';

/** Who is calling: the account an API key (or, later, a session) belongs to. Every scoped query starts here. */
export interface Principal {
  accountId: string;
  role: AccountRole;
  keyId: string | null;
  userId: string | null;
}
