import type { Db } from '../db/database.js';

/**
 * Every secret at rest, for key rotation: portal passwords and OAuth2 client secrets (servers) and webhook signing
 * secrets, each encrypted with its associated data (the row id; `<id>:client` for a client secret).
 */
export const SECRETS = [
  { table: 'servers', column: 'password_encrypted', aad: (id: string) => id },
  { table: 'servers', column: 'client_secret_encrypted', aad: (id: string) => `${id}:client` },
  { table: 'webhooks', column: 'secret_encrypted', aad: (id: string) => id },
] as const;
export type SecretColumn = (typeof SECRETS)[number];

/** The column's secrets (rows without one skipped), locked until the end of the transaction `tx`. */
export async function lockSecrets(tx: Db, spec: SecretColumn): Promise<Array<{ id: string; secret: string }>> {
  const rows = await tx
    .selectFrom(spec.table)
    .select(['id', `${spec.column} as secret`])
    .where(spec.column, 'is not', null)
    .forUpdate()
    .execute();
  return rows as Array<{ id: string; secret: string }>;
}

export async function setSecret(tx: Db, spec: SecretColumn, id: string, ciphertext: string): Promise<void> {
  await tx
    .updateTable(spec.table)
    .set({ [spec.column]: ciphertext })
    .where('id', '=', id)
    .execute();
}
