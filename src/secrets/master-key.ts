import path from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import { keyringOf, parseKey, readOrCreateKeyFile, type Keyring } from './credential-cipher.js';

export function masterKeyFile(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'master-key.json');
}

/**
 * The master keyring: CANOPY_MASTER_KEY (+ CANOPY_PREVIOUS_MASTER_KEYS) when set; on the embedded default, a key
 * file generated in the data directory. A production database (DATABASE_URL) without a key is a configuration error:
 * there is no default secret.
 */
export async function loadKeyring(config: Config): Promise<Keyring> {
  if (config.masterKey) {
    return keyringOf([
      parseKey(config.masterKey, 'CANOPY_MASTER_KEY'),
      ...config.previousMasterKeys.map((k, i) => parseKey(k, `CANOPY_PREVIOUS_MASTER_KEYS entry ${i + 1}`)),
    ]);
  }
  if (config.databaseUrl) {
    throw new ConfigError('CANOPY_MASTER_KEY is required with DATABASE_URL (generate one with `openssl rand -base64 32`).');
  }
  return keyringOf(await readOrCreateKeyFile(masterKeyFile(config)));
}
