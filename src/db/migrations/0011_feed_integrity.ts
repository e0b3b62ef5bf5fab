import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Readings that contradict the others are resolved, not believed: a deposit row may now be a glitch (ignored) or a
  // pending drop (0 until the next readings tell a glitch from a meter reset).
  await sql`ALTER TABLE deposits DROP CONSTRAINT IF EXISTS deposits_status_check`.execute(db);
  await sql`ALTER TABLE deposits ADD CONSTRAINT deposits_status_check
    CHECK (status IN ('deposited', 'held', 'rejected', 'rebased', 'glitch', 'pending'))`.execute(db);

  // Portal answers that failed validation: no reading, but the day, the field and the value are kept for the sync
  // history, the feed's health (invalid_data) and the explanation of the next deposit. A valid reading of the same
  // date later replaces it.
  await sql`
    CREATE TABLE reading_rejections (
      feed_id uuid NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
      date date NOT NULL,
      field text NOT NULL,
      value text NOT NULL,
      message text NOT NULL,
      fetched_at timestamptz NOT NULL,
      PRIMARY KEY (feed_id, date)
    )`.execute(db);

  // Why a feed cannot advance: the kind of its reads' failure since `read_failure_since` (the first date of the current
  // spell whose read failed), cleared by the next valid reading.
  await sql`ALTER TABLE feeds ADD COLUMN read_failure text
    CHECK (read_failure IN ('invalid_data', 'customer_missing', 'portal_errors'))`.execute(db);
  await sql`ALTER TABLE feeds ADD COLUMN read_failure_since date`.execute(db);

  // The machine-readable reason of a server's or feed's health, beside the message.
  await sql`ALTER TABLE feeds ADD COLUMN health_reason text`.execute(db);
  await sql`ALTER TABLE servers ADD COLUMN health_reason text`.execute(db);
  await sql`ALTER TABLE health_events ADD COLUMN health_reason text`.execute(db);
  await sql`UPDATE feeds SET health_reason = 'dca_stale' WHERE health_check = 'unhealthy'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE health_events DROP COLUMN health_reason`.execute(db);
  await sql`ALTER TABLE servers DROP COLUMN health_reason`.execute(db);
  await sql`ALTER TABLE feeds DROP COLUMN health_reason, DROP COLUMN read_failure_since, DROP COLUMN read_failure`.execute(db);
  await sql`DROP TABLE reading_rejections`.execute(db);
  // The wider status check stays: deposits are recomputed from the readings on the next sync in any case.
}
