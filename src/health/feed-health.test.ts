import { describe, expect, it } from 'vitest';
import { businessDaysBetween, isBusinessDay } from '../calendar.js';
import { feedHealth } from './feed-health.js';

describe('business days', () => {
  it('skip weekends and the bank holidays of England and Wales', () => {
    expect(isBusinessDay('2026-04-02', 'GB-ENG')).toBe(true); // Thursday
    expect(isBusinessDay('2026-04-03', 'GB-ENG')).toBe(false); // Good Friday
    expect(isBusinessDay('2026-04-04', 'GB-ENG')).toBe(false); // Saturday
    expect(isBusinessDay('2026-04-06', 'GB-ENG')).toBe(false); // Easter Monday
    expect(isBusinessDay('2026-12-28', 'GB-ENG')).toBe(false); // Boxing Day substitute
    expect(isBusinessDay('2026-03-15', 'GB-ENG')).toBe(false); // Sunday (Mother's Day is only an observance)
    expect(businessDaysBetween('2026-04-02', '2026-04-08', 'GB-ENG')).toBe(2); // Tue 7, Wed 8
  });

  it('follow the region a server names', () => {
    expect(isBusinessDay('2026-11-30', 'GB-SCT')).toBe(false); // St Andrew's Day (substitute) in Scotland
    expect(isBusinessDay('2026-11-30', 'GB-ENG')).toBe(true);
    expect(isBusinessDay('2026-07-03', 'US')).toBe(false); // Independence Day observed
    expect(() => isBusinessDay('2026-01-05', 'XX-YY')).toThrow(/holiday_region/);
  });
});

describe('feed health', () => {
  const base = { activationDate: '2026-01-01', region: 'GB-ENG' };

  it('is unhealthy after 3 business days without new data, and not before', () => {
    // Last change Thursday 2 April; Good Friday, the weekend and Easter Monday do not count.
    expect(feedHealth({ ...base, lastChange: '2026-04-02', latest: '2026-04-08' }).health).toBe('healthy');
    const stale = feedHealth({ ...base, lastChange: '2026-04-02', latest: '2026-04-09' });
    expect(stale.health).toBe('unhealthy');
    expect(stale.reason).toMatch(/DCA stale: no new data for 3 business days/);
  });

  it('is pending before the first collection and judged from activation before the first change', () => {
    expect(feedHealth({ ...base, lastChange: null, latest: null }).health).toBe('pending');
    expect(feedHealth({ ...base, lastChange: null, latest: '2026-01-07' }).health).toBe('unhealthy');
  });
});

describe('feedHealth: a feed that cannot advance says why', () => {
  const base = { activationDate: '2026-01-05', region: 'GB-ENG' };
  it('is unhealthy with the failure kind once reads have failed for 3 business days, healthy before', () => {
    // Failing since Mon 9 Mar (the last change on Sun 8): through Tue 10 Mar that is 2 business days, through Wed 11 Mar 3.
    const failing = {
      ...base,
      lastChange: '2026-03-08',
      latest: '2026-03-10',
      readFailure: 'invalid_data' as const,
      readFailureSince: '2026-03-09',
    };
    expect(feedHealth({ ...failing, yesterday: '2026-03-10' })).toEqual({ health: 'healthy', reason: null, code: null });
    const v = feedHealth({ ...failing, latest: '2026-03-11', yesterday: '2026-03-11' });
    expect(v.health).toBe('unhealthy');
    expect(v.code).toBe('invalid_data');
    expect(v.reason).toBe("The feed cannot advance: the portal's answers failed validation for 3 business days (since 2026-03-09).");
    for (const kind of ['customer_missing', 'portal_errors'] as const) {
      expect(feedHealth({ ...failing, readFailure: kind, yesterday: '2026-03-13' }).code).toBe(kind);
    }
  });
  it('a feed never synced whose reads fail is unhealthy too (not pending), and a stale one says dca_stale', () => {
    expect(
      feedHealth({
        ...base,
        lastChange: null,
        latest: null,
        readFailure: 'customer_missing',
        readFailureSince: '2026-03-02',
        yesterday: '2026-03-10',
      }).code,
    ).toBe('customer_missing');
    expect(feedHealth({ ...base, lastChange: '2026-04-02', latest: '2026-04-09' }).code).toBe('dca_stale');
  });
});
