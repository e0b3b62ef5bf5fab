import { z } from 'zod';
import { apiDate } from '../http/api-schemas.js';

/**
 * POST /v1/deposits. The limits here only guard parsing; the bounds of manual input (the date's range, at most
 * MANUAL_DEPOSIT_MAX_PAGES pages) depend on the account and the configuration: checkManualDeposit (manual-bounds.ts).
 */
export const createDepositBody = z
  .object({
    pages: z.number().int('must be a whole number').positive('must be positive').max(1e12),
    date: apiDate.optional(),
    width: z.number().positive().max(10).optional(),
    height: z.number().positive().max(10).optional(),
    density: z.number().positive().max(2000).optional(),
    gsm: z.number().positive().max(2000).optional(),
    paper_type_id: z.uuid().nullable().optional(),
  })
  .meta({ examples: [{ pages: 5000, date: '2024-03-01', width: 0.21, height: 0.297, gsm: 80 }] });

/** List filters. Values may come from the query string (Ruby) or a JSON body on GET (JS client). */
export const rangeQuery = z.object({
  start_date: apiDate.optional(),
  end_date: apiDate.optional(),
  period: z.enum(['daily', 'monthly']).optional(),
  include_descendants: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
  coverage: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional(),
});

/**
 * The list filters as the documentation shows them (the routes' `querystring`). The routes parse them with rangeQuery
 * themselves, from the query string over a JSON body on the GET, so this schema only documents: it lets any value
 * through unchanged, and an invalid one is still the routes' 400.
 */
export const rangeQueryDocs = z.looseObject({
  start_date: z
    .unknown()
    .optional()
    .meta({
      type: 'string',
      format: 'date',
      description: 'From this day (YYYY-MM-DD or a timestamp), inclusive.',
      examples: ['2024-01-01'],
    }),
  end_date: z
    .unknown()
    .optional()
    .meta({ type: 'string', format: 'date', description: 'To this day, inclusive.', examples: ['2024-03-31'] }),
  period: z
    .unknown()
    .optional()
    .meta({ type: 'string', enum: ['daily', 'monthly'], description: 'Volume only: one entry per day or per month (default monthly).' }),
  include_descendants: z
    .unknown()
    .optional()
    .meta({ type: 'boolean', description: "Deposits only: also the descendants' deposits (default false)." }),
  coverage: z
    .unknown()
    .optional()
    .meta({
      type: 'boolean',
      description:
        'Volume only (a Canopy extension): each period also says which of its days had data, which had no new data (a stale ' +
        'spell) and what was caught up late (default false).',
    }),
});

export type CreateDepositInput = z.infer<typeof createDepositBody>;
export type RangeQuery = z.infer<typeof rangeQuery>;
