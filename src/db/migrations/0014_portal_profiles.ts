import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Real portals (issue 17): how each logs in and lists its customers (detected, src/connectors/onestop/login-styles.ts),
  // its OAuth2 client credentials (the secret encrypted like the password), and a CA certificate trusted for it alone.
  await sql`ALTER TABLE servers ADD COLUMN connection_profile jsonb`.execute(db);
  await sql`ALTER TABLE servers ADD COLUMN connection_profile_detected_at timestamptz`.execute(db);
  await sql`ALTER TABLE servers ADD COLUMN client_id text`.execute(db);
  await sql`ALTER TABLE servers ADD COLUMN client_secret_encrypted text`.execute(db);
  await sql`ALTER TABLE servers ADD COLUMN ca_pem text`.execute(db);
  // A portal whose answers changed shape cannot be read: a feed's reads fail with schema_changed.
  await sql`ALTER TABLE feeds DROP CONSTRAINT IF EXISTS feeds_read_failure_check`.execute(db);
  await sql`ALTER TABLE feeds ADD CONSTRAINT feeds_read_failure_check
    CHECK (read_failure IN ('invalid_data', 'customer_missing', 'portal_errors', 'schema_changed'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE feeds SET read_failure = 'invalid_data' WHERE read_failure = 'schema_changed'`.execute(db);
  await sql`ALTER TABLE feeds DROP CONSTRAINT IF EXISTS feeds_read_failure_check`.execute(db);
  await sql`ALTER TABLE feeds ADD CONSTRAINT feeds_read_failure_check
    CHECK (read_failure IN ('invalid_data', 'customer_missing', 'portal_errors'))`.execute(db);
  for (const c of ['ca_pem', 'client_secret_encrypted', 'client_id', 'connection_profile_detected_at', 'connection_profile'])
    await sql`ALTER TABLE servers DROP COLUMN ${sql.raw(c)}`.execute(db);
}
