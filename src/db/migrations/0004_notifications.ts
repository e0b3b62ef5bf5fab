import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Webhook endpoints of an account (providers): health notifications are POSTed there, signed with the secret.
  await sql`
    CREATE TABLE webhooks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      url text NOT NULL CHECK (url LIKE 'https://%'),
      secret_encrypted text NOT NULL, -- AES-256-GCM under the master key, like portal passwords
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX webhooks_account_idx ON webhooks (account_id)`.execute(db);

  // One row per message sent about health changes (a single change, or a summary of many feeds of one server).
  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL, -- order of creation (timestamps can tie)
      account_id uuid NOT NULL REFERENCES accounts(id),
      server_id uuid NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
      type text NOT NULL CHECK (type IN ('health.changed', 'health.summary')),
      subject text NOT NULL,
      text text NOT NULL,
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX notifications_account_idx ON notifications (account_id, seq DESC)`.execute(db);

  // Each way a notification goes out (an email address, a webhook, or the log when no SMTP is configured).
  await sql`
    CREATE TABLE notification_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN ('email', 'webhook', 'log')),
      target text NOT NULL,
      webhook_id uuid REFERENCES webhooks(id) ON DELETE SET NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_attempt_at timestamptz,
      last_error text,
      response_status int,
      delivered_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX notification_deliveries_notification_idx ON notification_deliveries (notification_id)`.execute(db);

  // A health change is notified once: the notification that carried it.
  await sql`ALTER TABLE health_events ADD COLUMN notification_id uuid REFERENCES notifications(id) ON DELETE SET NULL`.execute(db);
  await sql`ALTER TABLE health_events ADD COLUMN notified boolean NOT NULL DEFAULT false`.execute(db);
  await sql`CREATE INDEX health_events_unnotified_idx ON health_events (seq) WHERE NOT notified`.execute(db);
  // Consecutive failed log-ins, for the backoff of the server health check.
  await sql`ALTER TABLE servers ADD COLUMN health_check_failures int NOT NULL DEFAULT 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE servers DROP COLUMN health_check_failures`.execute(db);
  await sql`ALTER TABLE health_events DROP COLUMN notified, DROP COLUMN notification_id`.execute(db);
  await sql`DROP TABLE notification_deliveries`.execute(db);
  await sql`DROP TABLE notifications`.execute(db);
  await sql`DROP TABLE webhooks`.execute(db);
}
