import { Agent, request } from 'undici';
import { OutboundRefusedError, type OutboundPolicy } from '../outbound/outbound-policy.js';
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
/** A webhook request's hard total deadline (a receiver that trickles its answer cannot hold a worker longer). */
export const WEBHOOK_DEADLINE_MS = 15_000;

export function createWebhookSender(opts: { outbound: OutboundPolicy; ca?: string | string[]; deadlineMs?: number }) {
  const deadlineMs = opts.deadlineMs ?? WEBHOOK_DEADLINE_MS;
  const dispatcher = new Agent({
    // Certificates are always verified, whatever NODE_TLS_REJECT_UNAUTHORIZED says; addresses pass the outbound rule.
    connect: opts.outbound.connector({
      timeout: 10_000,
      minVersion: 'TLSv1.2',
      rejectUnauthorized: true,
      ...(opts.ca ? { ca: opts.ca } : {}),
    }),
    headersTimeout: 15_000,
    bodyTimeout: 15_000,
    keepAliveTimeout: 10_000,
  });

  async function post(w: WebhookPost): Promise<WebhookResult> {
    if (!w.url.startsWith('https://')) return { ok: false, status: null, error: 'webhook URLs must use https://' };
    const timestamp = Math.floor(w.now.getTime() / 1000);
    const raw = JSON.stringify({ ...w.body, timestamp });
    const deadline = AbortSignal.timeout(deadlineMs);
    try {
      const res = await request(w.url, {
        method: 'POST',
        dispatcher,
        signal: deadline, // connect, headers and body together
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
      if (deadline.aborted) return { ok: false, status: null, error: `the endpoint did not answer in full within ${deadlineMs / 1000} s` };
      return { ok: false, status: null, error: failureOf(err) };
    }
  }

  return { post, close: () => dispatcher.close() };
}

export type WebhookSender = ReturnType<typeof createWebhookSender>;

/** A one-line reason: the outbound rule's own message when it refused, else the error's (and its cause's) message. */
function failureOf(err: unknown): string {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof OutboundRefusedError) return e.message;
  }
  const message = err instanceof Error ? err.message : String(err);
  const cause = (err as { cause?: unknown } | null)?.cause;
  return cause instanceof Error && cause.message && !message.includes(cause.message) ? `${message}: ${cause.message}` : message;
}
