import { z } from 'zod';

/**
 * The OneStop MPS Portal's JSON (../shared/ONESTOP-API.md), validated strictly where it matters: ids and counters
 * are integers, counters non-negative, dates YYYY-MM-DD. Fields the portal may add later are ignored (so a new field
 * does not stop collection); a missing or mistyped field is a bad response.
 */

/** Every path of the portal's API, kept here so adapting to a real portal is a change in one module. */
export const ONESTOP_PATHS = {
  /** Where each log-in style may be posted (login-styles.ts tries them in a fixed order). */
  tokenPaths: ['/api/v1/token', '/token'] as const,
  customers: (page: number, pageSize: number) => `/api/v1/customers?page=${page}&pageSize=${pageSize}`,
  summary: (customerId: string, date: string) => `/api/v1/customers/${encodeURIComponent(customerId)}/meter-readings/summary?date=${date}`,
} as const;

const counter = z.int().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z
    .string()
    .refine((t) => t.toLowerCase() === 'bearer', 'expected a Bearer token')
    .optional(),
  expires_in: z.number().positive().optional(),
  /** OAuth2 (RFC 6749 §6): used to renew the access token before it expires. */
  refresh_token: z.string().min(1).optional(),
});

/** An OAuth2 error answer (RFC 6749 §5.2). */
export const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** Customer ids: whole numbers or text, as the portal sends them; Canopy keeps them as text. */
export const customerIdSchema = z.union([z.int().min(0), z.string().min(1).max(200)]);

export const customerSummarySchema = z.object({
  id: customerIdSchema,
  name: z.string(),
});

/** A portal that answers its customer list as a bare array (every customer, or one page of them). */
export const customerArraySchema = z.array(customerSummarySchema);

export const customerPageSchema = z.object({
  items: z.array(customerSummarySchema),
  page: z.int().min(1).optional(),
  pageSize: z.int().min(1).optional(),
  totalCount: z.int().min(0),
});

export const meterReadingSummarySchema = z.object({
  customerId: customerIdSchema,
  date: isoDate,
  deviceTotal: counter,
  colourTotal: counter,
  monoTotal: counter,
  scanTotal: counter,
  largeTotal: counter,
  duplexTotal: counter,
  smallTotal: counter,
});

/** The portal's error bodies: {"message": "..."} (anything else is tolerated). */
export const errorBodySchema = z.object({ message: z.string() });

export type TokenResponse = z.infer<typeof tokenResponseSchema>;
export type CustomerPage = z.infer<typeof customerPageSchema>;
export type MeterReadingSummary = z.infer<typeof meterReadingSummarySchema>;
