import { describe, expect, it } from 'vitest';
import { quotePrice, quoteStandardPages } from './quote.js';

describe('quote arithmetic (reference §9)', () => {
  it('reproduces the reference fixture: 525,377 standard pages, 157.61 at 0.0003', () => {
    const pages = quoteStandardPages([
      { quantity: 20000, width: 0.2127, height: 0.2762, density: 216 },
      { quantity: 400000, width: 0.2127, height: 0.2762, density: 89 },
    ]);
    expect(pages).toBe(525377);
    expect(quotePrice(pages, 0.0003)).toBe(157.61);
  });

  it('sums the items before rounding, once', () => {
    // Three items of 0.4 standard page each: 1.2 → 1 (rounding each would give 0).
    const third = { quantity: 4, width: 0.2159, height: 0.2794, density: 7.4 };
    expect(quoteStandardPages([third, third, third])).toBe(1);
    expect(quoteStandardPages([{ quantity: 8333, width: 0.2159, height: 0.2794, density: 74 }])).toBe(8333);
  });
});
