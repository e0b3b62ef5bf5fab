import { X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalTls } from '../http/local-ca.js';
import { caInfo, parseCaPem, trustedRoots } from './trust.js';

let dir: string;
let ca: string;
let key: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-trust-'));
  const local = await ensureLocalTls(dir, { commonName: 'Trust Test CA' });
  ca = local.ca;
  key = local.key.toString();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('a server CA certificate (PEM)', () => {
  it('is shown by subject, issuer, validity and SHA-256 fingerprint, as X509Certificate reads it', () => {
    const { info, pem } = parseCaPem(`  \n${ca}\n\n`);
    const x = new X509Certificate(ca);
    expect(info).toEqual({
      subject: 'CN=Trust Test CA, O=Canopy',
      issuer: 'CN=Trust Test CA, O=Canopy',
      valid_from: new Date(x.validFrom).toISOString(),
      valid_to: new Date(x.validTo).toISOString(),
      fingerprint_sha256: x.fingerprint256,
      is_ca: true,
      certificates: 1,
    });
    expect(pem).toBe(`${ca.trim()}\n`);
    expect(caInfo(null)).toBeNull();
  });

  it('refuses what is not one to ten certificates, and never takes a private key', () => {
    const bad = (pem: string) => {
      try {
        parseCaPem(pem);
        return 'accepted';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(bad('hello')).toBe('ca_pem: no PEM certificate found (expected -----BEGIN CERTIFICATE-----).');
    expect(bad(`${ca}\n${key}`)).toBe("ca_pem: this is a private key; give the CA's certificate (never a key).");
    expect(bad(Array.from({ length: 11 }, () => ca.trim()).join('\n'))).toBe('ca_pem: at most 10 certificates.');
    expect(bad('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----')).toBe(
      'ca_pem: certificate 1 is not a valid X.509 certificate.',
    );
    expect(bad('x'.repeat(70_000))).toBe('ca_pem: must be PEM text of at most 64 KB.');
    expect(parseCaPem(`${ca}\n${ca}`).info.certificates).toBe(2);
  });

  it('is added to the public roots, never put in their place', () => {
    const roots = trustedRoots(ca);
    expect(roots.length).toBeGreaterThan(tls.rootCertificates.length); // the bundled roots, any NODE_EXTRA_CA_CERTS, then ours
    expect(roots.slice(0, tls.rootCertificates.length)).toEqual([...tls.rootCertificates]);
    expect(roots.at(-1)).toBe(ca);
    expect(trustedRoots(undefined, null)).toHaveLength(roots.length - 1);
  });
});
