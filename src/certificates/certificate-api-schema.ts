import { impactOf } from '../impact.js';
import { INITIAL_FACTOR_SET } from '../impact-factor-sets.js';
import { impactFields } from '../impact/impact-api-schema.js';
import { z } from 'zod';
import { timestamp } from '../http/api-schemas.js';
import { searchParam, sortParam } from '../http/listing.js';
import { CERTIFICATE_SORTS } from './certificate-queries.js';

const MADAGASCAR = {
  id: '5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9',
  name: 'Madagascar',
  status: 'active',
  forest_latitude: -15.7358,
  forest_longitude: 46.3588,
  content_logo: null,
  content_masthead: null,
  content_introduction: '',
  content_body_html:
    '<p>Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.</p>',
  content_images: [],
};

/** A forestry project as projectToApi builds it (PrintReleaf v1 §7.10). */
export const forestryProjectObject = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    status: z.enum(['active', 'inactive']),
    forest_latitude: z.number(),
    forest_longitude: z.number(),
    content_logo: z.string().nullable(),
    content_masthead: z.string().nullable(),
    content_introduction: z.string(),
    content_body_html: z.string(),
    content_images: z.array(z.string()),
  })
  .meta({ id: 'ForestryProject', examples: [MADAGASCAR] });

/** The Certificate object as certificateToApi builds it (PrintReleaf v1 §7.2 plus Canopy's extensions). */
export const certificateObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    period_start: timestamp().meta({ description: 'Local midnight (Europe/London) of the first day of the month, in UTC.' }),
    period_end: timestamp().meta({ description: "The month's last second, in UTC." }),
    date: timestamp().meta({ description: 'The same as period_end.' }),
    pages: z.number().meta({ description: "The month's standard pages plus adjustment_pages." }),
    trees: z.number().meta({ description: 'The pages in trees, two decimals (the rule: Trees, in the API description).' }),
    project_id: z.string().nullable().meta({ description: 'The project of the largest share.' }),
    project: forestryProjectObject.nullable(),
    url: z.string().meta({ description: 'The public page (no login).' }),
    pdf_url: z.string().meta({ description: 'The one-page PDF (no login).' }),
    kind: z.enum(['account', 'rollup', 'transaction']),
    adjustment_pages: z.number().meta({
      description:
        'Pages of earlier, already certified months included in pages: late pages, or (negative) a correction of pages ' +
        "withdrawn, applied as far as the month's pages allow (the rest goes on the next certificate).",
    }),
    customers: z.number().int().nullable().meta({ description: 'Roll-ups: how many customer accounts it sums (else null).' }),
    issued_at: timestamp(),
    projects: z.array(z.strictObject({ project_id: z.string(), name: z.string(), pages: z.number(), trees: z.number() })).meta({
      description:
        'Every project share, largest first, as issued: trees with two decimals that add up exactly to `trees`; a ' +
        'certificate is split over as many of its projects as keep each share at least 0.1 tree.',
    }),
    customer_certificates: z
      .array(z.strictObject({ certificate_id: z.string(), account_id: z.string(), period_start: timestamp(), pages: z.number() }))
      .meta({
        description:
          'Roll-ups: the customer certificates it sums, fixed when issued (customers certified late for an earlier month ' +
          'are on the next roll-up); empty for other kinds.',
      }),
    ...impactFields,
    factors_version: z.string().meta({ description: 'The impact factor set of the equivalents, fixed when issued (docs/impact.md).' }),
  })
  .meta({
    id: 'Certificate',
    examples: [
      {
        id: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d',
        account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
        period_start: '2024-02-01T00:00:00Z',
        period_end: '2024-02-29T23:59:59Z',
        date: '2024-02-29T23:59:59Z',
        pages: 17620,
        trees: 2.11,
        project_id: MADAGASCAR.id,
        project: MADAGASCAR,
        url: 'https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d',
        pdf_url: 'https://canopy.example.co.uk/certificates/a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d.pdf',
        kind: 'account',
        adjustment_pages: 140,
        customers: null,
        issued_at: '2024-03-06T06:00:00Z',
        projects: [
          { project_id: MADAGASCAR.id, name: 'Madagascar', pages: 8810, trees: 1.06 },
          { project_id: '692bb68d-64aa-4a79-8a08-d373fb0d8752', name: 'Scottish Highlands', pages: 8810, trees: 1.05 },
        ],
        customer_certificates: [],
        ...impactOf(17620, INITIAL_FACTOR_SET),
        factors_version: INITIAL_FACTOR_SET.version,
      },
    ],
  });

/** GET/PUT /v1/accounts/:account_id/projects: the projects an account plants in, and where that choice comes from. */
export const accountProjectsObject = z
  .strictObject({
    account_id: z.string(),
    source: z
      .enum(['own', 'inherited', 'default'])
      .meta({ description: "own choice, an ancestor's (inherited), or every active project (default)." }),
    inherited_from: z.string().nullable().meta({ description: 'The ancestor whose choice applies (source inherited).' }),
    projects: z.array(forestryProjectObject),
  })
  .meta({
    id: 'AccountProjects',
    examples: [
      {
        account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
        source: 'inherited',
        inherited_from: '9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a',
        projects: [MADAGASCAR],
      },
    ],
  });

/** The query of a certificates list: the `q`, `sort`, `month` and `kind` extensions (limit/after come with every list). */
export const certificateListQuery = z.object({
  q: searchParam("account's name (as now, or as on the certificate) or month (`2024-02`, `February 2024`, `Feb 2024`)"),
  sort: sortParam(CERTIFICATE_SORTS, 'by month, oldest first (period)'),
  month: z
    .string('must be one month')
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM')
    .optional()
    .meta({ description: 'A Canopy extension: only the certificates of this month (YYYY-MM).' }),
  kind: z
    .enum(['account', 'rollup', 'transaction'], { error: 'must be one of account, rollup, transaction' })
    .optional()
    .meta({ description: 'A Canopy extension: only the certificates of this kind.' }),
});
