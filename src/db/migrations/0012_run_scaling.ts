import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Adaptive concurrency (issue 16): what each run used (requests in flight at each attempt's start) and how many
  // attempts the portal refused (429 or 503). Null for runs from before.
  await sql`ALTER TABLE sync_runs
    ADD COLUMN concurrency_min int,
    ADD COLUMN concurrency_median int,
    ADD COLUMN concurrency_max int,
    ADD COLUMN throttled int NOT NULL DEFAULT 0,
    ADD COLUMN heartbeat_at timestamptz`.execute(db);
  // A run whose process died is seen to have died: it stops beating and is marked abandoned.
  await sql`ALTER TABLE sync_runs DROP CONSTRAINT IF EXISTS sync_runs_status_check`.execute(db);
  await sql`ALTER TABLE sync_runs ADD CONSTRAINT sync_runs_status_check
    CHECK (status IN ('running', 'succeeded', 'failed', 'partial', 'abandoned'))`.execute(db);
  await sql`CREATE INDEX sync_runs_running_idx ON sync_runs (heartbeat_at) WHERE status = 'running'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX sync_runs_running_idx`.execute(db);
  await sql`UPDATE sync_runs SET status = 'failed' WHERE status = 'abandoned'`.execute(db);
  await sql`ALTER TABLE sync_runs DROP CONSTRAINT sync_runs_status_check`.execute(db);
  await sql`ALTER TABLE sync_runs ADD CONSTRAINT sync_runs_status_check
    CHECK (status IN ('running', 'succeeded', 'failed', 'partial'))`.execute(db);
  await sql`ALTER TABLE sync_runs DROP COLUMN concurrency_min, DROP COLUMN concurrency_median, DROP COLUMN concurrency_max,
    DROP COLUMN throttled, DROP COLUMN heartbeat_at`.execute(db);
}
