import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { containsPattern, type SortOrders } from '../http/listing.js';
import type { AccountRole, Status } from '../db/schema.js';
import type { AccountRow } from './account.js';

/** Plain query functions over accounts. Scoping (the caller's subtree) is a parameter of every read. */
function selectAccounts(db: Db) {
  return db
    .selectFrom('accounts as a')
    .select([
      'a.id',
      'a.parent_id',
      'a.ancestry',
      'a.name',
      'a.display_name',
      'a.role',
      'a.external_id',
      'a.status',
      'a.created_at',
      'a.activated_at',
      'a.deactivated_at',
      sql<number>`(SELECT count(*)::int FROM accounts c WHERE c.parent_id = a.id)`.as('accounts_count'),
      sql<number>`(SELECT count(*)::int FROM users u WHERE u.account_id = a.id)`.as('users_count'),
    ]);
}

/** SQL condition: the account aliased `alias` lies in the subtree rooted at `rootId` (itself included). */
export function inSubtreeOf(rootId: string, alias = 'a') {
  return sql<boolean>`${sql.ref(`${alias}.ancestry`)} @> ARRAY[${rootId}]::uuid[]`;
}

/** The account if it lies in the subtree rooted at `scopeRootId` (itself included). */
export async function findInSubtree(db: Db, scopeRootId: string, id: string): Promise<AccountRow | undefined> {
  return selectAccounts(db).where('a.id', '=', id).where(inSubtreeOf(scopeRootId)).executeTakeFirst();
}

/** The account's id if it lies in the subtree rooted at `scopeRootId` (a scope check without the counts). */
export async function idInSubtree(db: Db, scopeRootId: string, id: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('accounts as a').select('a.id').where('a.id', '=', id).where(inSubtreeOf(scopeRootId)).executeTakeFirst();
}

/** True once any account exists (`canopy serve` says how to create the first provider until then). */
export async function anyAccountExists(db: Db): Promise<boolean> {
  return (await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function findById(db: Db, id: string): Promise<AccountRow | undefined> {
  return selectAccounts(db).where('a.id', '=', id).executeTakeFirst();
}

/** The names of these accounts, by id (exports' account_name column: the ids come from rows already in scope). */
export async function accountNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('accounts').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The children of an account, unordered (a listing orders and pages them). */
export function childrenQuery(db: Db, parentId: string) {
  return selectAccounts(db).where('a.parent_id', '=', parentId);
}

/** The sort orders of an accounts list (`sort`): by when created (the default), or by the name shown, case-insensitive. */
export const ACCOUNT_SORTS = { created_at: ['created_at', 'id'], name: ['sort_name', 'id'] } as const satisfies SortOrders;

/**
 * A listing's query of accounts (aliased `a`) with what `q` and `sort` need: the `sort_name` column (the name shown,
 * lower-case) and, given a search text, only the accounts whose name, display name or external id contains it.
 */
export function searchAccounts<Row extends object>(
  // biome-ignore lint/suspicious/noExplicitAny: a listing's query (src/http/listing.ts); only its accounts alias matters
  query: SelectQueryBuilder<any, any, Row>,
  text: string | undefined,
  // biome-ignore lint/suspicious/noExplicitAny: as above
): SelectQueryBuilder<any, any, Row> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  let out = query.select(sql<string>`lower(coalesce(a.display_name, a.name))`.as('sort_name')) as SelectQueryBuilder<any, any, Row>;
  if (text) {
    const p = containsPattern(text);
    out = out.where(sql<boolean>`(a.name ILIKE ${p} OR a.display_name ILIKE ${p} OR a.external_id ILIKE ${p})`);
  }
  return out;
}

export interface NewAccount {
  id: string;
  parent: { id: string; ancestry: string[] } | null;
  name: string;
  display_name: string | null;
  external_id: string | null;
  role: AccountRole;
  now: Date;
}

export async function insertAccount(db: Db, a: NewAccount): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id: a.id,
      parent_id: a.parent?.id ?? null,
      ancestry: [...(a.parent?.ancestry ?? []), a.id],
      name: a.name,
      display_name: a.display_name,
      external_id: a.external_id,
      role: a.role,
      status: 'active',
      created_at: a.now,
      activated_at: a.now,
      updated_at: a.now,
    })
    .execute();
}

export interface AccountPatch {
  name?: string;
  display_name?: string | null;
  external_id?: string | null;
  role?: AccountRole;
}

export async function updateAccount(db: Db, id: string, patch: AccountPatch, now: Date): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db
    .updateTable('accounts')
    .set({ ...patch, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function setAccountStatus(db: Db, id: string, status: Status, now: Date): Promise<void> {
  await db
    .updateTable('accounts')
    .set(
      status === 'active'
        ? { status, activated_at: now, deactivated_at: null, updated_at: now }
        : { status, deactivated_at: now, updated_at: now },
    )
    .where('id', '=', id)
    .where('status', '<>', status)
    .execute();
}

/** Locks the account row (FOR NO KEY UPDATE) until the end of the transaction `db`. */
export async function lockAccount(db: Db, id: string): Promise<void> {
  await db.selectFrom('accounts').select('id').where('id', '=', id).forNoKeyUpdate().execute();
}

export async function findAccountStatus(db: Db, id: string): Promise<{ status: Status } | undefined> {
  return db.selectFrom('accounts').select('status').where('id', '=', id).executeTakeFirst();
}

/** The customer accounts below `rootId` (a provider), by name: the candidates of the bulk mapping's proposed matches. */
export async function customerAccountsUnder(
  db: Db,
  rootId: string,
): Promise<Array<{ id: string; name: string; external_id: string | null }>> {
  return db
    .selectFrom('accounts as a')
    .select(['a.id', 'a.name', 'a.external_id'])
    .where(inSubtreeOf(rootId))
    .where('a.role', '=', 'customer')
    .where('a.id', '!=', rootId)
    .orderBy('a.name')
    .execute();
}
