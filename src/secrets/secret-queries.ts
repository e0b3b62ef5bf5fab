import type { Db } from '../db/database.js';

/**
 * Every secret at rest, for key rotation: portal passwords (servers) and webhook signing secrets, each encrypted with
 * its row id as associated data.
 */
export const SECRET_COLUMNS = { servers: 'password_encrypted', webhooks: 'secret_encrypted' } as const;
export type SecretTable = keyof typeof SECRET_COLUMNS;

/** The table's secrets, locked until the end of the transaction `tx`. */
export async function lockSecrets(tx: Db, table: SecretTable): Promise<Array<{ id: string; secret: string }>> {
  return tx
    .selectFrom(table)
    .select(['id', `${SECRET_COLUMNS[table]} as secret`])
    .forUpdate()
    .execute();
}

export async function setSecret(tx: Db, table: SecretTable, id: string, ciphertext: string): Promise<void> {
  await tx
    .updateTable(table)
    .set({ [SECRET_COLUMNS[table]]: ciphertext })
    .where('id', '=', id)
    .execute();
}
