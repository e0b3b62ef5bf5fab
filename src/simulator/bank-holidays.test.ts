import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, englandAndWalesBankHolidays } from './bank-holidays.js';

describe('bank holidays of England and Wales', () => {
  it('match date-holidays (GB, ENG) for every year from 2013 to 2040', () => {
    const reference = new Holidays('GB', 'ENG');
    for (let year = 2013; year <= 2040; year++) {
      const expected = reference
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        .sort();
      expect(englandAndWalesBankHolidays(year), String(year)).toEqual(expected);
    }
  });

  it('follow gov.uk where date-holidays does not know the one-off changes', () => {
    expect(englandAndWalesBankHolidays(2012)).toEqual([
      '2012-01-01',
      '2012-01-02',
      '2012-04-06',
      '2012-04-09',
      '2012-05-07',
      '2012-06-04',
      '2012-06-05',
      '2012-08-27',
      '2012-12-25',
      '2012-12-26',
    ]);
    expect(englandAndWalesBankHolidays(2011)).toContain('2011-04-29');
    expect(englandAndWalesBankHolidays(1999)).toContain('1999-12-31');
  });

  it('move Christmas and New Year to weekdays when they fall at a weekend', () => {
    expect(englandAndWalesBankHolidays(2021).filter((d) => d.startsWith('2021-12'))).toEqual([
      '2021-12-25',
      '2021-12-26',
      '2021-12-27',
      '2021-12-28',
    ]);
    expect(englandAndWalesBankHolidays(2022).filter((d) => d.startsWith('2022-12'))).toEqual(['2022-12-25', '2022-12-26', '2022-12-27']);
    expect(englandAndWalesBankHolidays(2026).filter((d) => d.startsWith('2026-12'))).toEqual(['2026-12-25', '2026-12-26', '2026-12-28']);
    expect(englandAndWalesBankHolidays(2022).slice(0, 2)).toEqual(['2022-01-01', '2022-01-03']);
  });

  it('date Easter correctly', () => {
    expect(easterSunday(2024)).toEqual([3, 31]);
    expect(easterSunday(2025)).toEqual([4, 20]);
    expect(easterSunday(2038)).toEqual([4, 25]);
    expect(easterSunday(2285)).toEqual([3, 22]);
  });
});
