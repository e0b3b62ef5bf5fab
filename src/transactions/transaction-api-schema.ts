import { z } from 'zod';
import { deletedOf, timestamp } from '../http/api-schemas.js';

/** The Transaction object as transactionToApi builds it (PrintReleaf v1 §7.8): trees with three decimals. */
export const transactionObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    project_id: z.string(),
    certificate_id: z.string().nullable(),
    quote_id: z.string().nullable().meta({ description: 'The quote it was converted from, if any.' }),
    date: timestamp(),
    pages: z.number(),
    trees: z.number(),
  })
  .meta({
    id: 'Transaction',
    examples: [
      {
        id: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
        account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
        project_id: '5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9',
        certificate_id: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d',
        quote_id: null,
        date: '2024-03-06T06:00:00Z',
        pages: 8810,
        trees: 1.057,
      },
    ],
  });

export const transactionDeleted = deletedOf(transactionObject);
