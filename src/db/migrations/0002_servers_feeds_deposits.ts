import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE servers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      type text NOT NULL CHECK (type IN ('onestop')),
      url text NOT NULL CHECK (url LIKE 'https://%'),
      username text NOT NULL,
      password_encrypted text NOT NULL,
      contact text,
      paper_profile text NOT NULL DEFAULT 'a4' CHECK (paper_profile IN ('a4', 'letter')),
      time_zone text NOT NULL DEFAULT 'Europe/London',
      holiday_region text NOT NULL DEFAULT 'GB-ENG',
      concurrency int NOT NULL DEFAULT 1 CHECK (concurrency BETWEEN 1 AND 16),
      -- The portal-local "yesterday" of the last completed collection run (nightly runs are due when it is behind).
      last_collected_for date,
      health_check text NOT NULL DEFAULT 'pending' CHECK (health_check IN ('pending', 'healthy', 'unhealthy')),
      health_check_reason text,
      health_check_checked_at timestamptz,
      health_check_changed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX servers_account_idx ON servers (account_id)`.execute(db);

  await sql`
    CREATE TABLE feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      server_id uuid NOT NULL REFERENCES servers(id),
      type text NOT NULL CHECK (type IN ('onestop')),
      external_id text NOT NULL,
      collection_scope text,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
      activation_date date NOT NULL,
      deactivated_at timestamptz,
      health_check text NOT NULL DEFAULT 'pending' CHECK (health_check IN ('pending', 'healthy', 'unhealthy')),
      health_check_reason text,
      health_check_checked_at timestamptz,
      health_check_changed_at timestamptz,
      -- The last date whose deposit is final; the next sync starts after it. Committed with the data.
      checkpoint_date date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (server_id, external_id)
    )`.execute(db);
  await sql`CREATE INDEX feeds_account_idx ON feeds (account_id)`.execute(db);

  // Raw portal readings, exactly as fetched: every deposit is recomputed from these.
  await sql`
    CREATE TABLE meter_readings (
      feed_id uuid NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
      date date NOT NULL,
      device_total bigint NOT NULL CHECK (device_total >= 0),
      colour_total bigint NOT NULL CHECK (colour_total >= 0),
      mono_total bigint NOT NULL CHECK (mono_total >= 0),
      scan_total bigint NOT NULL CHECK (scan_total >= 0),
      large_total bigint NOT NULL CHECK (large_total >= 0),
      duplex_total bigint NOT NULL CHECK (duplex_total >= 0),
      small_total bigint NOT NULL CHECK (small_total >= 0),
      fetched_at timestamptz NOT NULL,
      PRIMARY KEY (feed_id, date)
    )`.execute(db);

  await sql`
    CREATE TABLE deposit_reviews (
      feed_id uuid NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
      date date NOT NULL,
      decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
      decided_at timestamptz NOT NULL,
      decided_by uuid,
      PRIMARY KEY (feed_id, date)
    )`.execute(db);

  await sql`
    CREATE TABLE deposits (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      feed_id uuid REFERENCES feeds(id) ON DELETE CASCADE,
      date date NOT NULL,
      pages bigint NOT NULL CHECK (pages >= 0),
      -- What volume, totals and certificates count: equal to pages for feed deposits (already standard pages),
      -- pages converted by paper mass for manual deposits of other sizes or weights.
      standard_pages bigint NOT NULL CHECK (standard_pages >= 0),
      status text NOT NULL DEFAULT 'deposited' CHECK (status IN ('deposited', 'held', 'rejected', 'rebased')),
      base_date date,
      raw_pages bigint,
      covered_days int,
      width double precision,
      height double precision,
      density double precision,
      paper_type_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX deposits_feed_date_idx ON deposits (feed_id, date) WHERE feed_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX deposits_account_date_idx ON deposits (account_id, date)`.execute(db);

  await sql`
    CREATE TABLE sync_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      server_id uuid NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
      trigger text NOT NULL,
      status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed', 'partial')),
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      feeds int NOT NULL DEFAULT 0,
      days int NOT NULL DEFAULT 0,
      requests int NOT NULL DEFAULT 0,
      retries int NOT NULL DEFAULT 0,
      errors jsonb NOT NULL DEFAULT '[]'
    )`.execute(db);
  await sql`CREATE INDEX sync_runs_server_idx ON sync_runs (server_id, started_at DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sync_runs, deposits, deposit_reviews, meter_readings, feeds, servers`.execute(db);
}
