import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Db } from '../../src/db/database.js';
import { withDatabase } from './global-setup.js';

/**
 * A fresh, migrated database for the calling test file (a copy of the run's template), dropped afterwards.
 * The database name starts with the global-setup's run marker so a crashed run's leftovers are cleaned up.
 */
export function useTestDatabase(): { url: () => string; db: () => Db } {
  let url: string | undefined;
  let db: Db | undefined;
  let name: string | undefined;
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');

  beforeAll(async () => {
    const runPid = template.replace('canopy_template_', '');
    name = `canopy_t${runPid}_${randomBytes(5).toString('hex')}`;
    await withAdmin(adminUrl, async (c) => {
      // Copies from one template may race with each other; retry the "being accessed" conflict.
      for (let attempt = 0; ; attempt++) {
        try {
          await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
          break;
        } catch (err) {
          if (attempt >= 20 || !/being accessed by other users/.test((err as Error).message)) throw err;
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
        }
      }
    });
    url = withDatabase(adminUrl, name);
    db = createDb(url, { max: 4 });
  });

  afterAll(async () => {
    await db?.destroy();
    if (name) await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  return {
    url: () => url ?? fail(),
    db: () => db ?? fail(),
  };
}

function fail(): never {
  throw new Error('useTestDatabase(): the database exists only inside tests and hooks');
}

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
