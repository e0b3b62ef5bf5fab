import fs from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { webcrypto, X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import * as x509 from '@peculiar/x509';
import { AsnConvert } from '@peculiar/asn1-schema';
import { NameConstraints } from '@peculiar/asn1-x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalTls } from './local-ca.js';

// Everything expected below is written out by hand (RFC 5280 DER, OpenSSL's and Node's own strings), not derived from
// local-ca.ts. The certificates a thief would mint with ca-key.pem are made here, with @peculiar/x509 directly.

const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

/** NameConstraints { permittedSubtrees [0] { dNSName localhost, iPAddress 127.0.0.1/32, iPAddress ::1/128 } } */
const DEFAULT_CONSTRAINTS_DER =
  '303f' +
  'a03d' +
  '300b' +
  '8209' +
  Buffer.from('localhost').toString('hex') +
  '300a' +
  '8708' +
  '7f000001' +
  'ffffffff' +
  '3022' +
  '8720' +
  '00000000000000000000000000000001' +
  'ffffffffffffffffffffffffffffffff';

let root = '';
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-local-ca-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

let dirs = 0;
const freshDir = () => path.join(root, `ca-${++dirs}`);

type Outcome = { ok: true; peerSan: string | undefined } | { ok: false; code: string | undefined; message: string };

/** A real TLS handshake over loopback: a node:tls server with this cert/key, a client trusting only `ca`. */
async function handshake(server: { cert: string; key: string }, client: tls.ConnectionOptions): Promise<Outcome> {
  const srv = tls.createServer({ cert: server.cert, key: server.key }, (socket) => socket.end());
  srv.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = srv.address() as AddressInfo;
    return await new Promise<Outcome>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ...client });
      socket.on('secureConnect', () => {
        const peerSan = socket.getPeerCertificate().subjectaltname;
        socket.destroy();
        resolve({ ok: true, peerSan });
      });
      socket.on('error', (err: NodeJS.ErrnoException) => resolve({ ok: false, code: err.code, message: err.message }));
    });
  } finally {
    await new Promise<void>((resolve) => srv.close(() => resolve()));
  }
}

/** GET / over node:https on 127.0.0.1, trusting only `ca`. */
async function httpsGet(server: { cert: string; key: string }, ca: string, servername: string): Promise<number> {
  const srv = https.createServer({ cert: server.cert, key: server.key }, (_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = srv.address() as AddressInfo;
    return await new Promise<number>((resolve, reject) => {
      const req = https.get({ host: '127.0.0.1', port, path: '/', ca, servername, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
  } finally {
    srv.closeAllConnections();
    await new Promise<void>((resolve) => srv.close(() => resolve()));
  }
}

function toPem(der: ArrayBuffer, label: string): string {
  const b64 = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim();
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

async function importKey(pem: string): Promise<webcrypto.CryptoKey> {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return webcrypto.subtle.importKey('pkcs8', der, alg, false, ['sign']);
}

/** A leaf certificate for `san`, signed with the given CA key: what someone holding ca-key.pem could make. */
async function mintLeaf(caPem: string, caKeyPem: string, san: { type: 'dns' | 'ip'; value: string }) {
  const caCert = new x509.X509Certificate(caPem);
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '0badc0de',
    subject: `CN=${san.value}`,
    issuer: caCert.subject,
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 30 * DAY),
    signingAlgorithm: alg,
    publicKey: keys.publicKey,
    signingKey: await importKey(caKeyPem),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([san]),
    ],
  });
  return { cert: cert.toString('pem') + '\n', key: toPem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY') };
}

/** An old-style CA (as Canopy made before name constraints): basic constraints and key usage only. */
async function mintUnconstrainedCa() {
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=Old Canopy local CA, O=Canopy',
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 3650 * DAY),
    signingAlgorithm: alg,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  return { cert: cert.toString('pem') + '\n', key: toPem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey), 'PRIVATE KEY') };
}

/** The CA's name-constraints extension: critical flag, raw DER (hex) and the permitted subtrees as strings. */
function constraintsOf(caPem: string) {
  const ext = new x509.X509Certificate(caPem).getExtension('2.5.29.30');
  if (!ext) return undefined;
  const nc = AsnConvert.parse(ext.value, NameConstraints);
  const permitted = (nc.permittedSubtrees ?? []).map((s) =>
    s.base.dNSName !== undefined ? `DNS:${s.base.dNSName}` : s.base.iPAddress !== undefined ? `IP:${s.base.iPAddress}` : '?',
  );
  return { critical: ext.critical, der: Buffer.from(ext.value).toString('hex'), permitted, excluded: nc.excludedSubtrees?.length ?? 0 };
}

describe('ensureLocalTls: a name-constrained local CA', () => {
  it('makes a CA whose only permitted names are localhost, 127.0.0.1/32 and ::1/128 (critical 2.5.29.30)', async () => {
    const local = await ensureLocalTls(freshDir());
    expect(local.caRenewed).toBe(true);
    expect(constraintsOf(local.ca)).toEqual({
      critical: true,
      der: DEFAULT_CONSTRAINTS_DER,
      permitted: ['DNS:localhost', 'IP:127.0.0.1/32', 'IP:::1/128'],
      excluded: 0,
    });
    expect(new X509Certificate(local.ca).ca).toBe(true);
    expect(new X509Certificate(local.cert).subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
  });

  it('its leaf for localhost verifies when the client trusts ca.pem (by name and by address)', async () => {
    const dir = freshDir();
    const local = await ensureLocalTls(dir);
    expect(await fs.readFile(path.join(dir, 'ca.pem'), 'utf8')).toBe(local.ca);
    expect(await handshake(local, { ca: local.ca, servername: 'localhost' })).toMatchObject({ ok: true });
    expect(await handshake(local, { ca: local.ca })).toMatchObject({ ok: true }); // identity checked against 127.0.0.1
    expect(await httpsGet(local, local.ca, 'localhost')).toBe(200);
  });

  it('rejects a certificate for another site minted with ca-key.pem: permitted subtree violation', async () => {
    const dir = freshDir();
    const local = await ensureLocalTls(dir);
    const caKey = await fs.readFile(path.join(dir, 'ca-key.pem'), 'utf8');

    const evil = await mintLeaf(local.ca, caKey, { type: 'dns', value: 'evil.example' });
    // Node has no code of its own for X509_V_ERR_PERMITTED_VIOLATION: it says UNSPECIFIED with OpenSSL's reason.
    expect(await handshake(evil, { ca: local.ca, servername: 'evil.example' })).toEqual({
      ok: false,
      code: 'UNSPECIFIED',
      message: 'permitted subtree violation',
    });

    const tenNet = await mintLeaf(local.ca, caKey, { type: 'ip', value: '10.0.0.1' });
    const as10 = {
      ca: local.ca,
      checkServerIdentity: (_host: string, cert: tls.PeerCertificate) => tls.checkServerIdentity('10.0.0.1', cert),
    };
    expect(await handshake(tenNet, as10)).toEqual({ ok: false, code: 'UNSPECIFIED', message: 'permitted subtree violation' });
  });

  it('the same forged leaves pass under a CA without constraints (so the constraints are what stops them)', async () => {
    const old = await mintUnconstrainedCa();
    const evil = await mintLeaf(old.cert, old.key, { type: 'dns', value: 'evil.example' });
    expect(await handshake(evil, { ca: old.cert, servername: 'evil.example' })).toEqual({ ok: true, peerSan: 'DNS:evil.example' });
    const tenNet = await mintLeaf(old.cert, old.key, { type: 'ip', value: '10.0.0.1' });
    const as10 = {
      ca: old.cert,
      checkServerIdentity: (_host: string, cert: tls.PeerCertificate) => tls.checkServerIdentity('10.0.0.1', cert),
    };
    expect(await handshake(tenNet, as10)).toEqual({ ok: true, peerSan: 'IP Address:10.0.0.1' });
  });

  it('permits the configured host names and puts them in the leaf', async () => {
    const dir = freshDir();
    const local = await ensureLocalTls(dir, { commonName: 'Test CA', hostNames: ['Canopy.LAN', '192.168.1.5', '[fd00::5]'] });
    expect(new X509Certificate(local.ca).subject).toBe('CN=Test CA\nO=Canopy');
    expect(constraintsOf(local.ca)).toEqual({
      critical: true,
      der:
        '307d' +
        'a07b' +
        '300b8209' +
        Buffer.from('localhost').toString('hex') +
        '300a8708' +
        '7f000001ffffffff' +
        '30228720' +
        '00000000000000000000000000000001' +
        'ffffffffffffffffffffffffffffffff' +
        '300c820a' +
        Buffer.from('canopy.lan').toString('hex') +
        '300a8708' +
        'c0a80105ffffffff' +
        '30228720' +
        'fd000000000000000000000000000005' +
        'ffffffffffffffffffffffffffffffff',
      permitted: ['DNS:localhost', 'IP:127.0.0.1/32', 'IP:::1/128', 'DNS:canopy.lan', 'IP:192.168.1.5/32', 'IP:fd00::5/128'],
      excluded: 0,
    });
    expect(new X509Certificate(local.cert).subjectAltName).toBe(
      'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, ' +
        'DNS:canopy.lan, IP Address:192.168.1.5, IP Address:FD00:0:0:0:0:0:0:5',
    );
    expect(await handshake(local, { ca: local.ca, servername: 'canopy.lan' })).toEqual({
      ok: true,
      peerSan:
        'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, ' +
        'DNS:canopy.lan, IP Address:192.168.1.5, IP Address:FD00:0:0:0:0:0:0:5',
    });
    expect(await httpsGet(local, local.ca, 'canopy.lan')).toBe(200);

    // A leaf someone mints for the permitted extra name verifies too; a sibling name does not.
    const caKey = await fs.readFile(path.join(dir, 'ca-key.pem'), 'utf8');
    const ok = await mintLeaf(local.ca, caKey, { type: 'dns', value: 'canopy.lan' });
    expect(await handshake(ok, { ca: local.ca, servername: 'canopy.lan' })).toMatchObject({ ok: true });
    const sibling = await mintLeaf(local.ca, caKey, { type: 'dns', value: 'printer.lan' });
    expect(await handshake(sibling, { ca: local.ca, servername: 'printer.lan' })).toEqual({
      ok: false,
      code: 'UNSPECIFIED',
      message: 'permitted subtree violation',
    });
  });

  it('refuses something that is neither a host name nor an IP address', async () => {
    await expect(ensureLocalTls(freshDir(), { hostNames: ['evil.example/x'] })).rejects.toThrow(/Not a host name or IP address/);
  });
});

describe('ensureLocalTls: replacing and keeping the CA', () => {
  it('replaces an old CA without name constraints (and its leaf), then keeps the new one', async () => {
    const dir = freshDir();
    await fs.mkdir(dir, { recursive: true });
    const old = await mintUnconstrainedCa();
    const oldLeaf = await mintLeaf(old.cert, old.key, { type: 'dns', value: 'localhost' });
    await fs.writeFile(path.join(dir, 'ca.pem'), old.cert);
    await fs.writeFile(path.join(dir, 'ca-key.pem'), old.key);
    await fs.writeFile(path.join(dir, 'server.pem'), oldLeaf.cert + old.cert);
    await fs.writeFile(path.join(dir, 'server-key.pem'), oldLeaf.key);

    const first = await ensureLocalTls(dir);
    expect(first.caRenewed).toBe(true);
    expect(first.ca).not.toBe(old.cert);
    expect(await fs.readFile(path.join(dir, 'ca-key.pem'), 'utf8')).not.toBe(old.key);
    expect(constraintsOf(first.ca)?.der).toBe(DEFAULT_CONSTRAINTS_DER);
    expect(first.cert).not.toContain(oldLeaf.cert.trim());
    // The leaf was re-issued by the new CA: trusted with the new ca.pem, not with the old one.
    expect(await handshake(first, { ca: first.ca, servername: 'localhost' })).toMatchObject({ ok: true });
    expect(await handshake(first, { ca: old.cert, servername: 'localhost' })).toMatchObject({ ok: false });

    const second = await ensureLocalTls(dir);
    expect(second).toEqual({ ...first, caRenewed: false });
    // Spelling the loopback names differently changes nothing either.
    expect(await ensureLocalTls(dir, { hostNames: ['LOCALHOST', '[::1]', '0:0::1', '127.0.0.1'] })).toEqual({ ...first, caRenewed: false });
  });

  it('replaces a constrained CA that does not cover a newly configured name; keeps one that covers them all', async () => {
    const dir = freshDir();
    const first = await ensureLocalTls(dir, { hostNames: ['canopy.lan'] });
    expect(first.caRenewed).toBe(true);

    // Fewer names than the CA permits: same CA, same leaf.
    const fewer = await ensureLocalTls(dir);
    expect(fewer).toEqual({ ...first, caRenewed: false });

    const more = await ensureLocalTls(dir, { hostNames: ['canopy.lan', '10.1.2.3'] });
    expect(more.caRenewed).toBe(true);
    expect(more.ca).not.toBe(first.ca);
    expect(constraintsOf(more.ca)?.permitted).toEqual([
      'DNS:localhost',
      'IP:127.0.0.1/32',
      'IP:::1/128',
      'DNS:canopy.lan',
      'IP:10.1.2.3/32',
    ]);
    expect(new X509Certificate(more.cert).subjectAltName).toBe(
      'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, DNS:canopy.lan, IP Address:10.1.2.3',
    );
    const as10 = {
      ca: more.ca,
      checkServerIdentity: (_host: string, cert: tls.PeerCertificate) => tls.checkServerIdentity('10.1.2.3', cert),
    };
    expect(await handshake(more, as10)).toMatchObject({ ok: true });

    expect((await ensureLocalTls(dir, { hostNames: ['10.1.2.3', 'canopy.lan'] })).caRenewed).toBe(false);
  });

  it('re-issues the leaf near its expiry with the same CA', async () => {
    const dir = freshDir();
    const first = await ensureLocalTls(dir);
    const later = await ensureLocalTls(dir, { now: new Date(Date.now() + 380 * DAY) });
    expect(later.caRenewed).toBe(false);
    expect(later.ca).toBe(first.ca);
    expect(later.cert).not.toBe(first.cert);
  });
});
