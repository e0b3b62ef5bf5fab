import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE accounts (
      id uuid PRIMARY KEY,
      parent_id uuid REFERENCES accounts(id),
      ancestry uuid[] NOT NULL,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      display_name text,
      role text NOT NULL CHECK (role IN ('platform', 'provider', 'customer')),
      external_id text,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
      created_at timestamptz NOT NULL DEFAULT now(),
      activated_at timestamptz,
      deactivated_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ancestry[array_length(ancestry, 1)] = id)
    )`.execute(db);
  await sql`CREATE INDEX accounts_parent_idx ON accounts (parent_id)`.execute(db);
  await sql`CREATE INDEX accounts_ancestry_idx ON accounts USING gin (ancestry)`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      full_name text NOT NULL,
      email text NOT NULL,
      password_hash text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_email_idx ON users (lower(email))`.execute(db);
  await sql`CREATE INDEX users_account_idx ON users (account_id)`.execute(db);

  await sql`
    CREATE TABLE api_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      user_id uuid REFERENCES users(id),
      name text NOT NULL,
      prefix text NOT NULL,
      key_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX api_keys_account_idx ON api_keys (account_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE api_keys; DROP TABLE users; DROP TABLE accounts`.execute(db);
}
