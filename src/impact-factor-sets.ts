/** One version of the impact factors per standard page (docs/impact.md cites each figure). */
export interface FactorSet {
  /** e.g. 'epn-2024.1': the family and its version. */
  version: string;
  name: string;
  /** Per standard page. */
  co2e_kg: number;
  water_l: number;
  energy_kwh: number;
  wood_kg: number;
  /** One source per figure, as docs/impact.md states it. */
  sources: { co2e_kg: string; water_l: string; energy_kwh: string; wood_kg: string };
  /** The page of the method (a link from certificates): '/docs/impact' unless you find better. */
  method_url: string;
}

/**
 * The first factor set (docs/impact.md, "The initial factor set"): the production of virgin-fibre office paper, per
 * standard page of 4.46386 g (8.5 in × 11 in at 74 g/m², src/standard-pages.ts). Figures per tonne of paper are
 * scaled by that mass; PaperCut's figure per sheet is taken as it stands (a Letter sheet is the standard page).
 * Three of the four figures come from the Environmental Paper Network's Paper Calculator, hence the family `epn`.
 * Data: once a migration has inserted it, it never changes; new figures are a new version.
 */
export const INITIAL_FACTOR_SET: FactorSet = {
  version: 'epn-2024.1',
  name: 'Virgin office paper: EPN Paper Calculator, CO₂e from PaperCut',
  co2e_kg: 0.0127,
  water_l: 0.3553,
  energy_kwh: 0.04647,
  wood_kg: 0.01786,
  sources: {
    co2e_kg:
      'PaperCut, NG/MF manual, "Change the environmental impact reference values" ' +
      '(https://www.papercut.com/help/manuals/ng-mf/common/sys-environmental-impact/, the default since PaperCut 15.1): ' +
      '12.7 g CO₂e from the production of one A4 or Letter sheet, taken as one standard page (a Letter sheet).',
    water_l:
      'Environmental Paper Network Paper Calculator (papercalculator.org), virgin copy paper, as run by Omnipress, ' +
      '"Calculate the impact of using recycled paper" (https://omnipress.com/blog/calculate-the-impact-of-using-recycled-paper/): ' +
      '5,627 US gallons for 590 lb = 19,075 gal per short ton = 79.59 L/kg; × 4.464 g = 0.3553 L. Water used at the ' +
      'mill, not a water footprint.',
    energy_kwh:
      'Environmental Paper Network Paper Calculator, uncoated paper, 0% recycled, as run by Sheridan, "Un-earth your green ' +
      'savings" (https://www.sheridan.com/insights/unearth-your-green-savings/): net energy 132 million BTU for 8,192 lb ' +
      '= 10.41 kWh/kg; × 4.464 g = 0.04647 kWh.',
    wood_kg:
      'Environmental Paper Network Paper Calculator 4.0 (2018), as cited by Sustana, "Eco-calculator" ' +
      '(https://sustanasolutions.com/eco-calculator/): 4 short tons of wood per short ton of virgin paper; × 4.464 g = ' +
      '0.01786 kg (as Conservatree: 24 trees per ton of virgin office paper, about 6 trees per ton of wood).',
  },
  method_url: '/impact',
};
