import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One concurrency budget per portal host (issue 16): servers whose API URLs share an origin share its slots, across
  // runs and worker processes. A run leases slots; a lease lapses a minute after its run stopped renewing it (a dead
  // process), so a slot is never lost.
  await sql`
    CREATE TABLE host_slots (
      origin text NOT NULL,
      slot int NOT NULL,
      run_id uuid NOT NULL,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (origin, slot)
    )`.execute(db);
  await sql`CREATE INDEX host_slots_run_idx ON host_slots (run_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE host_slots`.execute(db);
}
