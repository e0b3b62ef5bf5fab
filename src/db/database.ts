import pg from 'pg';
import { Kysely, PostgresDialect, type KyselyPlugin } from 'kysely';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

// int8 and numeric stay strings (pg's default, exact); queries cast what they need.
/** Calendar dates (consumption days) stay 'YYYY-MM-DD' strings: a Date would drag in a time zone. */
const DATE_OID = 1082;
const typeParser = ((oid: number, format?: 'text' | 'binary') =>
  oid === DATE_OID ? (v: string) => v : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser;

export function createDb(
  connectionString: string,
  opts: { max?: number; applicationName?: string; onIdleError?: (err: Error) => void; plugins?: KyselyPlugin[] } = {},
): Db {
  const pool = new pg.Pool({
    connectionString,
    types: { getTypeParser: typeParser },
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'canopy',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 60_000,
  });
  // An idle connection the server drops (restart, failover, shutdown) must not crash the process.
  pool.on('error', opts.onIdleError ?? (() => {}));
  // Long lists stream as short keyset queries (src/http/listing.ts), not from a cursor: the statement timeout
  // would end a download that outlives it, and a slow client would hold a connection.
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: opts.plugins ?? [] });
}
