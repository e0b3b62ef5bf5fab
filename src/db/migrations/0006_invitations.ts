import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Invitations to join an account. The emailed link carries a random token; only its SHA-256 is stored. An
  // invitation is pending until accepted_at is set or expires_at passes (status is computed, never stored).
  await sql`
    CREATE TABLE invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL, -- the user the acceptance created
      CHECK (expires_at > created_at)
    )`.execute(db);
  await sql`CREATE INDEX invitations_account_idx ON invitations (account_id, created_at)`.execute(db);
  // At most one open (not yet accepted) invitation per account and email; an expired one is replaced on re-invite.
  await sql`CREATE UNIQUE INDEX invitations_open_email_idx ON invitations (account_id, lower(email)) WHERE accepted_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE invitations`.execute(db);
}
