import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../errors.js';
import { checkManualDeposit, manualDepositBounds, type ManualDepositBounds } from './manual-bounds.js';

const bounds = (createdAt: string, now: string) =>
  manualDepositBounds({ accountCreatedAt: new Date(createdAt), now: new Date(now), maxPages: 10_000_000 });

/** The error checkManualDeposit throws, as {message, reason, status}; undefined when it accepts. */
function refusal(d: { date: string; pages: number }, b: ManualDepositBounds) {
  try {
    checkManualDeposit(d, b);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(BadRequestError);
    const e = err as BadRequestError;
    return { message: e.message, reason: e.reason, status: e.status };
  }
}

describe('manualDepositBounds: from 2000-01-01 or 10 years before the account, to today (Europe/London)', () => {
  it.each([
    // [account created at, earliest, why]
    ['2005-06-15T12:00:00Z', '2000-01-01', 'floor'], // 1995-06-15 is before the floor
    ['2009-12-31T23:30:00Z', '2000-01-01', 'floor'], // London 2009-12-31 (GMT) → 1999-12-31
    ['2010-01-01T00:00:00Z', '2000-01-01', 'floor'], // exactly the floor
    ['2010-01-02T00:00:00Z', '2000-01-02', 'account'],
    ['2010-06-30T23:30:00Z', '2000-07-01', 'account'], // London is already on 2010-07-01 (BST)
    ['2016-02-29T12:00:00Z', '2006-02-28', 'account'], // leap day: 2006 has no 29 February
    ['2020-02-29T00:30:00Z', '2010-02-28', 'account'],
    ['2018-02-28T12:00:00Z', '2008-02-28', 'account'], // 2008 is a leap year: still the 28th
    ['2014-03-01T12:00:00Z', '2004-03-01', 'account'],
    ['2026-03-20T12:00:00Z', '2016-03-20', 'account'],
  ])('an account created at %s: earliest %s (%s)', (createdAt, earliest, by) => {
    const b = bounds(createdAt, '2026-03-20T12:00:00Z');
    expect([b.earliest, b.earliestBy]).toEqual([earliest, by]);
  });

  it.each([
    // [now, today in Europe/London]
    ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: 00:30 on the next day
    ['2026-06-30T22:59:59Z', '2026-06-30'],
    ['2026-06-30T23:00:00Z', '2026-07-01'],
    ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT: the same day as UTC
    ['2028-02-28T23:30:00Z', '2028-02-28'],
    ['2028-02-29T23:59:59Z', '2028-02-29'], // a leap day
    ['2026-03-29T00:30:00Z', '2026-03-29'], // BST starts at 01:00 UTC that day
    ['2026-03-29T23:30:00Z', '2026-03-30'],
    ['2026-10-24T23:30:00Z', '2026-10-25'], // BST ends at 01:00 UTC on the 25th
    ['2026-10-25T23:30:00Z', '2026-10-25'],
  ])('at %s the latest date is %s', (now, latest) => {
    expect(bounds('2005-06-15T12:00:00Z', now).latest).toBe(latest);
  });

  it('keeps the configured maximum of pages', () => {
    expect(
      manualDepositBounds({ accountCreatedAt: new Date('2005-06-15T12:00:00Z'), now: new Date('2026-03-20T12:00:00Z'), maxPages: 7 }),
    ).toEqual({ earliest: '2000-01-01', earliestBy: 'floor', latest: '2026-03-20', maxPages: 7 });
  });
});

describe('checkManualDeposit', () => {
  const old: ManualDepositBounds = { earliest: '2000-01-01', earliestBy: 'floor', latest: '2026-07-01', maxPages: 10_000_000 };
  const young: ManualDepositBounds = { earliest: '2006-02-28', earliestBy: 'account', latest: '2026-07-01', maxPages: 10_000_000 };

  it.each([
    [{ date: '2000-01-01', pages: 1 }, old],
    [{ date: '2026-07-01', pages: 10_000_000 }, old],
    [{ date: '2006-02-28', pages: 10_000_000 }, young],
    [{ date: '2024-02-29', pages: 5 }, young],
  ])('accepts %j', (d, b) => {
    expect(refusal(d, b)).toBeUndefined();
  });

  it.each([
    [{ date: '1999-12-31', pages: 1 }, old, 'date: must be on or after 2000-01-01.', 'date_out_of_bounds'],
    [{ date: '0001-01-01', pages: 1 }, old, 'date: must be on or after 2000-01-01.', 'date_out_of_bounds'],
    [{ date: '2026-07-02', pages: 1 }, old, 'date: must not be after 2026-07-01 (today, Europe/London).', 'date_out_of_bounds'],
    [{ date: '9999-12-31', pages: 1 }, old, 'date: must not be after 2026-07-01 (today, Europe/London).', 'date_out_of_bounds'],
    [
      { date: '2006-02-27', pages: 1 },
      young,
      'date: must be on or after 2006-02-28 (10 years before the account was created).',
      'date_out_of_bounds',
    ],
    [{ date: '2026-07-01', pages: 10_000_001 }, old, 'pages: must be at most 10,000,000.', 'pages_out_of_bounds'],
    // Both out: the date is named first.
    [{ date: '1999-12-31', pages: 10_000_001 }, old, 'date: must be on or after 2000-01-01.', 'date_out_of_bounds'],
  ])('refuses %j with a 400 naming the field', (d, b, message, reason) => {
    expect(refusal(d, b)).toEqual({ message, reason, status: 400 });
  });

  it('the two together: an account created on a leap day, asked at 23:30 UTC on 30 June (London: 1 July)', () => {
    const b = manualDepositBounds({
      accountCreatedAt: new Date('2016-02-29T12:00:00Z'),
      now: new Date('2026-06-30T23:30:00Z'),
      maxPages: 10_000_000,
    });
    expect(refusal({ date: '2026-07-01', pages: 1 }, b)).toBeUndefined();
    expect(refusal({ date: '2026-07-02', pages: 1 }, b)?.reason).toBe('date_out_of_bounds');
    expect(refusal({ date: '2006-02-28', pages: 1 }, b)).toBeUndefined();
    expect(refusal({ date: '2006-02-27', pages: 1 }, b)?.reason).toBe('date_out_of_bounds');
  });
});
