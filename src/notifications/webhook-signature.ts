import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures. Canopy POSTs a JSON body and sends, in headers:
 *   X-Canopy-Timestamp: <unix seconds>          (also in the body as "timestamp", so it is signed too)
 *   X-Canopy-Signature: sha256=<hex HMAC-SHA256 of the raw body under the webhook's secret>
 * A receiver recomputes the HMAC over the exact bytes it received, compares in constant time, and rejects
 * timestamps far from its own clock (replays).
 */
export const SIGNATURE_HEADER = 'x-canopy-signature';
export const TIMESTAMP_HEADER = 'x-canopy-timestamp';

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signWebhookBody(secret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

export function verifyWebhookSignature(secret: string, rawBody: string | Buffer, signature: string): boolean {
  const expected = Buffer.from(signWebhookBody(secret, rawBody));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
