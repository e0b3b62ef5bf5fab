import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import { ensureLocalTls } from './local-ca.js';

export interface ServerTls {
  key: string;
  cert: string;
  /** The CA clients should trust, when Canopy generated it (the embedded default). */
  caFile: string | undefined;
  /** True when the local CA was (re)created just now (new, or one without matching name constraints): clients must
   *  trust the new ca.pem. Always false with TLS_CERT_FILE. */
  caRenewed: boolean;
}

/** TLS_CERT_FILE/TLS_KEY_FILE when set; otherwise a local CA and localhost certificate in $CANOPY_DATA_DIR/tls. */
export async function loadServerTls(config: Config): Promise<ServerTls> {
  if (config.tls) {
    try {
      const [cert, key] = await Promise.all([fs.readFile(config.tls.certFile, 'utf8'), fs.readFile(config.tls.keyFile, 'utf8')]);
      return { cert, key, caFile: undefined, caRenewed: false };
    } catch (err) {
      throw new ConfigError(`Cannot read the TLS certificate or key: ${(err as Error).message}`);
    }
  }
  const local = await ensureLocalTls(path.join(config.dataDir, 'tls'), {
    commonName: 'Canopy local CA',
    hostNames: extraHostNames(config),
  }).catch((err: unknown) => {
    if (err instanceof Error && /^Not a host name or IP address/.test(err.message))
      throw new ConfigError(`Invalid HOST or PUBLIC_URL for the local certificate: ${err.message}`);
    throw err;
  });
  return { cert: local.cert, key: local.key, caFile: local.caFile, caRenewed: local.caRenewed };
}

/** Always in the local certificate, or not a name at all (wildcard binds). */
const IMPLICIT_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0', '::']);

/** IPv6 in its compressed form (0:0::1 → ::1), anything else as is. */
function canonicalHost(host: string): string {
  return net.isIPv6(host) ? new net.SocketAddress({ address: host, family: 'ipv6' }).address : host;
}

/** The host of PUBLIC_URL and HOST, when they name something other than loopback or a wildcard bind. */
function extraHostNames(config: Config): string[] {
  const names = [new URL(config.publicUrl).hostname, config.host]
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, ''),
    )
    .filter((h) => h !== '' && !IMPLICIT_HOSTS.has(canonicalHost(h)));
  return [...new Set(names)];
}
