import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import type { AccountRole, Status } from '../db/schema.js';
import { BadRequestError, ForbiddenError, NotFoundError } from '../errors.js';
import { accountToApi, checkChildRole, NO_PAGES, type AccountRow, type ApiAccount, type PageTotals } from './account.js';
import type { ImpactFactors } from '../impact.js';
import * as q from './account-queries.js';
import { loadInScope } from '../access/scope.js';
import { ownAccountOf, type Principal } from '../access/principal.js';

export interface CreateAccountInput {
  name: string;
  display_name?: string | null;
  external_id?: string | null;
  role?: AccountRole;
  parent_id?: string | null;
}

export type UpdateAccountInput = Partial<Omit<CreateAccountInput, 'parent_id'>>;

/**
 * Accounts as the API sees them. A caller sees its own account and its descendants; anything else is 404,
 * exactly like an id that does not exist.
 */
export function createAccountService(deps: {
  db: Db;
  clock: Clock;
  /** Standard pages to date of accounts and their descendants (the deposits feature answers it). */
  pageTotals: (accountIds: string[], now: Date) => Promise<Map<string, PageTotals>>;
  /** The impact factor set in force (the impact feature answers it): the equivalents of the page totals. */
  currentFactors: () => Promise<ImpactFactors>;
  /** Closed months (YYYY-MM-01) of each account whose certificates are still to issue (the month close answers it). */
  awaitingCertificates: (accountIds: string[]) => Promise<Map<string, string[]>>;
}) {
  const { db, clock } = deps;

  function load(p: Principal, id: string): Promise<AccountRow> {
    return loadInScope(id, (id) => q.findInSubtree(db, p.accountId, id));
  }

  /** The API objects of the given rows, with their page totals (the account and its descendants). */
  async function present(rows: AccountRow[]): Promise<ApiAccount[]> {
    const ids = rows.map((r) => r.id);
    const [totals, factors, awaiting] = await Promise.all([
      deps.pageTotals(ids, clock.now()),
      deps.currentFactors(),
      deps.awaitingCertificates(ids),
    ]);
    return rows.map((r) => accountToApi(r, totals.get(r.id) ?? NO_PAGES, factors, awaiting.get(r.id)));
  }

  async function presentOne(row: AccountRow): Promise<ApiAccount> {
    return (await present([row]))[0]!;
  }

  return {
    /** The account row in the caller's subtree, or NotFoundError (for other features' scoping checks). */
    load,

    async mine(p: Principal): Promise<ApiAccount> {
      return presentOne(await load(p, p.accountId));
    },

    async find(p: Principal, id: string): Promise<ApiAccount> {
      return presentOne(await load(p, id));
    },

    /** The caller narrowed to one of its accounts (the account-scoped routes' twins: src/http/route-conventions.ts). */
    async narrow(p: Principal, accountId: string): Promise<Principal> {
      const account = await loadInScope(accountId, (id) => q.idInSubtree(db, p.accountId, id));
      return { ...p, accountId: account.id, ownAccountId: ownAccountOf(p) };
    },

    /** Children of `parentId` (default: the caller's own account). */
    async list(p: Principal, parentId = p.accountId) {
      const parent = await load(p, parentId);
      return { db, query: q.childrenQuery(db, parent.id), keys: ['created_at', 'id'], present } satisfies Listing<AccountRow, ApiAccount>;
    },

    async create(p: Principal, scopeParentId: string | undefined, input: CreateAccountInput): Promise<ApiAccount> {
      if (scopeParentId && input.parent_id && input.parent_id !== scopeParentId) {
        throw new BadRequestError('parent_id: does not match the account in the path.');
      }
      const parentId = scopeParentId ?? input.parent_id ?? p.accountId;
      let parent: AccountRow;
      try {
        parent = await load(p, parentId);
      } catch (err) {
        // An unknown parent named in the body is a bad request; one named in the path is a missing resource.
        if (err instanceof NotFoundError && !scopeParentId) throw new BadRequestError('parent_id: no such account.');
        throw err;
      }
      const role = input.role ?? 'customer';
      checkChildRole(parent.role, role);
      const id = randomUUID();
      await q.insertAccount(db, {
        id,
        parent: { id: parent.id, ancestry: parent.ancestry },
        name: input.name,
        display_name: input.display_name ?? null,
        external_id: input.external_id ?? null,
        role,
        now: clock.now(),
      });
      return presentOne((await q.findById(db, id))!);
    },

    async update(p: Principal, id: string, input: UpdateAccountInput): Promise<ApiAccount> {
      const account = await load(p, id);
      if (input.role !== undefined && input.role !== account.role) {
        if (account.id === ownAccountOf(p)) throw new ForbiddenError('An account cannot change its own role.');
        const parent = account.parent_id ? await q.findById(db, account.parent_id) : undefined;
        if (!parent) throw new ForbiddenError('The role of a top-level account cannot be changed.');
        checkChildRole(parent.role, input.role);
        if (input.role === 'customer' && account.accounts_count > 0) {
          throw new BadRequestError('role: an account with child accounts cannot become a customer.');
        }
      }
      await q.updateAccount(db, account.id, pick(input), clock.now());
      return presentOne((await q.findById(db, account.id))!);
    },

    async setStatus(p: Principal, id: string, status: Status): Promise<ApiAccount> {
      const account = await load(p, id);
      if (account.id === ownAccountOf(p)) throw new ForbiddenError('An account cannot activate or deactivate itself.');
      await q.setAccountStatus(db, account.id, status, clock.now());
      return presentOne((await q.findById(db, account.id))!);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;

function pick(input: UpdateAccountInput): q.AccountPatch {
  const patch: q.AccountPatch = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.display_name !== undefined) patch.display_name = input.display_name;
  if (input.external_id !== undefined) patch.external_id = input.external_id;
  if (input.role !== undefined) patch.role = input.role;
  return patch;
}
