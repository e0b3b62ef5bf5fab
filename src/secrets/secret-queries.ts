import type { Db } from '../db/database.js';

/**
 * Every secret at rest, for key rotation: portal passwords (servers) and webhook signing secrets, each encrypted with
 * its row id as associated data. The reads lock the rows until the end of the transaction `tx`.
 */
export async function lockServerSecrets(tx: Db): Promise<Array<{ id: string; secret: string }>> {
  return tx.selectFrom('servers').select(['id', 'password_encrypted as secret']).forUpdate().execute();
}

export async function setServerSecret(tx: Db, id: string, ciphertext: string): Promise<void> {
  await tx.updateTable('servers').set({ password_encrypted: ciphertext }).where('id', '=', id).execute();
}

export async function lockWebhookSecrets(tx: Db): Promise<Array<{ id: string; secret: string }>> {
  return tx.selectFrom('webhooks').select(['id', 'secret_encrypted as secret']).forUpdate().execute();
}

export async function setWebhookSecret(tx: Db, id: string, ciphertext: string): Promise<void> {
  await tx.updateTable('webhooks').set({ secret_encrypted: ciphertext }).where('id', '=', id).execute();
}
