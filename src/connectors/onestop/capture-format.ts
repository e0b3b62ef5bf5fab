import { z } from 'zod';

/**
 * A recorded portal session (`canopy portal capture`), replayed by `canopy onestop-sim --replay FILE`: what a provider
 * meets with a real portal, reproducible in a test without the portal. It holds answers only: never a request body
 * (credentials), never a header (tokens); token values in log-in answers are replaced by REDACTED.
 */
export const CAPTURE_FORMAT = 'canopy-portal-capture/1';
export const REDACTED = '<redacted>';

/** How a portal logs in and lists its customers, as detected (the server's connection profile). */
export const connectionProfileSchema = z.strictObject({
  /** JSON body {username, password} (ONESTOP-API.md), or the OAuth2 resource-owner password grant (RFC 6749 §4.3). */
  auth: z.enum(['json', 'oauth-password']),
  /** Where the log-in is posted, relative to the API base URL. */
  token_path: z.enum(['/api/v1/token', '/token']),
  /** `{items, totalCount, …}` pages, or a bare array. */
  customer_list: z.enum(['paged', 'array']),
  /** Customer ids as the portal sends them (Canopy stores and shows them as strings either way). */
  id_type: z.enum(['integer', 'string']),
});
export type ConnectionProfile = z.infer<typeof connectionProfileSchema>;

/** One answer of the portal: the request's method and path (relative to the base URL, query included), status, body. */
export const captureExchangeSchema = z.strictObject({
  method: z.enum(['GET', 'POST']),
  path: z.string().startsWith('/'),
  status: z.int().min(100).max(599),
  /** The answer as JSON when it was JSON, else its text (shortened). */
  body: z.unknown(),
});
export type CaptureExchange = z.infer<typeof captureExchangeSchema>;

export const portalCaptureSchema = z.strictObject({
  format: z.literal(CAPTURE_FORMAT),
  captured_at: z.string(),
  /** The portal's origin, or https://portal.example when pseudonymised. */
  origin: z.string(),
  pseudonymised: z.boolean(),
  profile: connectionProfileSchema,
  /** The customers recorded and the dates read (inclusive), for people reading the file. */
  customers: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  exchanges: z.array(captureExchangeSchema),
});
export type PortalCapture = z.infer<typeof portalCaptureSchema>;
