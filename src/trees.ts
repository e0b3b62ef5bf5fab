/**
 * Trees (docs/domain.md, Trees): 1 tree = 8,333 standard pages. Pages are the source of truth, stored exactly; trees
 * are derived from them here and nowhere else: exact for certificates' views, two decimals on accounts, volumes and
 * certificates (the PrintReleaf fixtures), three on quotes and transactions.
 */
export const PAGES_PER_TREE = 8333;

/** "8,333", for text that states the rule. */
export const PAGES_PER_TREE_TEXT = PAGES_PER_TREE.toLocaleString('en-GB');

export function exactTrees(pages: number): number {
  return pages / PAGES_PER_TREE;
}

/** Two decimals: accounts, volume, certificates. */
export function trees2(pages: number): number {
  return Math.round(exactTrees(pages) * 100) / 100;
}

/** Three decimals: quotes and transactions. */
export function trees3(pages: number): number {
  return Math.round(exactTrees(pages) * 1000) / 1000;
}

/** The standard pages a number of trees stands for (the inverse, to the page). */
export function pagesForTrees(trees: number): number {
  return Math.round(trees * PAGES_PER_TREE);
}
