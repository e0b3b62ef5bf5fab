import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../errors.js';
import { checkTransactionSize, transactionBounds } from './transaction-bounds.js';

function refusal(t: Parameters<typeof checkTransactionSize>[0], maxTrees = 100_000) {
  try {
    checkTransactionSize(t, transactionBounds(maxTrees));
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(BadRequestError);
    const e = err as BadRequestError;
    return { message: e.message, reason: e.reason, status: e.status };
  }
}

describe('transaction bounds: at most TRANSACTION_MAX_TREES trees, or as many × 8,333 standard pages', () => {
  it('expresses the bound in pages', () => {
    expect(transactionBounds(100_000)).toEqual({ maxTrees: 100_000, maxPages: 833_300_000 });
    expect(transactionBounds(1)).toEqual({ maxTrees: 1, maxPages: 8_333 });
  });

  it.each([
    { trees: 100_000, pages: 833_300_000, fromQuote: false },
    { trees: 0.5, pages: 4_167, fromQuote: false },
    { trees: null, pages: 833_300_000, fromQuote: false },
    { pages: 833_300_000, fromQuote: true },
  ])('accepts %j', (t) => {
    expect(refusal(t)).toBeUndefined();
  });

  it.each([
    [{ trees: 100_001, pages: 833_308_333, fromQuote: false }, 'trees: must be at most 100,000.', 'trees_out_of_bounds'],
    [{ trees: 100_000.001, pages: 833_300_008, fromQuote: false }, 'trees: must be at most 100,000.', 'trees_out_of_bounds'],
    [{ trees: null, pages: 833_300_001, fromQuote: false }, 'pages: must be at most 833,300,000 (100,000 trees).', 'pages_out_of_bounds'],
    [
      { pages: 833_300_001, fromQuote: true },
      "quote_id: the quote's 833,300,001 standard pages are more than one transaction may have (at most 833,300,000, 100,000 trees).",
      'pages_out_of_bounds',
    ],
  ])('refuses %j with a 400 naming the field', (t, message, reason) => {
    expect(refusal(t)).toEqual({ message, reason, status: 400 });
  });

  it('follows the configured bound', () => {
    expect(refusal({ trees: 2, pages: 16_666, fromQuote: false }, 2)).toBeUndefined();
    expect(refusal({ pages: 16_667, fromQuote: false }, 2)?.message).toBe('pages: must be at most 16,666 (2 trees).');
  });
});
