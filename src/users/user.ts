import { apiTimestamp } from '../http/api-format.js';

/** The columns of a user the API may show: never password_hash. */
export const USER_COLUMNS = ['u.id', 'u.account_id', 'u.full_name', 'u.email', 'u.created_at'] as const;

export interface UserRow {
  id: string;
  account_id: string;
  full_name: string;
  email: string;
  created_at: Date;
}

/**
 * The User object of the API (PrintReleaf v1 §7.7). `name` (what the Ruby client reads) and `full_name` (newer docs)
 * carry the same value. Only a full name and an email are kept about a person; the password hash never leaves.
 */
export function userToApi(u: UserRow) {
  return {
    id: u.id,
    account_id: u.account_id,
    name: u.full_name,
    full_name: u.full_name,
    email: u.email,
    created_at: apiTimestamp(u.created_at),
  };
}
