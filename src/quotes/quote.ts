import type { Selectable } from 'kysely';
import { trees3 } from '../trees.js';
import type { QuoteItemsTable, QuotesTable } from '../db/schema.js';
import { exactStandardPages } from '../deposits/deposit.js';
import { apiTimestamp } from '../http/api-format.js';

export type QuoteRow = Selectable<QuotesTable>;
export type QuoteItemRow = Selectable<QuoteItemsTable>;

/**
 * Standard pages of a quote (reference §9): paper compared by mass with the standard page, summed over the items and
 * rounded once: round(Σ quantity × width × height × density / (0.2159 × 0.2794 × 74)).
 */
export function quoteStandardPages(items: Array<{ quantity: number; width: number; height: number; density: number }>): number {
  return Math.round(
    items.reduce((sum, i) => sum + exactStandardPages({ pages: i.quantity, width: i.width, height: i.height, density: i.density }), 0),
  );
}

/** standard_pages × rate, to the cent. */
export function quotePrice(standardPages: number, rate: number): number {
  return Math.round(standardPages * rate * 100) / 100;
}

/** The Quote object (PrintReleaf v1 §7.9) with its Quote Items; `density` and its newer name `gsm` carry one value. */
export function quoteToApi(q: QuoteRow, items: QuoteItemRow[], transactionId: string | null) {
  const standardPages = Number(q.standard_pages);
  return {
    id: q.id,
    account_id: q.account_id,
    project_id: q.project_id,
    transaction_id: transactionId,
    created_at: apiTimestamp(q.created_at),
    standard_pages: standardPages,
    trees: trees3(standardPages),
    rate: q.rate,
    price: quotePrice(standardPages, q.rate),
    items: items.map((i) => ({
      quantity: Number(i.quantity),
      width: i.width,
      height: i.height,
      density: i.density,
      gsm: i.density,
      paper_type_id: i.paper_type_id,
    })),
  };
}
