import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { loadInScope } from '../access/scope.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import { BadRequestError, ForbiddenError } from '../errors.js';
import { deletePaperType, findVisiblePaperType, insertPaperType, paperTypesOfQuery } from './paper-type-queries.js';
import type { CreatePaperTypeInput } from './paper-type-schemas.js';
import { densityOf, paperTypeToApi, type PaperTypeRow } from './paper-type.js';

/**
 * Paper types (PrintReleaf v1 §7.11). Built-in types (account_id null) are everyone's; a custom type belongs to the
 * account that made it and is usable by that account and its descendants. A caller lists the built-in types and those
 * of its own account and ancestors; it may find those and its descendants' (ids it learns from their deposits); it may
 * delete only its own subtree's custom types.
 */
export function createPaperTypeService(deps: { db: Db; accounts: Pick<AccountService, 'load'> }) {
  const { db, accounts } = deps;

  /** The type and the caller's ancestry (its account and its ancestors). */
  async function loadSeen(p: Principal, id: string): Promise<{ row: PaperTypeRow; ancestry: string[] }> {
    const { ancestry } = await accounts.load(p, p.accountId);
    const row = await loadInScope(id, (id) => findVisiblePaperType(db, { ancestry, scopeRootId: p.accountId }, id));
    return { row, ancestry };
  }

  const load = async (p: Principal, id: string) => (await loadSeen(p, id)).row;

  return {
    /** The types `accountId` (default: the caller's account) may use: built-in first, then custom, by name. */
    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      const query = paperTypesOfQuery(db, account.ancestry);
      return { db, query, keys: ['custom', 'name', 'id'], present: (rows) => rows.map(paperTypeToApi) } satisfies Listing<
        PaperTypeRow & { custom: boolean },
        unknown
      >;
    },

    find: async (p: Principal, id: string) => paperTypeToApi(await load(p, id)),

    async create(p: Principal, accountId: string | undefined, input: CreatePaperTypeInput) {
      const account = await accounts.load(p, accountId ?? p.accountId);
      const density = densityOf(input);
      if (density === undefined) throw new BadRequestError('density: required (g/m²; gsm is accepted too).');
      const row = await insertPaperType(db, { account_id: account.id, name: input.name, density });
      return paperTypeToApi(row);
    },

    /** Deletes a custom type of the caller's subtree; deposits and quote items that named it keep their density. */
    async remove(p: Principal, id: string) {
      const { row, ancestry } = await loadSeen(p, id);
      if (row.account_id === null) throw new ForbiddenError('Built-in paper types cannot be deleted.');
      // A visible custom type is the caller's subtree's or an ancestor's (one of its ancestry other than itself).
      if (row.account_id !== p.accountId && ancestry.includes(row.account_id))
        throw new ForbiddenError("A parent account's paper type cannot be deleted.");
      await deletePaperType(db, row.id);
      return { ...paperTypeToApi(row), deleted: true as const };
    },
  };
}

export type PaperTypeService = ReturnType<typeof createPaperTypeService>;
