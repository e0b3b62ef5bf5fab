import { localDate, periodStart } from '../calendar.js';
import { loadInScope } from '../access/scope.js';
import type { AccountService } from '../accounts/account-service.js';
import { trees2 } from '../trees.js';
import { impactOf, type ImpactFactors } from '../impact.js';
import type { Principal } from '../access/principal.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { DepositReview } from './deposit-review.js';
import type { ReviewDecision } from './deposit-rules.js';
import { BadRequestError, ForbiddenError } from '../errors.js';
import { densityOf, findUsablePaperType } from '../paper/paper-type.js';
import type { Listing } from '../http/listing.js';
import {
  deleteDeposit,
  depositsQuery,
  findDepositInSubtree,
  insertManualDeposit,
  volumeCoverageQuery,
  volumeQuery,
} from './deposit-queries.js';
import type { CreateDepositInput, RangeQuery } from './deposit-schemas.js';
import { depositToApi, manualStandardPages, type DepositRow } from './deposit.js';
import { checkManualDeposit, manualDepositBounds } from './manual-bounds.js';

/** A period of volume as the queries give it (with coverage=true, also its coverage). */
type VolumeRow = { period: string; pages: string } & Partial<{
  days_with_data: string;
  stale_days: string;
  catch_up_pages: string;
  last_data_date: string | null;
}>;

export function createDepositService(deps: {
  db: Db;
  clock: Clock;
  accounts: Pick<AccountService, 'load'>;
  review: Pick<DepositReview, 'explain' | 'decide'>;
  /** MANUAL_DEPOSIT_MAX_PAGES: the most pages one manual deposit may have. */
  maxPages: number;
  /** The impact factor set in force: volume's equivalents. */
  currentFactors: () => Promise<ImpactFactors>;
}) {
  const { db, clock, accounts } = deps;

  function load(p: Principal, id: string): Promise<DepositRow> {
    return loadInScope(id, (id) => findDepositInSubtree(db, p.accountId, id));
  }

  function checkRange(q: RangeQuery) {
    if (q.start_date && q.end_date && q.start_date > q.end_date) throw new BadRequestError('start_date: must not be after end_date.');
  }

  return {
    async list(p: Principal, accountId: string | undefined, q: RangeQuery) {
      checkRange(q);
      const account = await accounts.load(p, accountId ?? p.accountId);
      const query = depositsQuery(db, {
        accountId: account.id,
        includeDescendants: Boolean(q.include_descendants),
        from: q.start_date,
        to: q.end_date,
      });
      return { db, query, keys: ['date', 'id'], present: (rows) => rows.map(depositToApi) } satisfies Listing<
        DepositRow,
        ReturnType<typeof depositToApi>
      >;
    },

    async find(p: Principal, id: string) {
      const row = await load(p, id);
      return { ...depositToApi(row), explanation: await deps.review.explain(row) };
    },

    /** Approve or reject a held anomaly (a Canopy extension); returns the deposit as recomputed. */
    async decide(p: Principal, id: string, decision: ReviewDecision) {
      const row = await load(p, id);
      await deps.review.decide(row, decision, p.userId);
      return depositToApi(await load(p, id));
    },

    /** Every check comes before the write: a deposit outside its bounds (manual-bounds.ts) leaves nothing behind. */
    async create(p: Principal, accountId: string | undefined, input: CreateDepositInput) {
      const account = await accounts.load(p, accountId ?? p.accountId);
      const now = clock.now();
      const date = input.date ?? localDate(now);
      checkManualDeposit(
        { date, pages: input.pages },
        manualDepositBounds({ accountCreatedAt: account.created_at, now, maxPages: deps.maxPages }),
      );
      const given = densityOf(input);
      const paperType = input.paper_type_id ? await findUsablePaperType(db, account.ancestry, input.paper_type_id) : undefined;
      if (input.paper_type_id && !paperType) throw new BadRequestError('paper_type_id: no such paper type.');
      const density = given ?? paperType?.density ?? null;
      const standard = manualStandardPages({ pages: input.pages, width: input.width ?? null, height: input.height ?? null, density });
      const row = await insertManualDeposit(db, {
        account_id: account.id,
        feed_id: null,
        date,
        pages: input.pages,
        standard_pages: standard,
        status: 'deposited',
        width: input.width ?? null,
        height: input.height ?? null,
        density,
        paper_type_id: input.paper_type_id ?? null,
        covered_days: null,
        created_at: now,
        updated_at: now,
      });
      return depositToApi(row);
    },

    async remove(p: Principal, id: string) {
      const row = await load(p, id);
      if (row.feed_id) throw new ForbiddenError('Deposits collected from a feed cannot be deleted; deactivate or delete the feed instead.');
      await deleteDeposit(db, row.id);
      return { ...depositToApi(row), deleted: true as const };
    },

    /** Standard pages per day or month of the account and its descendants (held and rejected days count 0). */
    async volume(p: Principal, accountId: string | undefined, q: RangeQuery) {
      checkRange(q);
      const account = await accounts.load(p, accountId ?? p.accountId);
      const period = q.period ?? 'monthly';
      // Monthly volume starts with the whole month of start_date.
      const from = q.start_date && period === 'monthly' ? q.start_date.slice(0, 8) + '01' : q.start_date;
      const filter = { accountId: account.id, period, from, to: q.end_date };
      return {
        db,
        query: q.coverage ? volumeCoverageQuery(db, filter) : volumeQuery(db, filter),
        keys: ['period'],
        present: async (rows) => {
          const factors = await deps.currentFactors();
          return rows.map((r) => ({
            account_id: account.id,
            date: periodStart(r.period),
            period,
            pages: Number(r.pages),
            trees: trees2(Number(r.pages)),
            ...impactOf(Number(r.pages), factors),
            factors_version: factors.version,
            ...(q.coverage && 'days_with_data' in r
              ? {
                  coverage: {
                    days_with_data: Number(r.days_with_data),
                    stale_days: Number(r.stale_days),
                    catch_up_pages: Number(r.catch_up_pages),
                    last_data_date: r.last_data_date ?? null,
                  },
                }
              : {}),
          }));
        },
      } satisfies Listing<VolumeRow, unknown>;
    },
  };
}

export type DepositService = ReturnType<typeof createDepositService>;
