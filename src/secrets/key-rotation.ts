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
import { lockServerSecrets, lockWebhookSecrets, setServerSecret, setWebhookSecret } from './secret-queries.js';

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
    // Every secret at rest: portal passwords and webhook signing secrets (each with its row id as associated data).
    const servers = await lockServerSecrets(tx);
    for (const row of servers.filter((r) => ciphertextKeyId(r.secret) !== keyId(next.current))) {
      await setServerSecret(tx, row.id, encryptSecret(next, decryptSecret(next, row.secret, row.id), row.id));
      n++;
    }
    const webhooks = await lockWebhookSecrets(tx);
    for (const row of webhooks.filter((r) => ciphertextKeyId(r.secret) !== keyId(next.current))) {
      await setWebhookSecret(tx, row.id, encryptSecret(next, decryptSecret(next, row.secret, row.id), row.id));
      n++;
    }
    return n;
  });
  return { keyId: keyId(next.current), reencrypted };
}
