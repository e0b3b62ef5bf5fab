import { z } from 'zod';
import { apiDate } from '../http/api-schemas.js';
import { feedObject } from './feed-api-schema.js';
import { externalId } from './feed-schemas.js';

/** A proposed customer account for an unconnected portal customer (src/feeds/customer-match.ts). */
export const proposedMatchObject = z
  .strictObject({
    account_id: z.string(),
    account_name: z.string(),
    confidence: z.number().min(0).max(1).meta({ description: 'How sure the match is, 0..1 (1: the same external id or name).' }),
    basis: z.enum(['external_id', 'name']).meta({ description: "What matched: the account's external id, or its name." }),
  })
  .meta({ id: 'ProposedMatch' });

/** One customer of the server's portal, with its feed if it is connected, else a proposed account. */
export const portalCustomerObject = z
  .strictObject({
    external_id: z.string(),
    name: z.string(),
    feed_id: z.string().nullable().meta({ description: 'The feed that connects it (null: not connected).' }),
    account_id: z.string().nullable().meta({ description: 'The customer account its feed deposits into (null: not connected).' }),
    proposed_match: proposedMatchObject
      .nullable()
      .meta({ description: 'For a customer not connected: the existing customer account it most likely is (null: none close enough).' }),
  })
  .meta({
    id: 'PortalCustomer',
    examples: [
      {
        external_id: '1043',
        name: 'Hartley & Sons Solicitors',
        feed_id: null,
        account_id: null,
        proposed_match: {
          account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
          account_name: 'Hartley and Sons Solicitors',
          confidence: 1,
          basis: 'name',
        },
      },
    ],
  });

export const portalCustomersQuery = z.object({
  mapped: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .meta({ description: 'Only the connected customers (true) or only those without a feed (false, the "unmapped" report).' }),
});

const bulkCustomer = z
  .strictObject({
    external_id: externalId,
    account_id: z.uuid('must be an account id').optional().meta({ description: 'An existing customer account.' }),
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .optional()
      .meta({ description: "A new customer account's name, created under the server's provider." }),
  })
  .refine((c) => (c.account_id === undefined) !== (c.name === undefined), {
    path: ['account_id'],
    message: 'give either account_id (an existing customer account) or name (a new one), not both',
  });

/** POST /v1/servers/:id/feeds/bulk: connect many portal customers at once, all or nothing. */
export const bulkFeedsBody = z
  .strictObject({
    activated_at: apiDate.meta({ description: 'The activation date of every feed (a past date backfills from it).' }),
    dry_run: z
      .boolean('must be true or false')
      .default(false)
      .meta({ description: 'Only answer what would be created (nothing is written).' }),
    customers: z.array(bulkCustomer).min(1, 'must list at least one customer').max(1000, 'must list at most 1000 customers'),
  })
  .meta({
    examples: [
      {
        activated_at: '2026-01-01',
        dry_run: true,
        customers: [
          { external_id: '1043', account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c' },
          { external_id: '1044', name: 'Northwind Traders' },
        ],
      },
    ],
  });
export type BulkFeedsInput = z.infer<typeof bulkFeedsBody>;

export const bulkFeedsResult = z
  .strictObject({
    dry_run: z.boolean(),
    feeds: z.array(feedObject).meta({ description: 'The feeds created (dry run: that would be created; their ids are not kept).' }),
    accounts_created: z.number().int().meta({ description: 'New customer accounts (dry run: that would be created).' }),
  })
  .meta({ id: 'BulkFeeds' });
