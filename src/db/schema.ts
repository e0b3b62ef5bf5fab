import type { ColumnType, Generated } from 'kysely';

/** Table types for kysely. Each feature's queries use these; migrations are the source of truth. */
export type AccountRole = 'platform' | 'provider' | 'customer';
export type Status = 'active' | 'inactive';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AccountsTable {
  id: string;
  parent_id: string | null;
  /** Ids from the root down to and including this account: subtree checks are `ancestry @> ARRAY[id]`. */
  ancestry: ColumnType<string[], string[], never>;
  name: string;
  display_name: string | null;
  role: AccountRole;
  external_id: string | null;
  status: Status;
  created_at: CreatedAt;
  activated_at: Date | null;
  deactivated_at: Date | null;
  updated_at: Date;
}

export interface UsersTable {
  id: Generated<string>;
  account_id: string;
  full_name: string;
  email: string;
  password_hash: string | null;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: Generated<string>;
  account_id: string;
  user_id: string | null;
  name: string;
  /** The first characters of the key, shown in lists so people can tell keys apart. */
  prefix: string;
  /** SHA-256 of the whole key (keys are 256-bit random, so a fast hash is enough). */
  key_hash: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface Database {
  accounts: AccountsTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
}
