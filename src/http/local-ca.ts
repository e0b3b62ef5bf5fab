import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { webcrypto, X509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { systemClock } from '../clock.js';
import { AsnConvert } from '@peculiar/asn1-schema';
import { GeneralName, GeneralSubtree, GeneralSubtrees, NameConstraints, id_ce_nameConstraints } from '@peculiar/asn1-x509';

/**
 * A local certificate authority and a server certificate for localhost, generated on first use into a directory:
 *   ca.pem (what clients trust), ca-key.pem, server.pem (leaf + CA chain), server-key.pem.
 * Used by `canopy serve` when no TLS_CERT_FILE is given, and by the OneStop simulator (its own directory).
 * The server certificate is re-issued by the same CA when it is missing, near expiry or lacks a requested name, so
 * clients keep trusting ca.pem.
 *
 * Users are told to trust ca.pem, so the CA carries a critical Name Constraints extension: whoever gets hold of
 * ca-key.pem can only mint certificates for localhost, 127.0.0.1, ::1 and the configured host names, never for
 * another site. A CA without such constraints, or whose constraints do not cover the requested names, is replaced
 * (`caRenewed`: the caller should tell users to trust the new ca.pem).
 */
export interface LocalTls {
  caFile: string;
  ca: string;
  cert: string;
  key: string;
  /** True when ca.pem was (re)created by this call: clients must trust the new one. */
  caRenewed: boolean;
}

export interface LocalTlsOptions {
  /** The CA's common name (default "Canopy local CA"). */
  commonName?: string;
  /** Host names or IP addresses, besides localhost, 127.0.0.1 and ::1, the server is reached by. */
  hostNames?: string[];
  now?: Date;
}

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;
const SERVER_VALIDITY_DAYS = 397; // the longest browsers accept for a leaf certificate
const RENEW_BEFORE_DAYS = 30;
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

type HostName = { type: 'dns' | 'ip'; value: string };

export async function ensureLocalTls(dir: string, opts: LocalTlsOptions = {}): Promise<LocalTls> {
  const commonName = opts.commonName ?? 'Canopy local CA';
  const now = opts.now ?? systemClock.now();
  const names = hostNameList(opts.hostNames ?? []);
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
  let caRenewed = false;
  if (!ca || !caKeyPem || !caConstraintsCover(ca, names)) {
    ({ cert: ca, key: caKeyPem } = await createCa(commonName, names, now));
    await fs.writeFile(files.caKey, caKeyPem, { mode: 0o600 });
    await fs.writeFile(files.ca, ca, { mode: 0o644 });
    await fs.rm(files.cert, { force: true });
    caRenewed = true;
  }

  let cert = await readIfExists(files.cert);
  let key = await readIfExists(files.key);
  if (!cert || !key || !leafIsCurrent(cert, ca, names, now)) {
    ({ cert, key } = await createServerCert(ca, caKeyPem, names, now));
    await fs.writeFile(files.key, key, { mode: 0o600 });
    await fs.writeFile(files.cert, cert, { mode: 0o644 });
  }
  return { caFile: files.ca, ca, cert, key, caRenewed };
}

/** localhost, 127.0.0.1, ::1, then the extra names: lower case, without brackets or a trailing dot, deduplicated. */
function hostNameList(extra: string[]): HostName[] {
  const out: HostName[] = [];
  for (const raw of [...LOOPBACK_NAMES, ...extra]) {
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/^\[(.*)\]$/, '$1')
      .replace(/\.$/, '');
    let entry: HostName;
    if (net.isIPv4(name)) entry = { type: 'ip', value: name };
    else if (net.isIPv6(name)) entry = { type: 'ip', value: canonicalIpv6(name) };
    else if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name)) entry = { type: 'dns', value: name };
    else throw new Error(`Not a host name or IP address for the local certificate: ${JSON.stringify(raw)}`);
    if (!out.some((n) => n.type === entry.type && n.value === entry.value)) out.push(entry);
  }
  return out;
}

/** Compressed lower-case IPv6, with a dotted IPv4 tail (::ffff:1.2.3.4) rewritten as hex groups. */
function canonicalIpv6(ip: string): string {
  const text = new net.SocketAddress({ address: ip, family: 'ipv6' }).address;
  const m = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!m) return text;
  const [a, b, c, d] = m.slice(2).map(Number) as [number, number, number, number];
  const hex = `${m[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  return new net.SocketAddress({ address: hex, family: 'ipv6' }).address;
}

/** The permitted subtree for one name: the DNS name itself, or the single address (/32, /128). */
function subtreeBase(name: HostName): GeneralName {
  if (name.type === 'dns') return new GeneralName({ dNSName: name.value });
  return new GeneralName({ iPAddress: `${name.value}/${net.isIPv4(name.value) ? 32 : 128}` });
}

function nameConstraintsExtension(names: HostName[]): x509.Extension {
  const constraints = new NameConstraints({
    permittedSubtrees: new GeneralSubtrees(names.map((n) => new GeneralSubtree({ base: subtreeBase(n) }))),
  });
  return new x509.Extension(id_ce_nameConstraints, true, AsnConvert.serialize(constraints));
}

/**
 * Whether the CA carries critical name constraints that permit every requested name (as a subtree of its own, the
 * way createCa writes them) and exclude nothing. Anything else — no constraints, an unreadable certificate — is
 * a CA to replace.
 */
function caConstraintsCover(caPem: string, names: HostName[]): boolean {
  try {
    const ext = new x509.X509Certificate(caPem).getExtension(id_ce_nameConstraints);
    if (!ext?.critical) return false;
    const constraints = AsnConvert.parse(ext.value, NameConstraints);
    if (constraints.excludedSubtrees?.length) return false;
    const permitted = new Set(
      (constraints.permittedSubtrees ?? [])
        .filter((s) => s.minimum === 0 && s.maximum === undefined)
        .map((s) => Buffer.from(AsnConvert.serialize(s.base)).toString('hex')),
    );
    return names.every((n) => permitted.has(Buffer.from(AsnConvert.serialize(subtreeBase(n))).toString('hex')));
  } catch {
    return false;
  }
}

function leafIsCurrent(chainPem: string, caPem: string, names: HostName[], now: Date): boolean {
  try {
    const leaf = new X509Certificate(chainPem);
    const caCert = new X509Certificate(caPem);
    const hasNames = names.every((n) =>
      n.type === 'ip' ? leaf.checkIP(n.value) !== undefined : leaf.checkHost(n.value, { subject: 'never', wildcards: false }) !== undefined,
    );
    return hasNames && leaf.verify(caCert.publicKey) && new Date(leaf.validTo).getTime() - now.getTime() > RENEW_BEFORE_DAYS * DAY;
  } catch {
    return false;
  }
}

async function createCa(commonName: string, names: HostName[], now: Date) {
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
      nameConstraintsExtension(names),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: cert.toString('pem') + '\n', key: await exportKey(keys.privateKey) };
}

async function createServerCert(caPem: string, caKeyPem: string, names: HostName[], now: Date) {
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
      new x509.SubjectAlternativeNameExtension(names.map((n) => ({ type: n.type, value: n.value }))),
      await x509.AuthorityKeyIdentifierExtension.create(caCert, false),
    ],
  });
  return { cert: cert.toString('pem') + '\n' + caPem, key: await exportKey(keys.privateKey) };
}

async function exportKey(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return `-----BEGIN PRIVATE KEY-----\n${der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim()}\n-----END PRIVATE KEY-----\n`;
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
