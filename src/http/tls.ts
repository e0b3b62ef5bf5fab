import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import { ensureLocalTls } from './local-ca.js';

export interface ServerTls {
  key: string;
  cert: string;
  /** The CA clients should trust, when Canopy generated it (the embedded default). */
  caFile: string | undefined;
}

/** TLS_CERT_FILE/TLS_KEY_FILE when set; otherwise a local CA and localhost certificate in $CANOPY_DATA_DIR/tls. */
export async function loadServerTls(config: Config): Promise<ServerTls> {
  if (config.tls) {
    try {
      const [cert, key] = await Promise.all([fs.readFile(config.tls.certFile, 'utf8'), fs.readFile(config.tls.keyFile, 'utf8')]);
      return { cert, key, caFile: undefined };
    } catch (err) {
      throw new ConfigError(`Cannot read the TLS certificate or key: ${(err as Error).message}`);
    }
  }
  const local = await ensureLocalTls(path.join(config.dataDir, 'tls'), 'Canopy local CA');
  return { cert: local.cert, key: local.key, caFile: local.caFile };
}
