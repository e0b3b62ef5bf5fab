import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The CSRF token is derived from the session token (HMAC) and only its hash is stored. Sessions started before this
  // migration held a random token in clear: they end, and their users sign in again.
  await sql`DELETE FROM sessions`.execute(db);
  await sql`ALTER TABLE sessions RENAME COLUMN csrf_token TO csrf_hash`.execute(db);

  // API key scopes: a `read` key can only read. A key made by a key records its maker, so revoking a key revokes
  // every key made with it (and theirs).
  await sql`ALTER TABLE api_keys ADD COLUMN scope text NOT NULL DEFAULT 'full' CHECK (scope IN ('read', 'full'))`.execute(db);
  await sql`ALTER TABLE api_keys ADD COLUMN created_by_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL`.execute(db);
  await sql`CREATE INDEX api_keys_created_by_idx ON api_keys (created_by_key_id) WHERE created_by_key_id IS NOT NULL`.execute(db);

  // Password resets: an e-mailed one-use link; only the token's SHA-256 is stored; valid for an hour.
  await sql`
    CREATE TABLE password_resets (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX password_resets_user_idx ON password_resets (user_id)`.execute(db);

  // Attempts at public credential endpoints (sign-in, password-reset requests), for limits that no header can reset:
  // per client address, per target e-mail (hashed: the table never holds an address in clear) and both.
  await sql`
    CREATE TABLE auth_attempts (
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('sign_in', 'password_reset')),
      subject_hash text NOT NULL,
      ip text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('pending', 'ok', 'failed', 'blocked')),
      at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX auth_attempts_subject_idx ON auth_attempts (kind, subject_hash, at)`.execute(db);
  await sql`CREATE INDEX auth_attempts_ip_idx ON auth_attempts (kind, ip, at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE auth_attempts, password_resets`.execute(db);
  await sql`ALTER TABLE api_keys DROP COLUMN created_by_key_id, DROP COLUMN scope`.execute(db);
  await sql`DELETE FROM sessions`.execute(db);
  await sql`ALTER TABLE sessions RENAME COLUMN csrf_hash TO csrf_token`.execute(db);
}
