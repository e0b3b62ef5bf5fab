import { describe, expect, it } from 'vitest';
import { coreWords, createMatcher, nameSimilarity } from './customer-match.js';

// Figures worked by hand: similarity = 1 − edit distance ÷ the longer core's length.
describe('proposed matches of portal customers to accounts', () => {
  it('reduces names to their core words', () => {
    expect(coreWords('Hartley & Sons Ltd.')).toEqual(['hartley', 'and', 'sons']);
    expect(coreWords('Café Nord GmbH')).toEqual(['cafe', 'nord']);
    expect(coreWords('The Company')).toEqual(['the', 'company']); // nothing but legal words: keep them
  });

  it('scores names', () => {
    expect(nameSimilarity('Hartley & Sons Ltd', 'Hartley and Sons')).toBe(1);
    expect(nameSimilarity('Smith & Jones', 'Jones and Smith')).toBe(1); // the words sorted
    // "acme printing" (13) against "acme printng": one deletion.
    expect(nameSimilarity('Acme Printing', 'Acme Printng')).toBeCloseTo(1 - 1 / 13, 10);
    // "hillside school" (15) against "riverside school" (16): hill → river is 4 edits.
    expect(nameSimilarity('Hillside School', 'Riverside School')).toBeCloseTo(1 - 4 / 16, 10);
  });

  it('proposes the external id first, then the best name above the threshold, else nothing', () => {
    const propose = createMatcher([
      { id: 'a1', name: 'Acme Printng', external_id: null },
      { id: 'a2', name: 'Riverside School', external_id: null },
      { id: 'a3', name: 'Northwind Traders', external_id: '1043' },
      { id: 'a4', name: 'Hillside School', external_id: null },
    ]);
    expect(propose({ external_id: '7', name: 'Acme Printing Ltd' })).toEqual({
      account_id: 'a1',
      account_name: 'Acme Printng',
      confidence: 0.92,
      basis: 'name',
    });
    expect(propose({ external_id: '1043', name: 'Completely Different' })).toEqual({
      account_id: 'a3',
      account_name: 'Northwind Traders',
      confidence: 1,
      basis: 'external_id',
    });
    // Shares "school" with two accounts: the exact one wins over Hillside (0.75).
    expect(propose({ external_id: '8', name: 'Riverside School' })?.account_id).toBe('a2');
    // "hillside academy" (16) against "hillside school" (15): academy → school is 6 edits, 1 − 6/16 = 0.625.
    expect(propose({ external_id: '9', name: 'Hillside Academy' })).toEqual({
      account_id: 'a4',
      account_name: 'Hillside School',
      confidence: 0.63,
      basis: 'name',
    });
    expect(propose({ external_id: '10', name: 'Contoso' })).toBeNull(); // no word in common
    // Shares "school", but "oak" and "riverside" have no letter in common: 9 edits of 16, 0.44, below 0.6.
    expect(propose({ external_id: '11', name: 'Oak School' })).toBeNull();
  });
});
