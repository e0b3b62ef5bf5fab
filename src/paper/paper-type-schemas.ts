import { z } from 'zod';

/** Grammage in g/m² (`density`, or its newer name `gsm`). */
export const grammage = z.number('must be a number (g/m²)').positive('must be positive').max(2000, 'must be at most 2000 g/m²');

export const createPaperTypeBody = z
  .object({
    name: z.string('must be a string').trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    density: grammage.optional(),
    gsm: grammage.optional(),
  })
  .meta({ examples: [{ name: 'Recycled 90 g/m²', gsm: 90 }] });

export type CreatePaperTypeInput = z.infer<typeof createPaperTypeBody>;
