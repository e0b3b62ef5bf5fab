import { Migrator, sql, type MigrationResultSet } from 'kysely';
import { ConfigError } from '../errors.js';
import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

const MIN_SERVER_VERSION = 130000;

/** Applies every pending migration. Kysely's migrator takes a lock, so concurrent starts are safe. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { rows } = await sql<{ server_version_num: string }>`SHOW server_version_num`.execute(db);
  const version = Number(rows[0]?.server_version_num ?? 0);
  if (version < MIN_SERVER_VERSION) {
    throw new ConfigError(`PostgreSQL ${Math.floor(version / 10000)} is too old: Canopy needs PostgreSQL 13 or newer.`);
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
