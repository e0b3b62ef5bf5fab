import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import tls from 'node:tls';
import { BadRequestError } from '../errors.js';

/**
 * What outgoing HTTPS connections trust (docs/security.md, Trust): Node's bundled public roots, the certificates of
 * NODE_EXTRA_CA_CERTS, and, for one portal only, the CA certificate registered with its server. An extra CA is always
 * added to the roots, never put in their place (Node's `ca` option replaces them, so the list is built here).
 */

export interface CertificateSummary {
  subject: string;
  issuer: string;
  valid_from: string;
  valid_to: string;
  fingerprint_sha256: string;
}

/** "CN=x\nO=y" → "CN=x, O=y". */
export function oneLineName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

export function summarise(cert: X509Certificate): CertificateSummary {
  return {
    subject: oneLineName(cert.subject),
    issuer: oneLineName(cert.issuer),
    valid_from: new Date(cert.validFrom).toISOString(),
    valid_to: new Date(cert.validTo).toISOString(),
    fingerprint_sha256: cert.fingerprint256,
  };
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
export const MAX_CA_CERTIFICATES = 10;
export const MAX_CA_PEM_BYTES = 64 * 1024;

/** A server's CA certificate (PEM: one certificate, or a chain of up to 10), as the API shows it. */
export interface CaCertificateInfo extends CertificateSummary {
  /** Whether the (first) certificate is a CA; a self-signed portal certificate works too, as its own anchor. */
  is_ca: boolean;
  /** Certificates in the PEM. */
  certificates: number;
}

/** Validates a PEM of CA certificates (BadRequestError naming `field` otherwise) and returns it normalised. */
export function parseCaPem(pem: string, field = 'ca_pem'): { pem: string; info: CaCertificateInfo } {
  if (typeof pem !== 'string' || Buffer.byteLength(pem) > MAX_CA_PEM_BYTES)
    throw new BadRequestError(`${field}: must be PEM text of at most ${MAX_CA_PEM_BYTES / 1024} KB.`);
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
    throw new BadRequestError(`${field}: this is a private key; give the CA's certificate (never a key).`);
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (!blocks.length) throw new BadRequestError(`${field}: no PEM certificate found (expected -----BEGIN CERTIFICATE-----).`);
  if (blocks.length > MAX_CA_CERTIFICATES) throw new BadRequestError(`${field}: at most ${MAX_CA_CERTIFICATES} certificates.`);
  const certs = blocks.map((b, i) => {
    try {
      return new X509Certificate(b);
    } catch {
      throw new BadRequestError(`${field}: certificate ${i + 1} is not a valid X.509 certificate.`);
    }
  });
  const first = certs[0]!;
  return { pem: `${blocks.join('\n')}\n`, info: { ...summarise(first), is_ca: first.ca, certificates: certs.length } };
}

/** The summary of a stored PEM (stored PEMs were validated; a broken one shows as null). */
export function caInfo(pem: string | null): CaCertificateInfo | null {
  if (!pem) return null;
  try {
    return parseCaPem(pem).info;
  } catch {
    return null;
  }
}

let envExtra: string[] | undefined;

/** The certificates of NODE_EXTRA_CA_CERTS (read once; Node itself adds them only when no `ca` is given). */
export function extraCaFromEnv(): string[] {
  if (envExtra) return envExtra;
  const file = process.env.NODE_EXTRA_CA_CERTS;
  try {
    envExtra = file ? (fs.readFileSync(file, 'utf8').match(PEM_BLOCK) ?? []) : [];
  } catch {
    envExtra = []; // Node warns about an unreadable file at start-up itself
  }
  return envExtra;
}

/** Node's roots, NODE_EXTRA_CA_CERTS and `extra`: the `ca` of a connection that trusts `extra` besides the usual. */
export function trustedRoots(...extra: Array<string | null | undefined>): string[] {
  return [...tls.rootCertificates, ...extraCaFromEnv(), ...extra.filter((x): x is string => !!x)];
}
