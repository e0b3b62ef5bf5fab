import { z } from 'zod';
import { timestamp } from '../http/api-schemas.js';

const factor = (what: string) =>
  z
    .number()
    .min(0)
    .max(1_000_000)
    .meta({ description: `${what} per standard page.` });
const sources = z
  .strictObject({ co2e_kg: z.string().min(1), water_l: z.string().min(1), energy_kwh: z.string().min(1), wood_kg: z.string().min(1) })
  .meta({ description: 'The source of each figure (docs/impact.md).' });

/** A version of the impact factors (docs/impact.md). */
export const factorSetObject = z
  .strictObject({
    version: z.string(),
    name: z.string(),
    co2e_kg: factor('Greenhouse gases, kg CO₂e,'),
    water_l: factor('Water, litres,'),
    energy_kwh: factor('Energy, kWh,'),
    wood_kg: factor('Wood, kg,'),
    sources,
    method_url: z.string(),
    created_at: timestamp(),
  })
  .meta({ id: 'ImpactFactorSet' });

/** POST /v1/impact-factors: a new version (the platform only); it applies to certificates issued from then on. */
export const createFactorSetBody = z
  .object({
    version: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,39}$/, 'must be lower-case letters, digits, dots and hyphens, e.g. epn-2025.1'),
    name: z.string().trim().min(1, 'must not be empty').max(200),
    co2e_kg: factor('Greenhouse gases, kg CO₂e,'),
    water_l: factor('Water, litres,'),
    energy_kwh: factor('Energy, kWh,'),
    wood_kg: factor('Wood, kg,'),
    sources,
    method_url: z.string().max(500).optional(),
  })
  .meta({
    examples: [
      {
        version: 'epn-2025.1',
        name: 'Environmental Paper Network Paper Calculator 2025',
        co2e_kg: 0.0127,
        water_l: 10,
        energy_kwh: 0.05,
        wood_kg: 0.0125,
        sources: { co2e_kg: '…', water_l: '…', energy_kwh: '…', wood_kg: '…' },
      },
    ],
  });
export type CreateFactorSetInput = z.infer<typeof createFactorSetBody>;

/** The equivalents fields of certificates, accounts (mtd/qtd/ytd/ltd) and volume. */
export const impactFields = {
  co2e_kg: z.number().meta({ description: 'Greenhouse gases of the paper, kg CO₂e (docs/impact.md).' }),
  water_l: z.number().meta({ description: 'Water, litres.' }),
  energy_kwh: z.number().meta({ description: 'Energy, kWh.' }),
  wood_kg: z.number().meta({ description: 'Wood, kg.' }),
};
