import { describe, expect, it } from 'vitest';
import { exactTrees, pagesForTrees, trees2, trees3 } from './trees.js';

// The figures of the reference's fixtures and by hand (pages / 8,333), not from the code.
describe('trees', () => {
  it('are pages / 8,333 with two decimals on accounts, volumes and certificates', () => {
    expect(trees2(1234)).toBe(0.15);
    expect(trees2(12345)).toBe(1.48);
    expect(trees2(123456)).toBe(14.82);
    expect(trees2(1234567)).toBe(148.15);
    expect(trees2(16666)).toBe(2);
    expect(trees2(2469134)).toBe(296.31);
  });

  it('have three decimals on quotes and transactions, and come back to pages to the page', () => {
    expect(trees3(525377)).toBe(63.048);
    expect(trees3(8810)).toBe(1.057);
    expect(pagesForTrees(1)).toBe(8333);
    expect(pagesForTrees(2.5)).toBe(20833); // 20,832.5 rounds up
    expect(pagesForTrees(0.0001)).toBe(1);
    expect(exactTrees(16666)).toBe(2);
  });
});
