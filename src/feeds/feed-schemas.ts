import { z } from 'zod';
import { apiDate, apiDay } from '../http/api-schemas.js';

export const externalId = z
  .union([z.string().trim().min(1, 'must not be empty').max(100), z.number().int().nonnegative()])
  .transform(String);

export const createFeedBody = z
  .object({
    type: z.literal('onestop', 'must be "onestop"'),
    server_id: z.uuid('must be a server id'),
    external_id: externalId,
    activated_at: apiDate,
    collection_scope: z.string().max(50).nullable().optional(),
    account_id: z.uuid('must be an account id').optional(),
  })
  .meta({
    examples: [{ type: 'onestop', server_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c', external_id: '1043', activated_at: '2024-01-01' }],
  });

export const updateFeedBody = z
  .object({
    external_id: externalId.optional(),
    activated_at: apiDate.optional(),
    collection_scope: z.string().max(50).nullable().optional(),
  })
  .meta({ examples: [{ activated_at: '2023-10-01' }] });

export type CreateFeedInput = z.infer<typeof createFeedBody>;
export type UpdateFeedInput = z.infer<typeof updateFeedBody>;

/** POST /v1/feeds/:id/resync: the days to re-read from the portal, or (dry_run) what re-reading them would change. */
export const resyncFeedBody = z
  .strictObject({
    start_date: apiDay.meta({ description: 'The first day to re-read (clamped to the activation date).' }),
    end_date: apiDay.meta({ description: 'The last day to re-read (clamped to yesterday in the server time zone).' }),
    dry_run: z.boolean().default(false).meta({ description: 'Only report what re-reading would change (nothing is written).' }),
  })
  .refine((b) => b.end_date >= b.start_date, { path: ['end_date'], message: 'must not be before start_date' })
  .meta({ examples: [{ start_date: '2026-01-01', end_date: '2026-01-31', dry_run: true }] });

export type ResyncFeedInput = z.infer<typeof resyncFeedBody>;
