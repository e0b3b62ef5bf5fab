import { describe, expect, it } from 'vitest';
import { impactOf } from './impact.js';

describe('impact equivalents', () => {
  it('multiplies pages by each factor, two decimals, halves up: figures worked by hand', () => {
    const f = { co2e_kg: 0.0127, water_l: 10, energy_kwh: 0.0483, wood_kg: 0.0125 };
    // 12,480 × 0.0127 = 158.496 → 158.50; × 10 = 124,800; × 0.0483 = 602.784 → 602.78; × 0.0125 = 156
    expect(impactOf(12_480, f)).toEqual({ co2e_kg: 158.5, water_l: 124_800, energy_kwh: 602.78, wood_kg: 156 });
    // 8,333 pages (one tree) × 0.0127 = 105.8291 → 105.83; × 0.0483 = 402.4839 → 402.48; × 0.0125 = 104.1625 → 104.16
    expect(impactOf(8333, f)).toEqual({ co2e_kg: 105.83, water_l: 83_330, energy_kwh: 402.48, wood_kg: 104.16 });
    // A half hundredth rounds up: 1 page × 0.005 = 0.005 → 0.01; 0 pages → 0.
    expect(impactOf(1, { co2e_kg: 0.005, water_l: 0.004, energy_kwh: 0, wood_kg: 0.015 })).toEqual({
      co2e_kg: 0.01,
      water_l: 0,
      energy_kwh: 0,
      wood_kg: 0.02,
    });
    expect(impactOf(0, f)).toEqual({ co2e_kg: 0, water_l: 0, energy_kwh: 0, wood_kg: 0 });
  });

  it('stays exact where binary floating point would not (large page counts)', () => {
    // 123,456,789 × 0.0127 = 1,567,901.2203 → 1,567,901.22 exactly
    expect(impactOf(123_456_789, { co2e_kg: 0.0127, water_l: 0.1, energy_kwh: 0.001, wood_kg: 0.000005 })).toEqual({
      co2e_kg: 1_567_901.22,
      water_l: 12_345_678.9,
      energy_kwh: 123_456.79,
      wood_kg: 617.28,
    });
  });
});
