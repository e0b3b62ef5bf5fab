import { sql, type Kysely } from 'kysely';

/**
 * Server display names (issue 19): what the dashboard shows for a server instead of its URL. Existing servers are
 * named after their URL's host; the sync history stays with the server (keyed by id) whatever its URL becomes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE servers ADD COLUMN name text`.execute(db);
  // The host as URL.host gives it (with a port, if any): what the dashboard showed for the server until now.
  const host = sql`lower(substring(url from '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?([^/?#]+)'))`;
  // At most 100 characters, as the API allows: a longer one could not be saved again unchanged.
  await sql`UPDATE servers SET name = left(coalesce(nullif(regexp_replace(${host}, ':443$', ''), ''), url), 100)`.execute(db);
  await sql`ALTER TABLE servers ALTER COLUMN name SET NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE servers DROP COLUMN name`.execute(db);
}
