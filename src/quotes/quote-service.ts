import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { loadInScope } from '../access/scope.js';
import { activeProject } from '../certificates/forestry.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import { findUsablePaperType } from '../paper/paper-type.js';
import { densityOf } from '../paper/paper-type.js';
import {
  conversionsOf,
  deleteQuote,
  findQuoteInSubtree,
  insertQuote,
  insertQuoteItems,
  lockQuote,
  quoteItemsOf,
  quotesQuery,
} from './quote-queries.js';
import type { CreateQuoteInput } from './quote-schemas.js';
import { quoteStandardPages, quoteToApi, type QuoteItemRow, type QuoteRow } from './quote.js';

/**
 * Quotes (PrintReleaf v1 §7.9): paper (items of a quantity, size and grammage) priced in standard pages at `rate` per
 * standard page (QUOTE_RATE; each quote keeps the rate it was made at). A quote converts once to a transaction
 * (src/transactions/transaction-service.ts); its transaction_id is that transaction's id.
 */
export function createQuoteService(deps: { db: Db; clock: Clock; accounts: Pick<AccountService, 'load'>; rate: number }) {
  const { db, clock, accounts } = deps;

  function load(p: Principal, id: string): Promise<QuoteRow> {
    return loadInScope(id, (id) => findQuoteInSubtree(db, p.accountId, id));
  }

  async function present(rows: QuoteRow[]) {
    if (!rows.length) return [];
    const ids = rows.map((q) => q.id);
    const items = await quoteItemsOf(db, ids);
    const converted = new Map((await conversionsOf(db, ids)).map((t) => [t.quote_id!, t.id]));
    const itemsOf = new Map<string, QuoteItemRow[]>();
    for (const i of items) itemsOf.set(i.quote_id, [...(itemsOf.get(i.quote_id) ?? []), i]);
    return rows.map((q) => quoteToApi(q, itemsOf.get(q.id) ?? [], converted.get(q.id) ?? null));
  }

  const presentOne = async (row: QuoteRow) => (await present([row]))[0]!;

  return {
    /** The quote in the caller's subtree, or NotFoundError (transactions convert it). */
    load,

    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      return {
        db,
        query: quotesQuery(db, account.id),
        keys: ['created_at', 'id'],
        present,
      } satisfies Listing<QuoteRow, unknown>;
    },

    find: async (p: Principal, id: string) => presentOne(await load(p, id)),

    /** Every check comes before the first write, so a rejected quote leaves nothing behind. */
    async create(p: Principal, accountId: string | undefined, input: CreateQuoteInput) {
      const account = await accounts.load(p, accountId ?? p.accountId);
      if (input.project_id) await activeProject(db, input.project_id);
      const items: Array<Omit<QuoteItemRow, 'quote_id'>> = [];
      for (const [position, item] of input.items.entries()) {
        const field = `items.${position}`;
        let density = densityOf(item, `${field}.density`);
        if (item.paper_type_id) {
          const paperType = await findUsablePaperType(db, account.ancestry, item.paper_type_id);
          if (!paperType) throw new BadRequestError(`${field}.paper_type_id: no such paper type.`);
          density ??= paperType.density;
        }
        if (density === undefined)
          throw new BadRequestError(`${field}.density: required when the item has no paper_type_id (g/m²; gsm is accepted too).`);
        items.push({
          position,
          quantity: String(item.quantity),
          width: item.width,
          height: item.height,
          density,
          paper_type_id: item.paper_type_id ?? null,
        });
      }
      const standardPages = quoteStandardPages(items.map((i) => ({ ...i, quantity: Number(i.quantity) })));
      const row = await db.transaction().execute(async (tx) => {
        const quote = await insertQuote(tx, {
          account_id: account.id,
          project_id: input.project_id ?? null,
          standard_pages: standardPages,
          rate: deps.rate,
          created_at: clock.now(),
        });
        await insertQuoteItems(
          tx,
          items.map((i) => ({ ...i, quote_id: quote.id })),
        );
        return quote;
      });
      return presentOne(row);
    },

    /**
     * A converted quote stays while its transaction exists (the transaction names it). The quote row is locked first,
     * as a conversion does, so a conversion running at the same moment cannot turn the delete into a foreign-key error.
     */
    async remove(p: Principal, id: string) {
      const quote = await presentOne(await load(p, id));
      await db.transaction().execute(async (tx) => {
        if (!(await lockQuote(tx, quote.id))) throw new NotFoundError(); // deleted meanwhile
        const [conversion] = await conversionsOf(tx, [quote.id]);
        if (conversion) throw new ConflictError(`This quote was converted to transaction ${conversion.id}; delete that transaction first.`);
        await deleteQuote(tx, quote.id);
      });
      return { ...quote, deleted: true as const };
    },
  };
}

export type QuoteService = ReturnType<typeof createQuoteService>;
