import { z } from 'zod';
import { apiDate } from '../http/api-schemas.js';

const externalId = z.union([z.string().trim().min(1, 'must not be empty').max(100), z.number().int().nonnegative()]).transform(String);

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
