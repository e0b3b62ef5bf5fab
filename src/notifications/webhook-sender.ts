import { Agent, request } from 'undici';
import { SIGNATURE_HEADER, signWebhookBody, TIMESTAMP_HEADER } from './webhook-signature.js';

export interface WebhookPost {
  url: string;
  secret: string;
  deliveryId: string;
  event: string;
  /** The JSON body, minus `timestamp` which is set at sending time. */
  body: Record<string, unknown>;
  now: Date;
}

export interface WebhookResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * POSTs signed webhooks over HTTPS only, with short timeouts, no redirects followed and the answer's body ignored
 * beyond a small read (a receiver is told to answer 2xx quickly and work later).
 */
export function createWebhookSender(opts: { ca?: string } = {}) {
  const dispatcher = new Agent({
    connect: { timeout: 10_000, minVersion: 'TLSv1.2', ...(opts.ca ? { ca: opts.ca } : {}) },
    headersTimeout: 15_000,
    bodyTimeout: 15_000,
    keepAliveTimeout: 10_000,
  });

  async function post(w: WebhookPost): Promise<WebhookResult> {
    if (!w.url.startsWith('https://')) return { ok: false, status: null, error: 'webhook URLs must use https://' };
    const timestamp = Math.floor(w.now.getTime() / 1000);
    const raw = JSON.stringify({ ...w.body, timestamp });
    try {
      const res = await request(w.url, {
        method: 'POST',
        dispatcher,
        body: raw,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Canopy-Webhooks/1',
          'x-canopy-event': w.event,
          'x-canopy-delivery': w.deliveryId,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhookBody(w.secret, raw),
        },
      });
      await res.body.dump({ limit: 64 * 1024 });
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      return { ok, status: res.statusCode, error: ok ? null : `the endpoint answered HTTP ${res.statusCode}` };
    } catch (err) {
      return { ok: false, status: null, error: err instanceof Error ? err.message : String(err) };
    }
  }

  return { post, close: () => dispatcher.close() };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;
