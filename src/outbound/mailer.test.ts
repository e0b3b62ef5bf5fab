import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalTls } from '../http/local-ca.js';
import { parseAllowList } from './address-rules.js';
import { createMailer } from './mailer.js';
import { createOutboundPolicy } from './outbound-policy.js';

// A relay that takes the message's data and then holds its answer for 5 s: each wait is within the socket timeout
// (30 s), so only the send's total deadline ends it.
let relay: SMTPServer;
let port = 0;
let ca = '';
let dir = '';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-mailer-'));
  const tls = await ensureLocalTls(path.join(dir, 'tls'), { commonName: 'Mailer deadline test CA' });
  ca = tls.ca;
  relay = new SMTPServer({
    key: tls.key,
    cert: tls.cert,
    authOptional: true,
    disabledCommands: ['AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => setTimeout(() => callback(), 5_000));
    },
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', () => resolve()));
  port = (relay.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => relay.close(() => resolve()));
  await fs.rm(dir, { recursive: true, force: true });
});

describe('mailer', () => {
  it('gives up on a relay that holds its answer, at the send deadline', async () => {
    const mailer = createMailer({
      url: `smtp://localhost:${port}`,
      from: 'canopy@canopy.test',
      ca,
      outbound: createOutboundPolicy({ allow: parseAllowList('localhost,127.0.0.1') }),
      deadlineMs: 1_000,
    });
    const started = performance.now();
    await expect(mailer.send('ops@example.com', 'Deadline', 'Held by the relay.')).rejects.toThrow(
      'the mail relay did not take the message within 1 s',
    );
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(4_000);
    mailer.close();
  });
});
