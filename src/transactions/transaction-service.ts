import { localDate } from '../calendar.js';
import { PAGES_PER_TREE_TEXT, pagesForTrees } from '../trees.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { loadInScope } from '../access/scope.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import { conversionsOf, lockQuote } from '../quotes/quote-queries.js';
import type { QuoteService } from '../quotes/quote-service.js';
import type { CertificateService } from '../certificates/certificate-service.js';
import { activeProject } from '../certificates/forestry.js';
import type { Listing } from '../http/listing.js';
import { trees3 } from '../trees.js';
import { apiTimestamp } from '../http/api-format.js';
import type { Selectable } from 'kysely';
import type { TransactionsTable } from '../db/schema.js';
import {
  deleteTransaction,
  deleteTransactionCertificate,
  findTransactionInSubtree,
  insertTransaction,
  insertTransactionCertificate,
  transactionsQuery,
} from './transaction-queries.js';
import type { CreateTransactionInput } from './transaction-schemas.js';
import { checkTransactionSize, transactionBounds } from './transaction-bounds.js';

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';

/**
 * Manual transactions (PrintReleaf v1 §7.8): trees bought by trees, by pages or from a quote. Each one is planted in one
 * project (given, else the quote's, else the first of the account's projects: its choice, inherited, or every active
 * one) and issues a certificate of its own, kind 'transaction', dated the current month (Europe/London), so clients
 * can open /certificates/<certificate_id>. Monthly certificates' transactions are month close's and stay.
 */
export function transactionToApi(t: {
  id: string;
  account_id: string;
  project_id: string;
  certificate_id: string | null;
  quote_id: string | null;
  date: Date;
  pages: string;
}) {
  const pages = Number(t.pages);
  return {
    id: t.id,
    account_id: t.account_id,
    project_id: t.project_id,
    certificate_id: t.certificate_id,
    quote_id: t.quote_id,
    date: apiTimestamp(t.date),
    pages,
    trees: trees3(pages),
  };
}

export function createTransactionService(deps: {
  db: Db;
  clock: Clock;
  accounts: Pick<AccountService, 'load'>;
  certificates: Pick<CertificateService, 'accountProjects'>;
  quotes: Pick<QuoteService, 'load'>;
  /** TRANSACTION_MAX_TREES: the most trees one transaction may buy (by pages or from a quote: × PAGES_PER_TREE pages). */
  maxTrees: number;
}) {
  const { db, clock, accounts, certificates, quotes } = deps;
  const bounds = transactionBounds(deps.maxTrees);

  return {
    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      return {
        db,
        query: transactionsQuery(db, account.id),
        keys: ['date', 'id'],
        present: (rows) => rows.map(transactionToApi),
      } satisfies Listing<Selectable<TransactionsTable>, unknown>;
    },

    async find(p: Principal, id: string) {
      return transactionToApi(await loadInScope(id, (id) => findTransactionInSubtree(db, p.accountId, id)));
    },

    async create(p: Principal, scopeAccountId: string | undefined, input: CreateTransactionInput) {
      let quote: Awaited<ReturnType<QuoteService['load']>> | undefined;
      if (input.quote_id) {
        quote = await quotes.load(p, input.quote_id).catch((err: unknown) => {
          throw err instanceof NotFoundError ? new BadRequestError('quote_id: no such quote.') : err;
        });
      }
      const account = await accounts.load(p, scopeAccountId ?? quote?.account_id ?? p.accountId);
      if (quote && quote.account_id !== account.id) throw new BadRequestError('quote_id: the quote belongs to another account.');
      const pages = quote ? Number(quote.standard_pages) : (input.pages ?? pagesForTrees(input.trees ?? 0));
      if (pages < 1)
        throw new BadRequestError(
          quote
            ? 'quote_id: the quote has no standard pages.'
            : `trees: must come to at least one standard page (1/${PAGES_PER_TREE_TEXT} tree).`,
        );
      checkTransactionSize({ trees: input.trees, pages, fromQuote: quote !== undefined }, bounds);
      const projectId = input.project_id
        ? await activeProject(db, input.project_id)
        : (quote?.project_id ?? (await certificates.accountProjects(p, account.id)).projects[0]?.id);
      if (!projectId) throw new BadRequestError('project_id: required, as no forestry project is active.');

      const now = clock.now();
      const month = `${localDate(now).slice(0, 7)}-01`;
      const conflict = () => new ConflictError(`This quote was already converted to a transaction.`);
      try {
        const row = await db.transaction().execute(async (tx) => {
          if (quote) {
            // Deleted since it was read (a concurrent DELETE): as if it had never existed.
            if (!(await lockQuote(tx, quote.id))) throw new BadRequestError('quote_id: no such quote.');
            if ((await conversionsOf(tx, [quote.id])).length) throw conflict();
          }
          const certificateId = await insertTransactionCertificate(tx, { account_id: account.id, month, pages, issued_at: now });
          return insertTransaction(tx, {
            account_id: account.id,
            project_id: projectId,
            certificate_id: certificateId,
            quote_id: quote?.id ?? null,
            date: now,
            pages,
            created_at: now,
          });
        });
        return transactionToApi(row);
      } catch (err) {
        if (quote && isUniqueViolation(err)) throw conflict();
        throw err;
      }
    },

    /** Deletes a manual transaction and its certificate; a converted quote may then be converted again. */
    async remove(p: Principal, id: string) {
      const row = await loadInScope(id, (id) => findTransactionInSubtree(db, p.accountId, id));
      if (row.kind !== 'transaction')
        throw new ForbiddenError('Only manual transactions can be deleted; this one plants a monthly certificate.');
      await db.transaction().execute(async (tx) => {
        await deleteTransaction(tx, row.id);
        if (row.certificate_id) await deleteTransactionCertificate(tx, row.certificate_id);
      });
      return { ...transactionToApi(row), deleted: true as const };
    },
  };
}

export type TransactionService = ReturnType<typeof createTransactionService>;
