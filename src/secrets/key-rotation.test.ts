import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../test/harness/config.js';
import { useTestDatabase } from '../../test/harness/database.js';
import { buildServerRow } from '../../test/factories/servers.js';
import { buildAccountRow } from '../../test/factories/rows.js';
import { ciphertextKeyId, decryptSecret, encryptSecret, generateKey, keyId, keyringOf, readOrCreateKeyFile } from './credential-cipher.js';
import { rotateMasterKey } from './key-rotation.js';
import { loadKeyring } from './master-key.js';

const database = useTestDatabase();
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function insertServer(password: string, encrypt: (plain: string, id: string) => string) {
  const accountId = await buildAccountRow(database.db());
  const id = crypto.randomUUID();
  return buildServerRow(database.db(), accountId, { id, password_encrypted: encrypt(password, id) });
}

describe('canopy keys rotate', () => {
  it('on the embedded default: adds a new key to the key file and re-encrypts every credential under it', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-rotate-'));
    dirs.push(dataDir);
    const config = testConfig({ dataDir, masterKey: undefined });
    const before = await loadKeyring(config);
    const id = await insertServer('hunter2', (p, i) => encryptSecret(before, p, i));

    const r = await rotateMasterKey(database.db(), config, before);
    expect(r.reencrypted).toBeGreaterThanOrEqual(1);
    const after = await loadKeyring(config);
    expect(keyId(after.current)).toBe(r.keyId);
    expect(keyId(after.current)).not.toBe(keyId(before.current));
    expect(after.all).toHaveLength(2);
    const row = await database.db().selectFrom('servers').select('password_encrypted').where('id', '=', id).executeTakeFirstOrThrow();
    expect(ciphertextKeyId(row.password_encrypted)).toBe(r.keyId);
    expect(decryptSecret(after, row.password_encrypted, id)).toBe('hunter2');
    expect((await readOrCreateKeyFile(path.join(dataDir, 'master-key.json'))).length).toBe(2);

    // Running it again re-encrypts under yet another key; nothing is lost.
    const again = await rotateMasterKey(database.db(), config, after);
    expect(again.keyId).not.toBe(r.keyId);
    const row2 = await database.db().selectFrom('servers').select('password_encrypted').where('id', '=', id).executeTakeFirstOrThrow();
    expect(decryptSecret(await loadKeyring(config), row2.password_encrypted, id)).toBe('hunter2');
  });

  it('with CANOPY_MASTER_KEY: re-encrypts credentials made under a previous key', async () => {
    await database.db().deleteFrom('servers').execute(); // one deployment, one set of keys
    const oldKey = generateKey();
    const newKey = generateKey();
    const id = await insertServer('s3cret', (p, i) => encryptSecret(keyringOf([oldKey]), p, i));
    const config = testConfig({
      dataDir: '/nonexistent',
      masterKey: newKey.toString('base64'),
      previousMasterKeys: [oldKey.toString('hex')],
    });
    const ring = await loadKeyring(config);
    const r = await rotateMasterKey(database.db(), config, ring);
    expect(r.keyId).toBe(keyId(newKey));
    const row = await database.db().selectFrom('servers').select('password_encrypted').where('id', '=', id).executeTakeFirstOrThrow();
    expect(ciphertextKeyId(row.password_encrypted)).toBe(keyId(newKey));
    expect(decryptSecret(keyringOf([newKey]), row.password_encrypted, id)).toBe('s3cret');
  });

  it("re-encrypts OAuth2 client secrets too, each under its own associated data (the row's id and ':client')", async () => {
    await database.db().deleteFrom('servers').execute();
    const oldKey = generateKey();
    const newKey = generateKey();
    const old = keyringOf([oldKey]);
    const accountId = await buildAccountRow(database.db());
    const id = crypto.randomUUID();
    await buildServerRow(database.db(), accountId, {
      id,
      password_encrypted: encryptSecret(old, 'pw', id),
      client_secret_encrypted: encryptSecret(old, 'client-s3cret', `${id}:client`),
    });
    const config = testConfig({
      dataDir: '/nonexistent',
      masterKey: newKey.toString('base64'),
      previousMasterKeys: [oldKey.toString('hex')],
    });
    const r = await rotateMasterKey(database.db(), config, await loadKeyring(config));
    expect(r.reencrypted).toBe(2);
    const row = await database.db().selectFrom('servers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(decryptSecret(keyringOf([newKey]), row.client_secret_encrypted!, `${id}:client`)).toBe('client-s3cret');
    expect(decryptSecret(keyringOf([newKey]), row.password_encrypted, id)).toBe('pw');
  });
});
