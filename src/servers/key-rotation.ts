import type { Config } from '../config/config.js';
import type { Db } from '../db/database.js';
import { ciphertextKeyId, decryptSecret, encryptSecret, generateKey, keyId, keyringOf, readOrCreateKeyFile, writeKeyFile, type Keyring } from './credential-cipher.js';
import { masterKeyFile } from './master-key.js';

/**
 * `canopy keys rotate`. On the embedded default a new key is generated and put first in the key file (old keys stay
 * for running processes, which reload the file when they meet an unknown key id). With CANOPY_MASTER_KEY, the operator
 * has already deployed the new key with the old one in CANOPY_PREVIOUS_MASTER_KEYS; rotation re-encrypts under it.
 * Either way every stored credential is re-encrypted in one transaction, so readers see old or new, never a mix.
 */
export async function rotateMasterKey(db: Db, config: Config, current: Keyring): Promise<{ keyId: string; reencrypted: number }> {
  let next = current;
  if (!config.masterKey) {
    const file = masterKeyFile(config);
    const keys = await readOrCreateKeyFile(file);
    next = keyringOf([generateKey(), ...keys]);
    await writeKeyFile(file, next.all);
  }
  const reencrypted = await db.transaction().execute(async (tx) => {
    const rows = await tx.selectFrom('servers').select(['id', 'password_encrypted']).forUpdate().execute();
    let n = 0;
    for (const row of rows) {
      if (ciphertextKeyId(row.password_encrypted) === keyId(next.current)) continue;
      const plain = decryptSecret(next, row.password_encrypted, row.id);
      await tx.updateTable('servers').set({ password_encrypted: encryptSecret(next, plain, row.id) }).where('id', '=', row.id).execute();
      n++;
    }
    return n;
  });
  return { keyId: keyId(next.current), reencrypted };
}
