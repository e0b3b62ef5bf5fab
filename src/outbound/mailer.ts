import nodemailer from 'nodemailer';
import type { OutboundPolicy } from './outbound-policy.js';

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
  close(): void;
  /** Where mail goes, for people (GET /v1/notifications/email-status): never the URL's user name or password. */
  readonly info: { from: string; host: string; port: number; security: 'starttls' | 'tls' };
}

interface SmtpTarget {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | undefined;
}

/** SMTP_URL: smtp://[user:pass@]host[:587] (STARTTLS) or smtps://[user:pass@]host[:465] (TLS from the start). */
export function parseSmtpUrl(raw: string): SmtpTarget {
  const url = new URL(raw);
  const secure = url.protocol === 'smtps:';
  if (!secure && url.protocol !== 'smtp:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (!host) throw new Error('SMTP_URL has no host');
  return {
    host,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  };
}

/**
 * Notification email over SMTP (SMTP_URL). smtp:// must upgrade with STARTTLS (requireTLS) and smtps:// is TLS from
 * the start, so mail never crosses the network in clear. The certificate is always verified (rejectUnauthorized is
 * set explicitly, so NODE_TLS_REJECT_UNAUTHORIZED=0 cannot turn it off), and each send resolves the host through the
 * outbound rule and connects to the address it checked (nodemailer is given the IP, and the name for SNI and the
 * certificate check), so a relay name that resolves to a refused address is never contacted.
 */
/** Sending one message: connect, TLS, authentication and the message together. */
export const SMTP_DEADLINE_MS = 30_000;

export function createMailer(opts: {
  url: string;
  from: string;
  ca?: string | string[];
  outbound: OutboundPolicy;
  deadlineMs?: number;
}): Mailer {
  const deadlineMs = opts.deadlineMs ?? SMTP_DEADLINE_MS;
  const target = parseSmtpUrl(opts.url);
  const transports = new Set<ReturnType<typeof nodemailer.createTransport>>();
  return {
    info: { from: opts.from, host: target.host, port: target.port, security: target.secure ? 'tls' : 'starttls' },
    async send(to, subject, text) {
      const [address] = await opts.outbound.resolve(target.host);
      const transport = nodemailer.createTransport({
        host: address!.address,
        port: target.port,
        secure: target.secure,
        ...(target.auth ? { auth: target.auth } : {}),
        servername: target.host,
        requireTLS: !target.secure,
        tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true, servername: target.host, ...(opts.ca ? { ca: opts.ca } : {}) },
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      transports.add(transport);
      let timer: NodeJS.Timeout | undefined;
      try {
        // A hard total deadline: a relay that answers each line slowly (within socketTimeout) cannot hold a worker.
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the mail relay did not take the message within ${deadlineMs / 1000} s`)), deadlineMs);
        });
        await Promise.race([transport.sendMail({ from: opts.from, to, subject, text }), deadline]);
      } finally {
        clearTimeout(timer);
        transports.delete(transport);
        transport.close();
      }
    },
    close: () => {
      for (const t of transports) t.close();
    },
  };
}
