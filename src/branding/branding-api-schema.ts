import { z } from 'zod';
import { timestamp } from '../http/api-schemas.js';

const EXAMPLE_ACCOUNT = '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c';
const EXAMPLE_SHA = '9f2c4e1a7b3d5f60a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718';

/** An account's logo as the API describes it (the bytes are at `url`). */
export const brandingLogoObject = z
  .strictObject({
    url: z.string().meta({
      description: 'The public, cacheable image: /branding/<account_id>/logo.png (or .jpg)?v=<sha256>; a new upload gets a new URL.',
    }),
    media_type: z.enum(['image/png', 'image/jpeg']),
    width: z.number().int().meta({ description: 'Pixels, as stored (a logo wider than 600 px is scaled down to 600).' }),
    height: z.number().int(),
    sha256: z.string().meta({ description: 'SHA-256 (hex) of the stored, re-encoded image.' }),
  })
  .meta({
    id: 'BrandingLogo',
    examples: [
      {
        url: `https://canopy.example/branding/${EXAMPLE_ACCOUNT}/logo.png?v=${EXAMPLE_SHA}`,
        media_type: 'image/png',
        width: 600,
        height: 180,
        sha256: EXAMPLE_SHA,
      },
    ],
  });

/** GET/PATCH /v1/accounts/:account_id/branding, and the logo's PUT/DELETE: an account's branding as brandingToApi builds it. */
export const brandingObject = z
  .strictObject({
    account_id: z.string(),
    display_name: z.string().meta({
      description: "The name shown (certificates, the dashboard's header): the account's `display_name`, else its `name`.",
    }),
    brand_colour: z.string().nullable().meta({ description: '`#rrggbb` as set, or null (the default forest green).' }),
    accent_colour: z
      .string()
      .nullable()
      .meta({
        description:
          'The colour Canopy draws with: the brand colour when its contrast against white is at least 4.5 : 1, else the brand ' +
          'colour darkened until it is; null without a brand colour.',
      }),
    logo: brandingLogoObject.nullable(),
    updated_at: timestamp().nullable().meta({ description: 'The last change to the logo or colour; null when never set.' }),
  })
  .meta({
    id: 'Branding',
    examples: [
      {
        account_id: EXAMPLE_ACCOUNT,
        display_name: 'Northwind Managed Print',
        brand_colour: '#0b6e4f',
        accent_colour: '#0b6e4f',
        logo: {
          url: `https://canopy.example/branding/${EXAMPLE_ACCOUNT}/logo.png?v=${EXAMPLE_SHA}`,
          media_type: 'image/png',
          width: 600,
          height: 180,
          sha256: EXAMPLE_SHA,
        },
        updated_at: '2026-03-02T10:15:00Z',
      },
    ],
  });

/** GET /v1/branding: the branding the signed-in user's dashboard shows (its own, or its nearest provider's). */
export const dashboardBrandingObject = z
  .strictObject({
    source: z.enum(['own', 'inherited', 'none']).meta({
      description:
        "`own`: the caller's account (a provider) has branding; `inherited`: the nearest provider above it with branding " +
        "(a customer's users see their provider's); `none`: Canopy's own look.",
    }),
    branding: brandingObject.nullable(),
  })
  .meta({
    id: 'DashboardBranding',
    examples: [
      {
        source: 'inherited',
        branding: {
          account_id: EXAMPLE_ACCOUNT,
          display_name: 'Northwind Managed Print',
          brand_colour: '#0b6e4f',
          accent_colour: '#0b6e4f',
          logo: null,
          updated_at: '2026-03-02T10:15:00Z',
        },
      },
    ],
  });

/** PATCH /v1/accounts/:account_id/branding (providers). Either field may be left out; null resets it. */
export const brandingPatchBody = z
  .object({
    brand_colour: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb')
      .transform((s) => s.toLowerCase())
      .nullable()
      .optional()
      .meta({ description: '`#rrggbb`; null: the default forest green.' }),
    display_name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .nullable()
      .optional()
      .meta({ description: "The account's display name (the same field as the account's); null: its name." }),
  })
  .meta({ examples: [{ brand_colour: '#0b6e4f', display_name: 'Northwind Managed Print' }] });
