import { z } from 'zod';
import { activationDate } from '../feeds/feed-schemas.js';

export const createDepositBody = z.object({
  pages: z.number().int('must be a whole number').positive('must be positive').max(1e12),
  date: activationDate.optional(),
  width: z.number().positive().max(10).optional(),
  height: z.number().positive().max(10).optional(),
  density: z.number().positive().max(2000).optional(),
  gsm: z.number().positive().max(2000).optional(),
  paper_type_id: z.uuid().nullable().optional(),
});

/** List filters. Values may come from the query string (Ruby) or a JSON body on GET (JS client). */
export const rangeQuery = z.object({
  start_date: activationDate.optional(),
  end_date: activationDate.optional(),
  period: z.enum(['daily', 'monthly']).optional(),
  include_descendants: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
});

export type CreateDepositInput = z.infer<typeof createDepositBody>;
export type RangeQuery = z.infer<typeof rangeQuery>;
