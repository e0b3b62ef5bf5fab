import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Every health change of a server or feed: when, from what, to what, and why.
  await sql`
    CREATE TABLE health_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL, -- order of recording (timestamps can tie)
      subject_type text NOT NULL CHECK (subject_type IN ('server', 'feed')),
      subject_id uuid NOT NULL,
      at timestamptz NOT NULL,
      old_state text NOT NULL,
      new_state text NOT NULL,
      reason text
    )`.execute(db);
  await sql`CREATE INDEX health_events_subject_idx ON health_events (subject_type, subject_id, seq DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE health_events`.execute(db);
}
