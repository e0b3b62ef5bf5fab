/**
 * Impact equivalents (docs/impact.md): per standard page, a factor set gives the greenhouse gases (kg CO₂e), water
 * (litres), energy (kWh) and wood (kg) of the paper's production. Pages are the source of truth; the equivalents are
 * derived from them here and nowhere else, with the factor set's own version (a certificate keeps the version it was
 * issued with; accounts and volume use the newest).
 */
export interface ImpactFactors {
  version: string;
  co2e_kg: number;
  water_l: number;
  energy_kwh: number;
  wood_kg: number;
}

export interface Impact {
  co2e_kg: number;
  water_l: number;
  energy_kwh: number;
  wood_kg: number;
}

export const IMPACT_KEYS = ['co2e_kg', 'water_l', 'energy_kwh', 'wood_kg'] as const;

/**
 * `pages` × each factor, two decimals (halves up). Factors are multiplied as scaled integers (factor × 10⁹, exact for
 * factors of up to nine decimals) so that a figure worked by hand (12,480 pages × 0.0127 kg = 158.496 → 158.5) is what
 * Canopy shows, without binary rounding in between.
 */
export function impactOf(pages: number, f: Pick<ImpactFactors, (typeof IMPACT_KEYS)[number]>): Impact {
  const scaled = (factor: number) => {
    const nano = BigInt(Math.round(factor * 1e9));
    const hundredths = (BigInt(Math.round(pages)) * nano * 100n + 500_000_000n) / 1_000_000_000n;
    return Number(hundredths) / 100;
  };
  return { co2e_kg: scaled(f.co2e_kg), water_l: scaled(f.water_l), energy_kwh: scaled(f.energy_kwh), wood_kg: scaled(f.wood_kg) };
}
