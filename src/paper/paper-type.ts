import { isUuid } from '../access/scope.js';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { PaperTypesTable } from '../db/schema.js';
import { BadRequestError } from '../errors.js';
import { findPaperTypeOf } from './paper-type-queries.js';

export type PaperTypeRow = Selectable<PaperTypesTable>;

/** The Paper Type object (PrintReleaf v1 §7.11): account_id is null for built-in types. */
export function paperTypeToApi(t: PaperTypeRow) {
  return { id: t.id, account_id: t.account_id, name: t.name, density: t.density };
}

/**
 * The paper type `id` if the account whose ancestry is given may use it: a built-in type, or a custom type of the
 * account itself or of one of its ancestors. Deposits and quote items resolve their paper_type_id with this.
 */
export async function findUsablePaperType(db: Db, ancestry: string[], id: string): Promise<PaperTypeRow | undefined> {
  if (!isUuid(id)) return undefined;
  return findPaperTypeOf(db, ancestry, id);
}

/** `density` and `gsm` are one field under two names: either, or both when equal. */
export function densityOf(
  input: { density?: number | null | undefined; gsm?: number | null | undefined },
  field = 'density',
): number | undefined {
  if (input.density != null && input.gsm != null && input.density !== input.gsm)
    throw new BadRequestError(`${field}: differs from gsm (they are the same field).`);
  return input.density ?? input.gsm ?? undefined;
}
