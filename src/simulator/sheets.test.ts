import { describe, expect, it } from 'vitest';
import {
  FLEET_PAPERS,
  type FleetPaper,
  ISO_FLEET_PAPER,
  STANDARD_PAGE_SHEET,
  US_FLEET_PAPER,
  fleetPaper,
  sheetsUsed,
  standardPagesOfCounters,
  standardPagesOfSheets,
  standardPagesOfUsage,
  standardPagesPerSheet,
} from './sheets.js';

describe('the simulator\'s paper (DOMAIN.md "Standard pages")', () => {
  it('sizes its sheets as the contract does', () => {
    expect(STANDARD_PAGE_SHEET).toMatchObject({ widthUm: 215_900, heightUm: 279_400, gsm: 74 });
    expect(ISO_FLEET_PAPER.smallSheet).toMatchObject({ widthUm: 210_000, heightUm: 297_000, gsm: 80 });
    expect(ISO_FLEET_PAPER.largeSheet).toMatchObject({ widthUm: 297_000, heightUm: 420_000, gsm: 80 });
    expect(US_FLEET_PAPER.smallSheet).toMatchObject({ widthUm: 215_900, heightUm: 279_400, gsm: 74 });
    expect(US_FLEET_PAPER.largeSheet).toMatchObject({ widthUm: 279_400, heightUm: 431_800, gsm: 74 });
  });

  it('an A4 sheet of 80 g/m² is 1.11778 standard pages and an A3 sheet 2.23555; Letter 1 and Tabloid 2 exactly', () => {
    // A4: 210 mm × 297 mm × 80 g/m² = 4,989,600; standard page: 215.9 mm × 279.4 mm × 74 g/m² = 4,463,862.04 (same
    // units); 4,989,600 / 4,463,862.04 = 1.1177765. A3 is two A4: 2.2355530.
    expect(standardPagesPerSheet(ISO_FLEET_PAPER.smallSheet)).toBeCloseTo(1.11778, 5);
    expect(standardPagesPerSheet(ISO_FLEET_PAPER.largeSheet)).toBeCloseTo(2.23555, 5);
    expect(standardPagesPerSheet(US_FLEET_PAPER.smallSheet)).toBe(1);
    expect(standardPagesPerSheet(US_FLEET_PAPER.largeSheet)).toBe(2);
  });

  it('counts sheets: a duplex sheet carries two small impressions, a large impression is a large sheet', () => {
    expect(sheetsUsed(100, 7, 30)).toEqual({ small: 70, large: 7 });
    expect(standardPagesOfUsage(107, 7, 30, US_FLEET_PAPER)).toBe(70 + 2 * 7);
    expect(standardPagesOfCounters({ smallTotal: 100, largeTotal: 7, duplexTotal: 30 }, US_FLEET_PAPER)).toBe(84);
    expect(() => sheetsUsed(10, 0, 11)).toThrow(RangeError);
    expect(() => standardPagesOfSheets({ small: -1, large: 0 }, ISO_FLEET_PAPER)).toThrow(RangeError);
    expect(() => standardPagesOfSheets({ small: 1.5, large: 0 }, ISO_FLEET_PAPER)).toThrow(RangeError);
  });

  it('rounds to the nearest integer, halves up', () => {
    // A4: 1 sheet = 1.1178 → 1; 4 sheets = 4.471 → 4; 5 sheets = 5.589 → 6.
    expect([0, 1, 4, 5, 9].map((n) => standardPagesOfSheets({ small: n, large: 0 }, ISO_FLEET_PAPER))).toEqual([0, 1, 4, 6, 10]);
    expect(standardPagesOfSheets({ small: 0, large: 3 }, ISO_FLEET_PAPER)).toBe(7); // 6.707
    // 1,000,000 A4 sheets = 4,989,600 / 4,463,862.04 × 10⁶ = 1,117,776.48 standard pages (worked by hand).
    expect(standardPagesOfSheets({ small: 1_000_000, large: 0 }, ISO_FLEET_PAPER)).toBe(1_117_776);
  });

  it('rounds an exact half up, and just under a half down', () => {
    // Half a Letter sheet (8.5 in × 5.5 in = 215,900 µm × 139,700 µm) at 74 g/m² weighs exactly half a standard page.
    const halfLetter = { label: 'half Letter 74 g/m²', widthUm: 215_900, heightUm: 139_700, gsm: 74 };
    const halves: FleetPaper = { name: 'letter', smallSheet: halfLetter, largeSheet: halfLetter };
    // 1 sheet = 0.5 → 1; 2 sheets = 1 exactly; 3 sheets = 1.5 → 2; 7 sheets = 3.5 → 4.
    expect([0, 1, 2, 3, 7].map((n) => standardPagesOfSheets({ small: n, large: 0 }, halves))).toEqual([0, 1, 1, 2, 4]);
    expect(standardPagesOfSheets({ small: 1, large: 2 }, halves)).toBe(2); // 1.5
    // One micrometre narrower: a hair under half a standard page → 0, and 3 such sheets a hair under 1.5 → 1.
    const underHalf = { ...halfLetter, widthUm: 215_899 };
    const under: FleetPaper = { name: 'letter', smallSheet: underHalf, largeSheet: underHalf };
    expect([1, 3].map((n) => standardPagesOfSheets({ small: n, large: 0 }, under))).toEqual([0, 1]);
  });

  it('names its papers as --paper does, and takes other profiles by their id only', () => {
    expect(Object.keys(FLEET_PAPERS)).toEqual(['a4', 'letter']);
    expect(fleetPaper('letter')).toBe(US_FLEET_PAPER);
    expect(fleetPaper(ISO_FLEET_PAPER)).toBe(ISO_FLEET_PAPER);
    expect(fleetPaper({ id: 'a4' })).toBe(ISO_FLEET_PAPER);
    expect(() => fleetPaper({ id: 'a4-sides' })).toThrow(/no paper "a4-sides"/);
  });
});
