import { IANAZone } from 'luxon';
import { z } from 'zod';
import { isBusinessDay } from '../calendar.js';

/** An https:// URL (Canopy connects over HTTPS only), without trailing slashes. */
export const httpsUrl = z
  .string()
  .trim()
  .max(500)
  .refine((u) => URL.canParse(u), 'must be a URL')
  .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'must be an https:// URL (Canopy only connects over HTTPS)')
  .transform((u) => u.replace(/\/+$/, ''));
const timeZone = z.string().refine((tz) => IANAZone.isValidZone(tz), 'must be an IANA time zone such as Europe/London');
const serverName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const holidayRegion = z
  .string()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be a country or region code such as GB-ENG')
  .refine(knownRegion, 'is not a country or region whose public holidays Canopy knows');

/** Whether business days can be counted for the region (calendar.ts refuses an unknown one when it is used). */
function knownRegion(region: string): boolean {
  try {
    isBusinessDay('2026-01-01', region);
    return true;
  } catch {
    return false;
  }
}

export const createServerBody = z
  .object({
    type: z.literal('onestop', 'must be "onestop"'),
    name: serverName.optional().meta({ description: "The display name (1–100 characters; default: the URL's host)." }),
    url: httpsUrl,
    username: z.string().min(1, 'must not be empty').max(200),
    password: z.string().min(1, 'must not be empty').max(500),
    contact: z.email('must be an email address').nullable().optional(),
    paper_profile: z.enum(['a4', 'letter']).optional(),
    time_zone: timeZone.optional(),
    holiday_region: holidayRegion.optional(),
    concurrency: z.number().int().min(1).max(16).optional(),
    account_id: z.uuid('must be an account id').optional(),
    client_id: z.string().min(1, 'must not be empty').max(200).nullable().optional().meta({
      description: "OAuth2 client id, sent with the password grant when the portal's log-in needs one.",
    }),
    client_secret: z.string().min(1, 'must not be empty').max(500).nullable().optional().meta({
      description: 'OAuth2 client secret (write-only, encrypted at rest).',
    }),
    ca_pem: z
      .string()
      .max(65_536)
      .nullable()
      .optional()
      .meta({
        description:
          "The portal's CA certificate (PEM), trusted for this server only, besides the usual roots (null removes it). " +
          'Changing it needs the password again.',
      }),
  })
  .meta({
    examples: [
      {
        type: 'onestop',
        name: 'Printfleet UK',
        url: 'https://printfleet.example.co.uk',
        username: 'canopy',
        password: 'portal-password',
        contact: 'fleet@dealer.example.co.uk',
        paper_profile: 'a4',
        time_zone: 'Europe/London',
        holiday_region: 'GB-ENG',
      },
    ],
  });

export const updateServerBody = createServerBody
  .omit({ type: true, account_id: true })
  .partial()
  .meta({ examples: [{ password: 'new-portal-password', concurrency: 2 }] });

export type CreateServerInput = z.infer<typeof createServerBody>;
export type UpdateServerInput = z.infer<typeof updateServerBody>;

/** What `POST /v1/servers/probe` tries (nothing is saved): the register form's fields. */
export const probeServerBody = createServerBody
  .pick({ url: true, username: true, password: true, client_id: true, client_secret: true, ca_pem: true, time_zone: true })
  .meta({ examples: [{ url: 'https://printfleet.example.co.uk', username: 'canopy', password: 'portal-password' }] });
export type ProbeServerInput = z.infer<typeof probeServerBody>;
