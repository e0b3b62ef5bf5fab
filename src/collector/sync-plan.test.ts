import { addDays, daysBetween, portalYesterday } from '../calendar.js';
import { describe, expect, it } from 'vitest';
import { datesToRead } from './sync-plan.js';

describe('datesToRead', () => {
  it('starts a new feed at the base reading, the day before activation', () => {
    expect(datesToRead({ activationDate: '2026-03-01', checkpoint: null, lastChange: null }, '2026-03-03')).toEqual([
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('continues after the checkpoint when the counters moved on the checkpoint day', () => {
    expect(datesToRead({ activationDate: '2026-01-01', checkpoint: '2026-03-01', lastChange: '2026-03-01' }, '2026-03-03')).toEqual([
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('re-reads the trailing days on which the counters did not move', () => {
    expect(datesToRead({ activationDate: '2026-01-01', checkpoint: '2026-03-05', lastChange: '2026-03-02' }, '2026-03-06')).toEqual([
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
    ]);
  });

  it('never reads before the base, even when the counters never moved', () => {
    expect(datesToRead({ activationDate: '2026-03-01', checkpoint: '2026-03-03', lastChange: null }, '2026-03-03')).toEqual([
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('reads nothing for a feed activated in the future', () => {
    expect(datesToRead({ activationDate: '2026-04-01', checkpoint: null, lastChange: null }, '2026-03-03')).toEqual([]);
  });
});

describe('dates', () => {
  it('add and count days across month, year and DST boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it("take yesterday in the portal's time zone, not the machine's", () => {
    // 23:30 UTC on 31 May is already 1 June in London: yesterday there is 31 May.
    expect(portalYesterday(new Date('2026-05-31T23:30:00Z'), 'Europe/London')).toBe('2026-05-31');
    expect(portalYesterday(new Date('2026-05-31T23:30:00Z'), 'America/Denver')).toBe('2026-05-30');
  });
});
