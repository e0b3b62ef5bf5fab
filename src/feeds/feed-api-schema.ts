import { z } from 'zod';
import { healthState } from '../health/health-api-schema.js';
import { deletedOf, timestamp } from '../http/api-schemas.js';

/** The Feed object as feedToApi builds it (PrintReleaf v1 §7.4 plus Canopy's extensions). */
export const feedObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    type: z.literal('onestop'),
    server_id: z.string(),
    external_id: z.string().meta({ description: "The customer's id in the portal." }),
    collection_scope: z.string().nullable(),
    created_at: timestamp(),
    status: z.enum(['active', 'inactive']),
    activated_at: timestamp().meta({ description: 'The activation date (the first day deposited), as midnight UTC.' }),
    deactivated_at: timestamp().nullable(),
    health_check: healthState,
    health_check_reason: z.string().nullable(),
    health_reason: z
      .enum(['dca_stale', 'invalid_data', 'customer_missing', 'portal_errors', 'schema_changed'])
      .nullable()
      .meta({ description: 'Why the feed is unhealthy, machine-readable (null while healthy).' }),
    health_check_checked_at: timestamp().nullable(),
    health_check_changed_at: timestamp().nullable(),
    synced_through: z.string().nullable().meta({ format: 'date', description: 'The last day collected (YYYY-MM-DD).' }),
    last_new_data: z.string().nullable().meta({
      format: 'date',
      description:
        'The last day its counters moved (YYYY-MM-DD; null before they ever did): a feed whose data stopped shows it, not synced_through.',
    }),
  })
  .meta({
    id: 'Feed',
    examples: [
      {
        id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
        account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
        type: 'onestop',
        server_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c',
        external_id: '1043',
        collection_scope: null,
        created_at: '2024-01-15T10:45:00Z',
        status: 'active',
        activated_at: '2024-01-01T00:00:00Z',
        deactivated_at: null,
        health_check: 'healthy',
        health_check_reason: null,
        health_reason: null,
        health_check_checked_at: '2024-03-05T02:00:41Z',
        health_check_changed_at: '2024-01-15T10:46:10Z',
        synced_through: '2024-03-04',
        last_new_data: '2024-03-04',
      },
    ],
  });

export const feedDeleted = deletedOf(feedObject);

/** The answer of POST /v1/feeds/:id/resync. */
export const feedResyncObject = z
  .strictObject({
    dry_run: z.boolean(),
    days: z.number().int().meta({ description: 'The days of the range re-read (clamped to the activation date and yesterday).' }),
    changed_pages: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Dry run: Σ |pages if re-read now − stored pages| over the deposits from the first day re-read on.' }),
    queued: z.boolean().optional().meta({ description: 'Not a dry run: the re-read is queued (the checkpoint moved back).' }),
  })
  .meta({ id: 'FeedResync', examples: [{ dry_run: true, days: 5, changed_pages: 0 }] });
