import nodemailer from 'nodemailer';

export interface Mailer {
  send(to: string, subject: string, text: string): Promise<void>;
  close(): void;
}

/**
 * Notification email over SMTP (SMTP_URL). smtp:// must upgrade with STARTTLS (requireTLS) and smtps:// is TLS from
 * the start, so mail never crosses the network in clear; the URL's own query options may override the defaults.
 */
export function createMailer(opts: { url: string; from: string; ca?: string }): Mailer {
  const transport = nodemailer.createTransport({
    url: opts.url,
    requireTLS: !opts.url.startsWith('smtps://'),
    tls: { minVersion: 'TLSv1.2', ...(opts.ca ? { ca: opts.ca } : {}) },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(to, subject, text) {
      await transport.sendMail({ from: opts.from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
