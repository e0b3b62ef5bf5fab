import { IMPACT_KEYS, impactOf } from '../impact.js';
import { INITIAL_FACTOR_SET } from '../impact-factor-sets.js';
import { z } from 'zod';
import { deletedOf, timestamp } from '../http/api-schemas.js';

const EXAMPLE_ACCOUNT_ID = '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c';

const metric = (name: string, unit: string) =>
  Object.fromEntries(
    (['mtd', 'qtd', 'ytd', 'ltd'] as const).map((p) => [
      `${p}_${name}`,
      z.number().meta({ description: `${unit} of the paper of ${p}_pages (docs/impact.md), two decimals.` }),
    ]),
  );
/** The example's equivalents, from the shipped factor set (as the API would answer). */
function exampleImpact(pages: Record<'mtd' | 'qtd' | 'ytd' | 'ltd', number>) {
  const out: Record<string, number | string> = { factors_version: INITIAL_FACTOR_SET.version };
  for (const key of IMPACT_KEYS) for (const [p, n] of Object.entries(pages)) out[`${p}_${key}`] = impactOf(n, INITIAL_FACTOR_SET)[key];
  return out;
}

/** mtd_co2e_kg … ltd_wood_kg: the equivalents of each period's pages. */
const periodImpactFields = {
  ...metric('co2e_kg', 'Greenhouse gases, kg CO₂e,'),
  ...metric('water_l', 'Water, litres,'),
  ...metric('energy_kwh', 'Energy, kWh,'),
  ...metric('wood_kg', 'Wood, kg,'),
} as Record<`${'mtd' | 'qtd' | 'ytd' | 'ltd'}_${'co2e_kg' | 'water_l' | 'energy_kwh' | 'wood_kg'}`, z.ZodNumber>;

/** The Account object as accountToApi builds it (PrintReleaf v1 §7.1, plus the legacy lifetime_* aliases). */
export const accountObject = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    display_name: z.string().nullable(),
    role: z.enum(['platform', 'provider', 'customer']),
    parent_id: z.string().nullable(),
    external_id: z.string().nullable(),
    status: z.enum(['active', 'inactive']),
    created_at: timestamp(),
    activated_at: timestamp().nullable(),
    deactivated_at: timestamp().nullable(),
    accounts_count: z.number().int(),
    users_count: z.number().int(),
    mtd_pages: z.number().meta({ description: 'Standard pages this month (Europe/London), the account and its descendants.' }),
    qtd_pages: z.number(),
    ytd_pages: z.number(),
    ltd_pages: z.number(),
    mtd_trees: z.number().meta({ description: 'The pages in trees, two decimals (the rule: Trees, in the API description).' }),
    qtd_trees: z.number(),
    ytd_trees: z.number(),
    ltd_trees: z.number(),
    lifetime_pages: z.number().meta({ description: 'The same as ltd_pages.' }),
    lifetime_trees: z.number().meta({ description: 'The same as ltd_trees.' }),
    ...periodImpactFields,
    factors_version: z.string().meta({ description: 'The impact factor set of the equivalents: the one in force (docs/impact.md).' }),
    certificates_pending_months: z.array(z.string().regex(/^\d{4}-\d{2}$/)).meta({
      description:
        'Closed months (YYYY-MM, oldest first) of the account itself with pages no certificate covers yet: their ' +
        'certificates are being issued (a backfill queues the month close at once). Empty when nothing is waiting.',
    }),
  })
  .meta({
    id: 'Account',
    examples: [
      {
        id: EXAMPLE_ACCOUNT_ID,
        name: 'Hartley & Sons',
        display_name: 'Hartley & Sons Solicitors',
        role: 'customer',
        parent_id: '9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a',
        external_id: 'CRM-1043',
        status: 'active',
        created_at: '2024-01-15T10:30:00Z',
        activated_at: '2024-01-15T10:30:00Z',
        deactivated_at: null,
        accounts_count: 0,
        users_count: 2,
        mtd_pages: 12480,
        qtd_pages: 30112,
        ytd_pages: 30112,
        ltd_pages: 161540,
        mtd_trees: 1.5,
        qtd_trees: 3.61,
        ytd_trees: 3.61,
        ltd_trees: 19.39,
        lifetime_pages: 161540,
        lifetime_trees: 19.39,
        ...exampleImpact({ mtd: 12480, qtd: 30112, ytd: 30112, ltd: 161540 }),
        certificates_pending_months: [],
      },
    ],
  });

/** One key as the examples show it (a fresh one: never used). */
const API_KEY_EXAMPLE = {
  id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
  account_id: EXAMPLE_ACCOUNT_ID,
  user_id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  name: 'Billing export',
  prefix: 'cnp_7Hq2xV',
  scope: 'read',
  created_by_key_id: null,
  created_at: '2024-02-01T08:15:00Z',
  last_used_at: null,
  revoked_at: null,
};

/** An API key as apiKeyToApi builds it (a Canopy extension): never the secret, except `key` in the create answer. */
export const apiKeyObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    user_id: z.string().nullable().meta({ description: 'The user who made the key (null: made by the CLI or another key).' }),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the key, to tell keys apart.' }),
    scope: z
      .enum(['read', 'full'])
      .meta({ description: "`read`: the key can only read (GET); `full`: whatever the account's role allows." }),
    created_by_key_id: z
      .string()
      .nullable()
      .meta({ description: 'The key that made this one (revoking it revokes this one too), or null.' }),
    created_at: timestamp(),
    last_used_at: timestamp().nullable(),
    revoked_at: timestamp().nullable(),
  })
  .meta({
    id: 'ApiKey',
    examples: [{ ...API_KEY_EXAMPLE, last_used_at: '2024-03-05T07:00:12Z' }],
  });

/** The create answer: the key with its secret, shown this once. */
export const apiKeyCreated = apiKeyObject
  .extend({ key: z.string().meta({ description: 'The API key itself: shown once, stored only as a SHA-256.' }) })
  .meta({
    id: 'ApiKeyCreated',
    examples: [{ ...API_KEY_EXAMPLE, key: 'cnp_7Hq2xV9kLm3pR8sT1wY4zB6dF0gJ5nQ2uE7aC9hK3mP' }],
  });

export const apiKeyDeleted = deletedOf(apiKeyObject);
