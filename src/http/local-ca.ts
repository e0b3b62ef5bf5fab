import fs from 'node:fs/promises';
import path from 'node:path';
import { webcrypto, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/**
 * A local certificate authority and a server certificate for localhost, generated on first use into a directory:
 *   ca.pem (what clients trust), ca-key.pem, server.pem (leaf + CA chain), server-key.pem.
 * Used by `canopy serve` when no TLS_CERT_FILE is given, and by the OneStop simulator (its own directory).
 * The server certificate is re-issued by the same CA when it is missing or near expiry, so clients keep trusting ca.pem.
 */
export interface LocalTls {
  caFile: string;
  ca: string;
  cert: string;
  key: string;
}

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;
const SERVER_VALIDITY_DAYS = 397; // the longest browsers accept for a leaf certificate
const RENEW_BEFORE_DAYS = 30;

export async function ensureLocalTls(dir: string, commonName = 'Canopy local CA', now = new Date()): Promise<LocalTls> {
  // Only the leaf is private: a recursive mkdir would make every new parent 0700 too (the data directory must stay
  // traversable for the embedded PostgreSQL, which runs as another user).
  await fs.mkdir(path.dirname(dir), { recursive: true });
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const files = {
    ca: path.join(dir, 'ca.pem'),
    caKey: path.join(dir, 'ca-key.pem'),
    cert: path.join(dir, 'server.pem'),
    key: path.join(dir, 'server-key.pem'),
  };

  let ca = await readIfExists(files.ca);
  let caKeyPem = await readIfExists(files.caKey);
  if (!ca || !caKeyPem) {
    ({ cert: ca, key: caKeyPem } = await createCa(commonName, now));
    await fs.writeFile(files.caKey, caKeyPem, { mode: 0o600 });
    await fs.writeFile(files.ca, ca, { mode: 0o644 });
    await fs.rm(files.cert, { force: true });
  }

  let cert = await readIfExists(files.cert);
  let key = await readIfExists(files.key);
  if (!cert || !key || !leafIsCurrent(cert, ca, now)) {
    ({ cert, key } = await createServerCert(ca, caKeyPem, now));
    await fs.writeFile(files.key, key, { mode: 0o600 });
    await fs.writeFile(files.cert, cert, { mode: 0o644 });
  }
  return { caFile: files.ca, ca, cert, key };
}

function leafIsCurrent(chainPem: string, caPem: string, now: Date): boolean {
  try {
    const leaf = new X509Certificate(chainPem);
    const caCert = new X509Certificate(caPem);
    return leaf.verify(caCert.publicKey) && new Date(leaf.validTo).getTime() - now.getTime() > RENEW_BEFORE_DAYS * DAY;
  } catch {
    return false;
  }
}

async function createCa(commonName: string, now: Date) {
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${commonName}, O=Canopy`,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 10 * 365 * DAY),
    signingAlgorithm: alg,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: cert.toString('pem') + '\n', key: await exportKey(keys.privateKey) };
}

async function createServerCert(caPem: string, caKeyPem: string, now: Date) {
  const caCert = new x509.X509Certificate(caPem);
  const caKey = await webcrypto.subtle.importKey('pkcs8', pemBody(caKeyPem), alg, false, ['sign']);
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: 'CN=localhost',
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + SERVER_VALIDITY_DAYS * DAY),
    signingAlgorithm: alg,
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(caCert, false),
    ],
  });
  return { cert: cert.toString('pem') + '\n' + caPem, key: await exportKey(keys.privateKey) };
}

async function exportKey(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').trim()}\n-----END PRIVATE KEY-----\n`;
}

function pemBody(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

function serial(): string {
  // Positive 16-byte serial (top bit clear).
  const b = webcrypto.getRandomValues(new Uint8Array(16));
  b[0] = b[0]! & 0x7f;
  return Buffer.from(b).toString('hex');
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
