import { z } from 'zod';

/** An activation date: `YYYY-MM-DD`, or a timestamp whose UTC date is taken. */
export const activationDate = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    const date = m ? (s.length === 10 ? m[1]! : new Date(s).toISOString().slice(0, 10)) : undefined;
    if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
      ctx.addIssue({ code: 'custom', message: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp' });
      return z.NEVER;
    }
    return date;
  });

const externalId = z.union([z.string().trim().min(1, 'must not be empty').max(100), z.number().int().nonnegative()]).transform(String);

export const createFeedBody = z.object({
  type: z.literal('onestop', 'must be "onestop"'),
  server_id: z.uuid('must be a server id'),
  external_id: externalId,
  activated_at: activationDate,
  collection_scope: z.string().max(50).nullable().optional(),
  account_id: z.uuid('must be an account id').optional(),
}).meta({ examples: [{ type: 'onestop', server_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c', external_id: '1043', activated_at: '2024-01-01' }] });

export const updateFeedBody = z.object({
  external_id: externalId.optional(),
  activated_at: activationDate.optional(),
  collection_scope: z.string().max(50).nullable().optional(),
}).meta({ examples: [{ activated_at: '2023-10-01' }] });

export type CreateFeedInput = z.infer<typeof createFeedBody>;
export type UpdateFeedInput = z.infer<typeof updateFeedBody>;
