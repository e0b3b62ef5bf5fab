import { sql, type Selectable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { PaperTypesTable } from '../db/schema.js';

/** Plain query functions over paper types (built-in: account_id null; custom: an account's). */
type PaperTypeRow = Selectable<PaperTypesTable>;

/**
 * The paper type if it is built-in, a custom type of an account of `ancestry` (the caller's account and its ancestors),
 * or one of the subtree rooted at `scopeRootId`.
 */
export async function findVisiblePaperType(
  db: Db,
  caller: { ancestry: string[]; scopeRootId: string },
  id: string,
): Promise<PaperTypeRow | undefined> {
  return db
    .selectFrom('paper_types as t')
    .leftJoin('accounts as a', 'a.id', 't.account_id')
    .selectAll('t')
    .where('t.id', '=', id)
    .where((eb) => eb.or([eb('t.account_id', 'is', null), eb('t.account_id', 'in', caller.ancestry), inSubtreeOf(caller.scopeRootId)]))
    .executeTakeFirst();
}

/** The paper type if it is built-in or a custom type of an account of `ancestry`. */
export async function findPaperTypeOf(db: Db, ancestry: string[], id: string): Promise<PaperTypeRow | undefined> {
  return db
    .selectFrom('paper_types')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => eb.or([eb('account_id', 'is', null), eb('account_id', 'in', ancestry)]))
    .executeTakeFirst();
}

/**
 * The built-in types and the custom types of the accounts of `ancestry`, each with `custom` (whether it is a custom
 * type), unordered (a listing orders and pages them).
 */
export function paperTypesOfQuery(db: Db, ancestry: string[]) {
  return db
    .selectFrom('paper_types')
    .selectAll()
    .select(sql<boolean>`account_id IS NOT NULL`.as('custom'))
    .where((eb) => eb.or([eb('account_id', 'is', null), eb('account_id', 'in', ancestry)]));
}

export async function insertPaperType(db: Db, t: { account_id: string; name: string; density: number }): Promise<PaperTypeRow> {
  return db.insertInto('paper_types').values(t).returningAll().executeTakeFirstOrThrow();
}

export async function deletePaperType(db: Db, id: string): Promise<void> {
  await db.deleteFrom('paper_types').where('id', '=', id).execute();
}
