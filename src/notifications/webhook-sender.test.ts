import fs from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalTls } from '../http/local-ca.js';
import { parseAllowList } from '../outbound/address-rules.js';
import { createOutboundPolicy } from '../outbound/outbound-policy.js';
import { createWebhookSender } from './webhook-sender.js';

// A receiver that answers its headers at once and then trickles its body, one byte every 200 ms, for ever: no pause is
// long enough for a per-read timeout, so only a total deadline ends the request.
let server: https.Server;
let url = '';
let ca = '';
let dir = '';
const open = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-webhook-'));
  const tls = await ensureLocalTls(path.join(dir, 'tls'), { commonName: 'Webhook deadline test CA' });
  ca = tls.ca;
  server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    req.resume();
    open.add(res);
    // /silent: headers that never come (the connection stays open); /trickle: 200, then a body that never ends.
    if (req.url === '/trickle') res.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => req.url === '/trickle' && res.write('.'), 200);
    res.on('close', () => {
      clearInterval(timer);
      open.delete(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((r) => server.close(r));
  await fs.rm(dir, { recursive: true, force: true });
});

describe('webhook sender', () => {
  const post = async (pathname: string) => {
    const sender = createWebhookSender({
      outbound: createOutboundPolicy({ allow: parseAllowList('localhost,127.0.0.1') }),
      ca,
      deadlineMs: 1_000,
    });
    const started = performance.now();
    const result = await sender.post({
      url: url + pathname,
      secret: 'whsec_test',
      event: 'test',
      deliveryId: 'd1',
      body: { hello: 'world' },
      now: new Date('2026-12-03T12:00:00Z'),
    });
    const ms = performance.now() - started;
    await sender.close();
    return { result, ms };
  };

  it('gives up on a receiver that never answers at the total deadline (not after its per-read timeouts)', async () => {
    const { result, ms } = await post('/silent');
    expect(result).toEqual({ ok: false, status: null, error: 'the endpoint did not answer in full within 1 s' });
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(5_000);
  });

  it('takes the status of a receiver that trickles its body, and stops reading it at the deadline', async () => {
    const { result, ms } = await post('/trickle');
    expect(result).toEqual({ ok: true, status: 200, error: null });
    expect(ms).toBeLessThan(5_000); // its body never ends: without the deadline this would never return
  });
});
