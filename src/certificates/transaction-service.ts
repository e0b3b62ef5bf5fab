import { inSubtreeOf } from '../accounts/account-queries.js';
import { PAGES_PER_TREE } from '../accounts/account.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../accounts/principal.js';
import { loadInScope } from '../accounts/scope.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { localDate } from '../deposits/periods.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import type { QuoteService } from '../quotes/quote-service.js';
import { transactionToApi, type CertificateService } from './certificate-service.js';
import type { CreateTransactionInput } from './transaction-schemas.js';

/** The id of an active forestry project, or a 400 naming the field. */
export async function activeProject(db: Db, id: string, field = 'project_id'): Promise<string> {
  const found = await db.selectFrom('forestry_projects').select('id').where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
  if (!found) throw new BadRequestError(`${field}: no such active forestry project.`);
  return found.id;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';

/**
 * Manual transactions (PrintReleaf v1 §7.8): trees bought by trees, by pages or from a quote. Each one is planted in one
 * project (given, else the quote's, else the first of the account's projects: its choice, inherited, or every active
 * one) and issues a certificate of its own, kind 'transaction', dated the current month (Europe/London), so clients
 * can open /certificates/<certificate_id>. Monthly certificates' transactions are month close's and stay.
 */
export function createTransactionService(deps: { db: Db; clock: Clock; accounts: AccountService; certificates: CertificateService; quotes: QuoteService }) {
  const { db, clock, accounts, certificates, quotes } = deps;

  return {
    async create(p: Principal, scopeAccountId: string | undefined, input: CreateTransactionInput) {
      let quote: Awaited<ReturnType<QuoteService['load']>> | undefined;
      if (input.quote_id) {
        quote = await quotes.load(p, input.quote_id).catch((err: unknown) => {
          throw err instanceof NotFoundError ? new BadRequestError('quote_id: no such quote.') : err;
        });
      }
      const account = await accounts.load(p, scopeAccountId ?? quote?.account_id ?? p.accountId);
      if (quote && quote.account_id !== account.id) throw new BadRequestError('quote_id: the quote belongs to another account.');
      const pages = quote ? Number(quote.standard_pages) : input.pages ?? Math.round((input.trees ?? 0) * PAGES_PER_TREE);
      if (pages < 1) throw new BadRequestError(quote ? 'quote_id: the quote has no standard pages.' : 'trees: must come to at least one standard page (1/8,333 tree).');
      const projectId = input.project_id
        ? await activeProject(db, input.project_id)
        : quote?.project_id ?? (await certificates.accountProjects(p, account.id)).projects[0]?.id;
      if (!projectId) throw new BadRequestError('project_id: required, as no forestry project is active.');

      const now = clock.now();
      const month = `${localDate(now).slice(0, 7)}-01`;
      const conflict = () => new ConflictError(`This quote was already converted to a transaction.`);
      try {
        const row = await db.transaction().execute(async (tx) => {
          if (quote) {
            await tx.selectFrom('quotes').select('id').where('id', '=', quote.id).forUpdate().executeTakeFirst();
            if (await tx.selectFrom('transactions').select('id').where('quote_id', '=', quote.id).executeTakeFirst()) throw conflict();
          }
          const certificate = await tx
            .insertInto('certificates')
            .values({ account_id: account.id, kind: 'transaction', month, pages, adjustment_pages: 0, customers: null, issued_at: now })
            .returning('id')
            .executeTakeFirstOrThrow();
          return tx
            .insertInto('transactions')
            .values({ account_id: account.id, project_id: projectId, certificate_id: certificate.id, quote_id: quote?.id ?? null, date: now, pages, created_at: now })
            .returningAll()
            .executeTakeFirstOrThrow();
        });
        return transactionToApi(row);
      } catch (err) {
        if (quote && isUniqueViolation(err)) throw conflict();
        throw err;
      }
    },

    /** Deletes a manual transaction and its certificate; a converted quote may then be converted again. */
    async remove(p: Principal, id: string) {
      const row = await loadInScope(id, (id) => db
        .selectFrom('transactions as t')
        .innerJoin('accounts as a', 'a.id', 't.account_id')
        .leftJoin('certificates as c', 'c.id', 't.certificate_id')
        .selectAll('t')
        .select('c.kind')
        .where('t.id', '=', id)
        .where(inSubtreeOf(p.accountId))
        .executeTakeFirst());
      if (row.kind !== 'transaction') throw new ForbiddenError('Only manual transactions can be deleted; this one plants a monthly certificate.');
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom('transactions').where('id', '=', row.id).execute();
        if (row.certificate_id) await tx.deleteFrom('certificates').where('id', '=', row.certificate_id).where('kind', '=', 'transaction').execute();
      });
      return { ...transactionToApi(row), deleted: true as const };
    },
  };
}

export type TransactionService = ReturnType<typeof createTransactionService>;
