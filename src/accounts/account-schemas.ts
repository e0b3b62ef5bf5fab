import { z } from 'zod';
import { searchParam, sortParam } from '../http/listing.js';
import { ACCOUNT_SORTS } from './account-queries.js';

/**
 * Request bodies of the account routes. Unknown keys are ignored (the Ruby client may send back read-only
 * fields it holds); known keys with a wrong type or value are a 400 naming the field.
 */
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const optionalText = z.string().trim().max(200, 'must be at most 200 characters').nullable().optional();
const childRole = z.enum(['provider', 'customer']);

export const createAccountBody = z
  .object({
    name,
    display_name: optionalText,
    external_id: optionalText,
    role: childRole.optional(),
    parent_id: z.uuid('must be an account id').nullable().optional(),
  })
  .meta({ examples: [{ name: 'Hartley & Sons', display_name: 'Hartley & Sons Solicitors', external_id: 'CRM-1043', role: 'customer' }] });

export const updateAccountBody = z
  .object({
    name: name.optional(),
    display_name: optionalText,
    external_id: optionalText,
    role: childRole.optional(),
  })
  .meta({ examples: [{ display_name: 'Hartley & Sons LLP' }] });

export const createApiKeyBody = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').default('API key'),
    scope: z
      .enum(['read', 'full'])
      .optional()
      .meta({
        description:
          "`read`: GET only; `full` (default, or the creating key's own scope): whatever the account's role allows. " +
          'A key cannot create a key with more power than itself.',
      }),
  })
  .meta({ examples: [{ name: 'Billing export', scope: 'read' }] });

export const idParams = z.object({ id: z.string() });
/**
 * Lists of the default scope hold the caller's own account's records; `include_descendants=true` (a Canopy extension)
 * the whole subtree's.
 */
export const subtreeQuery = z.object({
  include_descendants: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: "true: the records of the account's whole subtree, not only its own." }),
});
/** The query of an accounts list: the `q` and `sort` extensions (limit/after come with every list). */
export const accountListQuery = z.object({
  q: searchParam('name, display name or external id'),
  sort: sortParam(ACCOUNT_SORTS, 'oldest first (created_at)'),
});

export const accountIdParams = z.object({ account_id: z.string() });

/** A password someone chooses (invitation acceptance, change, reset): 10 to 1000 characters. */
export const newPassword = z.string().min(10, 'must be at least 10 characters').max(1000, 'must be at most 1000 characters');
