import { describe, expect, it } from 'vitest';
import { datesInWords, formatDateTime, formatDay, formatMonth } from './people-dates.js';

describe('dates in e-mails', () => {
  it('a day, a month and an instant in the one people format (London time, GMT or BST)', () => {
    expect(formatDay('2026-11-25')).toBe('25 Nov 2026');
    expect(formatDay('2026-09-03')).toBe('3 Sep 2026');
    expect(formatMonth('2026-03-01')).toBe('March 2026');
    expect(formatDateTime('2026-11-25T14:05:00Z')).toBe('25 Nov 2026, 14:05 GMT');
    expect(formatDateTime(new Date('2026-07-01T23:30:00Z'))).toBe('2 Jul 2026, 00:30 BST'); // the next London day
    expect(formatDateTime('2026-03-29T00:59:00Z')).toBe('29 Mar 2026, 00:59 GMT'); // the clocks go forward at 01:00 UTC
    expect(formatDateTime('2026-03-29T01:00:00Z')).toBe('29 Mar 2026, 02:00 BST');
    expect(() => formatDay('25/11/2026')).toThrow(RangeError);
  });

  it('rewrites the ISO dates of a message written elsewhere', () => {
    expect(datesInWords('DCA stale: no new data for 3 business days (last change 2026-04-02).')).toBe(
      'DCA stale: no new data for 3 business days (last change 2 Apr 2026).',
    );
    expect(datesInWords('expired at 2026-01-05T10:00:00Z; seen 2026-13-40')).toBe('expired at 5 Jan 2026, 10:00 GMT; seen 2026-13-40');
  });
});
