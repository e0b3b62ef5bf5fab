import { sql, type Kysely } from 'kysely';

/**
 * Certificate e-mails (issue 18): a customer's account certificate is announced to its users once, through the
 * notifications outbox. Such a notification is about no server (server_id null) but about a certificate, at most one
 * per certificate (the unique index: a second close, or a second worker, adds nothing).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE notifications ALTER COLUMN server_id DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`.execute(db);
  await sql`
    ALTER TABLE notifications ADD CONSTRAINT notifications_type_check
    CHECK (type IN ('health.changed', 'health.summary', 'certificate.issued'))`.execute(db);
  await sql`ALTER TABLE notifications ADD COLUMN certificate_id uuid REFERENCES certificates(id) ON DELETE CASCADE`.execute(db);
  await sql`CREATE UNIQUE INDEX notifications_certificate_idx ON notifications (certificate_id) WHERE certificate_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check
    CHECK ((type = 'certificate.issued') = (certificate_id IS NOT NULL) AND (server_id IS NOT NULL OR certificate_id IS NOT NULL))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM notifications WHERE type = 'certificate.issued'`.execute(db);
  await sql`ALTER TABLE notifications DROP CONSTRAINT notifications_subject_check`.execute(db);
  await sql`ALTER TABLE notifications DROP COLUMN certificate_id`.execute(db);
  await sql`ALTER TABLE notifications DROP CONSTRAINT notifications_type_check`.execute(db);
  await sql`ALTER TABLE notifications ADD CONSTRAINT notifications_type_check CHECK (type IN ('health.changed', 'health.summary'))`.execute(
    db,
  );
  await sql`ALTER TABLE notifications ALTER COLUMN server_id SET NOT NULL`.execute(db);
}
