import { BadRequestError } from '../errors.js';
import { pagesForTrees } from '../trees.js';

/**
 * Manual input has bounds (docs/domain.md, Trees): a transaction buys at most TRANSACTION_MAX_TREES trees; by pages,
 * or from a quote, the same bound in standard pages (maxTrees × PAGES_PER_TREE, src/trees.ts).
 */
export interface TransactionBounds {
  maxTrees: number;
  maxPages: number;
}

export function transactionBounds(maxTrees: number): TransactionBounds {
  return { maxTrees, maxPages: pagesForTrees(maxTrees) };
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Throws the 400 naming the field the caller gave (trees, pages or quote_id; reason trees_out_of_bounds or
 * pages_out_of_bounds) when the transaction is larger than the bounds. `pages` are the transaction's standard pages.
 */
export function checkTransactionSize(t: { trees?: number | null; pages: number; fromQuote: boolean }, b: TransactionBounds): void {
  if (t.fromQuote) {
    if (t.pages > b.maxPages)
      throw new BadRequestError(
        `quote_id: the quote's ${count(t.pages)} standard pages are more than one transaction may have ` +
          `(at most ${count(b.maxPages)}, ${count(b.maxTrees)} trees).`,
        { reason: 'pages_out_of_bounds' },
      );
    return;
  }
  if (t.trees != null) {
    if (t.trees > b.maxTrees) throw new BadRequestError(`trees: must be at most ${count(b.maxTrees)}.`, { reason: 'trees_out_of_bounds' });
    return;
  }
  if (t.pages > b.maxPages)
    throw new BadRequestError(`pages: must be at most ${count(b.maxPages)} (${count(b.maxTrees)} trees).`, {
      reason: 'pages_out_of_bounds',
    });
}
