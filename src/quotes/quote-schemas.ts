import { z } from 'zod';
import { grammage } from '../paper/paper-type-schemas.js';

const metres = z.number('must be a number (metres)').positive('must be positive').max(10, 'must be at most 10 m');

const quoteItem = z.object({
  quantity: z.number('must be a number').int('must be a whole number').positive('must be positive').max(1e12, 'is too large'),
  width: metres,
  height: metres,
  density: grammage.nullable().optional(),
  gsm: grammage.nullable().optional(),
  paper_type_id: z.uuid('must be a paper type id').nullable().optional(),
});

export const createQuoteBody = z
  .object({
    items: z.array(quoteItem, 'must be an array of items').min(1, 'must have at least one item').max(1000, 'must have at most 1000 items'),
    project_id: z.uuid('must be a forestry project id').nullable().optional(),
  })
  .meta({
    examples: [
      {
        items: [
          { quantity: 20000, width: 0.2127, height: 0.2762, paper_type_id: 'a11c7abc-011e-462f-babb-3c6375fa6473' },
          { quantity: 400000, width: 0.2127, height: 0.2762, gsm: 89 },
        ],
      },
    ],
  });

export type CreateQuoteInput = z.infer<typeof createQuoteBody>;
