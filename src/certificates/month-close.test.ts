import { describe, expect, it } from 'vitest';
import { firstOpenMonth } from './month-close.js';

describe('month close rules', () => {
  it('keep a month open for 5 business days after it ends (weekends and bank holidays do not count)', () => {
    // October 2026 ends on a Saturday: Mon 2 … Fri 6 November are the five business days; it closes on the 7th.
    expect(firstOpenMonth(new Date('2026-11-06T12:00:00Z'), 5, 'GB-ENG')).toBe('2026-10-01');
    expect(firstOpenMonth(new Date('2026-11-07T00:30:00Z'), 5, 'GB-ENG')).toBe('2026-11-01');
    // December 2026: Christmas and the Boxing Day substitute (28th) are in the month; January's first business days
    // are Fri 2 (1 January is a holiday), Mon 5 … Thu 8; it closes on Friday 9 January.
    expect(firstOpenMonth(new Date('2027-01-08T12:00:00Z'), 5, 'GB-ENG')).toBe('2026-12-01');
    expect(firstOpenMonth(new Date('2027-01-09T12:00:00Z'), 5, 'GB-ENG')).toBe('2027-01-01');
    expect(firstOpenMonth(new Date('2027-01-01T12:00:00Z'), 0, 'GB-ENG')).toBe('2027-01-01');
    // London time: 23:30 UTC on 31 May is already June there.
    expect(firstOpenMonth(new Date('2026-05-31T23:30:00Z'), 0, 'GB-ENG')).toBe('2026-06-01');
  });
});
