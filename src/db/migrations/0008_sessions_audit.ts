import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Dashboard sign-ins. The cookie holds a random token; only its SHA-256 is stored. The CSRF token is sent back by
  // the dashboard in a header on every write (a cross-site form cannot read it).
  await sql`
    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);

  // Every write request: who (account, key or user), what (method, route, resource id, status), when, from where.
  // Never bodies: they may hold secrets.
  await sql`
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      account_id uuid,
      actor_type text NOT NULL CHECK (actor_type IN ('api_key', 'user', 'anonymous')),
      actor_id uuid,
      method text NOT NULL,
      route text NOT NULL,
      resource_id text,
      status int NOT NULL,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX audit_log_account_idx ON audit_log (account_id, id DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE audit_log, sessions`.execute(db);
}
