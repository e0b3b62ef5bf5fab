import type { Insertable, Updateable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { ServersTable } from '../db/schema.js';
import type { ServerRow } from './server.js';

/** Plain query functions over servers (registered portal servers). Scoping (the caller's subtree) is a parameter. */

/** The server if its account lies in the subtree rooted at `scopeRootId` (itself included). */
export async function findServerInSubtree(db: Db, scopeRootId: string, id: string): Promise<ServerRow | undefined> {
  return db
    .selectFrom('servers as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .selectAll('s')
    .where('s.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** The server, unscoped (the collector and the health checks). */
export async function findServerById(db: Db, id: string): Promise<ServerRow | undefined> {
  return db.selectFrom('servers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An account's servers, unordered (a listing orders and pages them). */
export function accountServersQuery(db: Db, accountId: string) {
  return db.selectFrom('servers').selectAll().where('account_id', '=', accountId);
}

export async function insertServer(db: Db, values: Insertable<ServersTable>): Promise<ServerRow> {
  return db.insertInto('servers').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateServer(db: Db, id: string, patch: Updateable<ServersTable>): Promise<ServerRow> {
  return db.updateTable('servers').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Whether any feed reads from the server. */
export async function serverHasFeeds(db: Db, serverId: string): Promise<boolean> {
  const feeds = await db.selectFrom('feeds').select('id').where('server_id', '=', serverId).limit(1).execute();
  return feeds.length > 0;
}

export async function deleteServer(db: Db, id: string): Promise<void> {
  await db.deleteFrom('servers').where('id', '=', id).execute();
}

/** Every server's log-in check state (the health checks decide which are due). */
export async function serverCheckStates(db: Db) {
  return db.selectFrom('servers').select(['id', 'health_check', 'health_check_checked_at', 'health_check_failures']).execute();
}
