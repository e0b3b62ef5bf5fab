import type { Config } from '../config/config.js';
import type { Db } from '../db/database.js';
import {
  ciphertextKeyId,
  decryptSecret,
  encryptSecret,
  generateKey,
  keyId,
  keyringOf,
  readOrCreateKeyFile,
  writeKeyFile,
  type Keyring,
} from './credential-cipher.js';
import { masterKeyFile } from './master-key.js';
import { lockSecrets, SECRETS, setSecret } from './secret-queries.js';

/**
 * `canopy keys rotate`. On the embedded default a new key is generated and put first in the key file (old keys stay
 * for running processes, which reload the file when they meet an unknown key id). With CANOPY_MASTER_KEY, the operator
 * has already deployed the new key with the old one in CANOPY_PREVIOUS_MASTER_KEYS; rotation re-encrypts under it.
 * Either way every stored credential is re-encrypted in one transaction, so readers see old or new, never a mix.
 */
export async function rotateMasterKey(
  db: Db,
  config: Pick<Config, 'masterKey' | 'dataDir'>,
  current: Keyring,
): Promise<{ keyId: string; reencrypted: number }> {
  let next = current;
  if (!config.masterKey) {
    const file = masterKeyFile(config);
    const keys = await readOrCreateKeyFile(file);
    next = keyringOf([generateKey(), ...keys]);
    await writeKeyFile(file, next.all);
  }
  const reencrypted = await db.transaction().execute(async (tx) => {
    let n = 0;
    for (const spec of SECRETS) {
      for (const row of (await lockSecrets(tx, spec)).filter((r) => ciphertextKeyId(r.secret) !== keyId(next.current))) {
        const aad = spec.aad(row.id);
        await setSecret(tx, spec, row.id, encryptSecret(next, decryptSecret(next, row.secret, aad), aad));
        n++;
      }
    }
    return n;
  });
  return { keyId: keyId(next.current), reencrypted };
}
