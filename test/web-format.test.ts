import { describe, expect, it } from 'vitest';
import * as server from '../src/people-dates.js';

// The dashboard's module, loaded by Vite's resolver at run time (its extensionless imports are not NodeNext's).
const webFormat = '../web/src/format';
const { formatDateTime, formatDay, formatInstantDay, formatMonth } = (await import(webFormat)) as {
  formatDateTime(instant: string | null): string;
  formatDay(date: string): string;
  formatInstantDay(instant: string | null): string;
  formatMonth(date: string): string;
};

/** The dashboard's dates (web/src/format.ts) read like the e-mails' (src/notifications/people-dates.ts): one format. */
describe('dates for people, dashboard and e-mails alike', () => {
  const cases: Array<[string, string]> = [
    ['2026-11-25T14:05:30Z', '25 Nov 2026, 14:05 GMT'],
    ['2026-09-03T08:00:00Z', '3 Sep 2026, 09:00 BST'], // "Sep", never Intl's en-GB "Sept"
    ['2026-07-01T23:30:00Z', '2 Jul 2026, 00:30 BST'], // already the next day in London
    ['2026-03-29T00:59:00Z', '29 Mar 2026, 00:59 GMT'], // clocks go forward at 01:00 UTC
    ['2026-03-29T01:00:00Z', '29 Mar 2026, 02:00 BST'],
    ['2026-10-25T00:30:00Z', '25 Oct 2026, 01:30 BST'], // and back at 01:00 UTC
    ['2026-10-25T01:30:00Z', '25 Oct 2026, 01:30 GMT'],
  ];
  it.each(cases)('%s → %s', (instant, words) => {
    expect(formatDateTime(instant)).toBe(words);
    expect(server.formatDateTime(instant)).toBe(words);
  });

  it('days and months', () => {
    expect([formatDay('2026-11-25'), server.formatDay('2026-11-25')]).toEqual(['25 Nov 2026', '25 Nov 2026']);
    expect([formatMonth('2026-10-01'), server.formatMonth('2026-10-01')]).toEqual(['October 2026', 'October 2026']);
    expect(formatInstantDay('2026-05-31T23:00:00Z')).toBe('1 Jun 2026'); // London midnight starting 1 June
    expect(formatDateTime(null)).toBe('—');
  });
});
