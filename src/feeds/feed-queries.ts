import type { Insertable, Updateable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { FeedsTable } from '../db/schema.js';
import type { FeedRow } from './feed.js';

/** Plain query functions over feeds. Scoping (the caller's subtree) is a parameter of every scoped read. */

/** The feed if its account lies in the subtree rooted at `scopeRootId` (itself included). */
export async function findFeedInSubtree(db: Db, scopeRootId: string, id: string): Promise<FeedRow | undefined> {
  return db
    .selectFrom('feeds as f')
    .innerJoin('accounts as a', 'a.id', 'f.account_id')
    .selectAll('f')
    .where('f.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** The feed of a server's portal customer, if there is one. */
export async function findFeedOfPortalCustomer(db: Db, serverId: string, externalId: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('feeds').select('id').where('server_id', '=', serverId).where('external_id', '=', externalId).executeTakeFirst();
}

/** Inserts a feed; undefined when the server's portal customer already has one. */
export async function insertFeed(db: Db, values: Insertable<FeedsTable>): Promise<FeedRow | undefined> {
  return db
    .insertInto('feeds')
    .values(values)
    .onConflict((oc) => oc.columns(['server_id', 'external_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** An account's feeds, or (with `includeDescendants`) those of its whole subtree, unordered (a listing orders them). */
export function accountFeedsQuery(db: Db, accountId: string, includeDescendants: boolean) {
  return db
    .selectFrom('feeds as f')
    .innerJoin('accounts as a', 'a.id', 'f.account_id')
    .selectAll('f')
    .where(includeDescendants ? inSubtreeOf(accountId) : (eb) => eb('f.account_id', '=', accountId));
}

export async function updateFeed(db: Db, id: string, patch: Updateable<FeedsTable>): Promise<FeedRow> {
  return db.updateTable('feeds').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteFeed(db: Db, id: string): Promise<void> {
  await db.deleteFrom('feeds').where('id', '=', id).execute();
}

/** The server of a feed, by id (the CLI's --feed). */
export async function serverOfFeed(db: Db, feedId: string): Promise<string | undefined> {
  return (await db.selectFrom('feeds').select('server_id').where('id', '=', feedId).executeTakeFirst())?.server_id;
}

/** The portal customer ids a server's feeds already map. */
export async function mappedExternalIds(db: Db, serverId: string): Promise<Set<string>> {
  return new Set(
    (await db.selectFrom('feeds').select('external_id').where('server_id', '=', serverId).execute()).map((f) => f.external_id),
  );
}

/**
 * Moves the feed's checkpoint back to `date` (never forward) in one transaction with the feed row locked, so the next
 * collection re-reads every day after it. A feed never collected (no checkpoint) keeps none: it is read from scratch.
 */
export async function moveCheckpointBack(db: Db, id: string, date: string, now: Date): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('feeds').select('checkpoint_date').where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row || row.checkpoint_date === null || row.checkpoint_date <= date) return;
    await tx.updateTable('feeds').set({ checkpoint_date: date, updated_at: now }).where('id', '=', id).execute();
  });
}

/** A server's feeds by portal customer id (the bulk mapping's "already connected"). */
export async function feedsOfServer(db: Db, serverId: string): Promise<Map<string, { id: string; account_id: string }>> {
  const rows = await db.selectFrom('feeds').select(['id', 'account_id', 'external_id']).where('server_id', '=', serverId).execute();
  return new Map(rows.map((r) => [r.external_id, { id: r.id, account_id: r.account_id }]));
}
