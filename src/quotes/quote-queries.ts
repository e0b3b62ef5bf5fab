import type { Insertable, Selectable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { QuoteItemsTable, QuotesTable } from '../db/schema.js';

/** Plain query functions over quotes and their items. Scoping (the caller's subtree) is a parameter of every read. */

/** The quote if its account lies in the subtree rooted at `scopeRootId`. */
export async function findQuoteInSubtree(db: Db, scopeRootId: string, id: string): Promise<Selectable<QuotesTable> | undefined> {
  return db
    .selectFrom('quotes as q')
    .innerJoin('accounts as a', 'a.id', 'q.account_id')
    .selectAll('q')
    .where('q.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** An account's quotes, unordered (a listing orders and pages them). */
export function quotesQuery(db: Db, accountId: string) {
  return db.selectFrom('quotes').selectAll().where('account_id', '=', accountId);
}

/** The items of these quotes, by quote and position. */
export async function quoteItemsOf(db: Db, quoteIds: string[]): Promise<Array<Selectable<QuoteItemsTable>>> {
  return db.selectFrom('quote_items').selectAll().where('quote_id', 'in', quoteIds).orderBy('quote_id').orderBy('position').execute();
}

/** The transactions converted from these quotes. */
export async function conversionsOf(db: Db, quoteIds: string[]): Promise<Array<{ id: string; quote_id: string | null }>> {
  return db.selectFrom('transactions').select(['id', 'quote_id']).where('quote_id', 'in', quoteIds).execute();
}

/** Locks the quote's row until the end of the current transaction (converting or deleting it); false when it is gone. */
export async function lockQuote(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('quotes').select('id').where('id', '=', id).forUpdate().executeTakeFirst()) !== undefined;
}

export async function insertQuote(db: Db, q: Insertable<QuotesTable>): Promise<Selectable<QuotesTable>> {
  return db.insertInto('quotes').values(q).returningAll().executeTakeFirstOrThrow();
}

export async function insertQuoteItems(db: Db, items: Array<Insertable<QuoteItemsTable>>): Promise<void> {
  await db.insertInto('quote_items').values(items).execute();
}

export async function deleteQuote(db: Db, id: string): Promise<void> {
  await db.deleteFrom('quotes').where('id', '=', id).execute();
}
