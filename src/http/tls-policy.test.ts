import fs from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalTls, type LocalTls } from './local-ca.js';
import { SERVER_TLS_OPTIONS, TLS12_CIPHERS } from './tls-policy.js';

// The local certificate is ECDSA, so of the policy's TLS 1.2 suites only the ECDSA ones can be negotiated with it.
const EXPECTED_TLS12 = ['ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-chacha20-poly1305'];
const EXPECTED_TLS13 = ['tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256'];
// CBC suites a client can offer with this certificate: accepted by a permissive server (the control), refused by ours.
const CBC_ECDSA = ['ecdhe-ecdsa-aes128-sha', 'ecdhe-ecdsa-aes256-sha', 'ecdhe-ecdsa-aes128-sha256', 'ecdhe-ecdsa-aes256-sha384'];

type Outcome = { ok: true; protocol: string | null; cipher: string } | { ok: false; code: string | undefined };

let dir = '';
let local: LocalTls;
const servers: https.Server[] = [];
let policyPort = 0;
let permissivePort = 0;

async function listen(options: https.ServerOptions): Promise<number> {
  const server = https.createServer({ ...options, key: local.key, cert: local.cert }, (_req, res) => res.end('ok'));
  server.on('tlsClientError', () => {});
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** One handshake from a client that would accept anything OpenSSL can do (security level 0) within `options`. */
function handshake(port: number, options: tls.ConnectionOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    let socket: tls.TLSSocket;
    try {
      socket = tls.connect({ host: '127.0.0.1', port, ca: local.ca, servername: 'localhost', ...options });
    } catch (err) {
      resolve({ ok: false, code: (err as NodeJS.ErrnoException).code }); // the client cannot even offer it
      return;
    }
    socket.setTimeout(5_000, () => socket.destroy(new Error('handshake timed out')));
    socket.on('secureConnect', () => {
      resolve({ ok: true, protocol: socket.getProtocol(), cipher: socket.getCipher().name.toLowerCase() });
      socket.destroy();
    });
    socket.on('error', (err: NodeJS.ErrnoException) => resolve({ ok: false, code: err.code }));
  });
}

/** The ciphers of `names` a TLS `version`-only client gets a connection with (Node's names are lower case; OpenSSL's are not). */
async function accepted(port: number, names: string[], version: tls.SecureVersion): Promise<string[]> {
  const ok: string[] = [];
  for (const name of names) {
    // TLS 1.3 suite names go to OpenSSL's separate suite list, where @SECLEVEL has no place.
    const ciphers = name.startsWith('tls_') ? name.toUpperCase() : `${name.toUpperCase()}:@SECLEVEL=0`;
    const out = await handshake(port, { minVersion: version, maxVersion: version, ciphers });
    if (out.ok) {
      expect(out).toEqual({ ok: true, protocol: version, cipher: name });
      ok.push(name);
    }
  }
  return ok.sort();
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-tls-policy-'));
  local = await ensureLocalTls(path.join(dir, 'tls'));
  policyPort = await listen({ ...SERVER_TLS_OPTIONS });
  permissivePort = await listen({ minVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=0' });
});

afterAll(async () => {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
  await fs.rm(dir, { recursive: true, force: true });
});

describe('SERVER_TLS_OPTIONS', () => {
  it('states the policy', () => {
    expect(SERVER_TLS_OPTIONS).toEqual({
      minVersion: 'TLSv1.2',
      honorCipherOrder: true,
      ciphers:
        'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
        'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:' +
        'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305',
    });
    expect([...TLS12_CIPHERS].sort()).toEqual([
      'ECDHE-ECDSA-AES128-GCM-SHA256',
      'ECDHE-ECDSA-AES256-GCM-SHA384',
      'ECDHE-ECDSA-CHACHA20-POLY1305',
      'ECDHE-RSA-AES128-GCM-SHA256',
      'ECDHE-RSA-AES256-GCM-SHA384',
      'ECDHE-RSA-CHACHA20-POLY1305',
    ]);
  });

  it('over TLS 1.2 accepts exactly the ECDHE + AEAD suites, of every cipher Node knows', async () => {
    const all = tls.getCiphers();
    expect(await accepted(policyPort, all, 'TLSv1.2')).toEqual(EXPECTED_TLS12);
    // The control: the same clients do get CBC suites from a permissive server, so refusing them is the policy's doing.
    expect(await accepted(permissivePort, all, 'TLSv1.2')).toEqual(expect.arrayContaining([...EXPECTED_TLS12, ...CBC_ECDSA]));
  });

  it('speaks TLS 1.3 with its three AEAD suites', async () => {
    expect(await handshake(policyPort, { minVersion: 'TLSv1.3' })).toEqual({
      ok: true,
      protocol: 'TLSv1.3',
      cipher: 'tls_aes_128_gcm_sha256',
    });
    const tls13 = tls.getCiphers().filter((c) => c.startsWith('tls_'));
    expect(await accepted(policyPort, tls13, 'TLSv1.3')).toEqual(EXPECTED_TLS13);
  });

  it('refuses TLS 1.1 (which a permissive server would speak with the same client)', async () => {
    const tls11 = { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'ALL:@SECLEVEL=0' } as const;
    expect(await handshake(policyPort, tls11)).toEqual({ ok: false, code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
    expect(await handshake(permissivePort, tls11)).toMatchObject({ ok: true, protocol: 'TLSv1.1' });
  });
});
