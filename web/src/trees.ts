/**
 * Trees: 1 tree = 8,333 standard pages, the server's rule (src/trees.ts). The only place the dashboard states the
 * number: trees computed here (totals of several periods) and the text that quotes the rule use these.
 */
export const PAGES_PER_TREE = 8333;

/** "8,333", for text that states the rule. */
export const PAGES_PER_TREE_TEXT = PAGES_PER_TREE.toLocaleString('en-GB');

/** The trees of a number of standard pages, two decimals (as the API rounds accounts, volume and certificates). */
export function treesOf(pages: number): number {
  return Math.round((pages / PAGES_PER_TREE) * 100) / 100;
}
