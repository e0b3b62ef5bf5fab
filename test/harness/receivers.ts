import fs from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';
import { ensureLocalTls } from '../../src/http/local-ca.js';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message with quoted-printable soft breaks and escapes decoded (enough to read headers and text). */
  raw: string;
  secure: boolean;
}

export interface ReceivedPost {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1')
    .toString('utf8')
    .replace(/\r?\n[ \t]+/g, ' '); // and unfold long headers
}

/**
 * What notifications are sent to, for real: an SMTP server (STARTTLS, its own CA) and an HTTPS endpoint for webhooks
 * that records raw bodies and can be told to fail the next requests.
 */
export function useNotificationReceivers() {
  const mails: ReceivedMail[] = [];
  const posts: ReceivedPost[] = [];
  let failures = 0;
  let smtp: SMTPServer | undefined;
  let web: https.Server | undefined;
  let dir = '';
  let ca = '';
  let smtpPort = 0;
  let webPort = 0;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-receivers-'));
    const tls = await ensureLocalTls(path.join(dir, 'tls'), { commonName: 'Receivers test CA' });
    ca = tls.ca;
    smtp = new SMTPServer({
      key: tls.key,
      cert: tls.cert,
      authOptional: true,
      disabledCommands: ['AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')),
            secure: session.secure,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(0, '127.0.0.1', () => resolve()));
    smtpPort = (smtp.server.address() as AddressInfo).port;

    web = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        posts.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
        const fail = failures > 0;
        if (fail) failures--;
        res.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' }).end(fail ? '{"error":"down"}' : '{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => web!.listen(0, '127.0.0.1', () => resolve()));
    webPort = (web.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (web ? web.close(() => resolve()) : resolve()));
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  return {
    mails,
    posts,
    ca: () => ca,
    smtpUrl: () => `smtp://localhost:${smtpPort}`,
    webhookUrl: () => `https://localhost:${webPort}/hooks/canopy`,
    /** The next n webhook requests get a 500. */
    failNext: (n: number) => {
      failures = n;
    },
  };
}
