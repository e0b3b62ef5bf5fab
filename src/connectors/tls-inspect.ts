import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import type { OutboundPolicy } from '../outbound/outbound-policy.js';
import { oneLineName, summarise, type CertificateSummary } from '../outbound/trust.js';

/**
 * What a portal's HTTPS certificate is, and why Canopy does or does not trust it: one TLS handshake, no HTTP, made
 * only to explain a failure (or for `canopy portal probe`). The handshake does not verify (so that the certificate
 * can be read at all); the verdict is computed from Node's own verification against the same roots.
 */

export type TlsFailureReason = 'tls_untrusted' | 'tls_hostname_mismatch' | 'tls_expired';

export interface TlsReport extends CertificateSummary {
  trusted: boolean;
  /** Why not (null when trusted). */
  reason: TlsFailureReason | null;
  /** Node's verification error (e.g. SELF_SIGNED_CERT_IN_CHAIN), or null. */
  detail: string | null;
  protocol: string | null;
  /** The chain the portal sent, leaf first. */
  chain: Array<{ subject: string; issuer: string }>;
}

/** The failure reason of a verification error code (Node/OpenSSL codes). */
export function tlsReasonOf(code: string): TlsFailureReason {
  if (/CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|ERR_TLS_CERT_EXPIRED/.test(code)) return 'tls_expired';
  if (/ALTNAME|HOSTNAME/.test(code)) return 'tls_hostname_mismatch';
  return 'tls_untrusted';
}

/** Connects to `origin` (https://host[:port]) through the outbound policy and reports its certificate and the verdict. */
export async function inspectTls(
  origin: string,
  opts: { outbound: Pick<OutboundPolicy, 'resolve'>; ca?: string | Buffer | Array<string | Buffer>; timeoutMs?: number },
): Promise<TlsReport> {
  const url = new URL(origin);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 443);
  const [address] = await opts.outbound.resolve(host);
  if (!address) throw new Error(`no address for ${host}`);
  return new Promise<TlsReport>((resolve, reject) => {
    const socket = tls.connect({
      host: address.address,
      port,
      ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
      ...(opts.ca ? { ca: opts.ca } : {}),
      timeout: opts.timeoutMs ?? 10_000,
    });
    const fail = (err: Error) => {
      socket.destroy();
      reject(err);
    };
    socket.once('timeout', () => fail(new Error(`TLS handshake with ${origin} timed out`)));
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      try {
        const peer = socket.getPeerCertificate(true);
        if (!peer?.raw) throw new Error(`${origin} sent no certificate`);
        const leaf = new X509Certificate(peer.raw);
        const chain: Array<{ subject: string; issuer: string }> = [];
        const seen = new Set<string>();
        for (let c: tls.DetailedPeerCertificate | undefined = peer; c?.raw && !seen.has(c.fingerprint256); c = c.issuerCertificate) {
          seen.add(c.fingerprint256);
          const x = new X509Certificate(c.raw);
          chain.push({ subject: oneLineName(x.subject), issuer: oneLineName(x.issuer) });
        }
        const authError = socket.authorizationError ? String(socket.authorizationError) : null;
        const identity = tls.checkServerIdentity(host, peer);
        const detail = authError ?? (identity ? ((identity as NodeJS.ErrnoException).code ?? identity.message) : null);
        const protocol = socket.getProtocol();
        socket.end();
        resolve({
          ...summarise(leaf),
          trusted: detail === null,
          reason: detail === null ? null : tlsReasonOf(detail),
          detail,
          protocol,
          chain,
        });
      } catch (err) {
        fail(err as Error);
      }
    });
  });
}
