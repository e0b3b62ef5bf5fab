import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

// Return timestamps as Date and bigint counts as numbers only where safe: int8 stays a string by default,
// and numeric(…) too; queries cast what they need.
export function createDb(connectionString: string, opts: { max?: number; applicationName?: string } = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'canopy',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 60_000,
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
