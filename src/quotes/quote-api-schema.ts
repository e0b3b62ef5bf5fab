import { z } from 'zod';
import { deletedOf, timestamp } from '../http/api-schemas.js';

/** The Quote object as quoteToApi builds it (PrintReleaf v1 §7.9), with its items. */
export const quoteObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    project_id: z.string().nullable(),
    transaction_id: z.string().nullable().meta({ description: 'The transaction it was converted to, if any.' }),
    created_at: timestamp(),
    standard_pages: z.number().meta({ description: 'round(Σ quantity × width × height × density / (0.2159 × 0.2794 × 74)).' }),
    trees: z.number().meta({ description: 'Three decimals.' }),
    rate: z.number().meta({ description: 'Price per standard page when the quote was made.' }),
    price: z.number().meta({ description: 'standard_pages × rate, to the cent.' }),
    items: z.array(
      z.strictObject({
        quantity: z.number(),
        width: z.number().meta({ description: 'Metres.' }),
        height: z.number().meta({ description: 'Metres.' }),
        density: z.number().meta({ description: 'g/m².' }),
        gsm: z.number().meta({ description: 'The same as density.' }),
        paper_type_id: z.string().nullable(),
      }),
    ),
  })
  .meta({
    id: 'Quote',
    examples: [
      {
        id: '8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b',
        account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
        project_id: null,
        transaction_id: null,
        created_at: '2024-03-01T15:20:00Z',
        standard_pages: 525377,
        trees: 63.048,
        rate: 0.0003,
        price: 157.61,
        items: [
          { quantity: 20000, width: 0.2127, height: 0.2762, density: 216, gsm: 216, paper_type_id: 'a11c7abc-011e-462f-babb-3c6375fa6473' },
          { quantity: 400000, width: 0.2127, height: 0.2762, density: 89, gsm: 89, paper_type_id: 'bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07' },
        ],
      },
    ],
  });

export const quoteDeleted = deletedOf(quoteObject);
