import { z } from 'zod';

/**
 * The OneStop MPS Portal's JSON (../shared/ONESTOP-API.md), validated strictly where it matters: ids and counters
 * are integers, counters non-negative, dates YYYY-MM-DD. Fields the portal may add later are ignored (so a new field
 * does not stop collection); a missing or mistyped field is a bad response.
 */

/** Every path of the portal's API, kept here so adapting to a real portal is a change in one module. */
export const ONESTOP_PATHS = {
  token: '/api/v1/token',
  customers: (page: number, pageSize: number) => `/api/v1/customers?page=${page}&pageSize=${pageSize}`,
  summary: (customerId: string, date: string) => `/api/v1/customers/${customerId}/meter-readings/summary?date=${date}`,
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
});

export const customerSummarySchema = z.object({
  id: z.int().min(0),
  name: z.string(),
});

export const customerPageSchema = z.object({
  items: z.array(customerSummarySchema),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  totalCount: z.int().min(0),
});

export const meterReadingSummarySchema = z.object({
  customerId: z.int().min(0),
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
