import { z } from 'zod';

const FORMS = ['trees', 'pages', 'quote_id'] as const;

/**
 * POST /transactions (PrintReleaf v1 §7.8): exactly one of {"trees": N}, {"pages": N} or {"quote_id": "…"}, and an
 * optional project_id. A null counts as absent (a client may send back every field of its local object). The limits
 * here only guard parsing; TRANSACTION_MAX_TREES is checked by checkTransactionSize (transaction-bounds.ts).
 */
export const createTransactionBody = z
  .object({
    trees: z.number('must be a number').positive('must be positive').max(1e8, 'is too large').nullable().optional(),
    pages: z
      .number('must be a number')
      .int('must be a whole number')
      .positive('must be positive')
      .max(1e12, 'is too large')
      .nullable()
      .optional(),
    quote_id: z.uuid('must be a quote id').nullable().optional(),
    project_id: z.uuid('must be a forestry project id').nullable().optional(),
  })
  .superRefine((body, ctx) => {
    const given = FORMS.filter((k) => body[k] != null);
    if (given.length === 1) return;
    ctx.addIssue({
      code: 'custom',
      path: [given[1] ?? 'trees'],
      message: given.length
        ? `give only one of trees, pages or quote_id (got ${given.join(' and ')})`
        : 'give one of trees, pages or quote_id',
    });
  })
  .meta({ examples: [{ trees: 12.5, project_id: '5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9' }] });

export type CreateTransactionInput = z.infer<typeof createTransactionBody>;
