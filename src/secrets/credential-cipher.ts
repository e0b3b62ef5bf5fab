import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { ConfigError } from '../errors.js';

/**
 * Portal passwords at rest: AES-256-GCM under a master key that never enters the database.
 * Ciphertext: `v1.<key id>.<iv>.<tag>.<data>` (base64url), with the server id as associated data so a ciphertext
 * cannot be moved to another server's row. The key id lets several keys coexist during a rotation.
 */
export interface Keyring {
  /** The key new ciphertexts use. */
  current: Buffer;
  /** Every key that may still decrypt, current included. */
  all: Buffer[];
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export function parseKey(text: string, what: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32)
    throw new ConfigError(`${what} must be 32 bytes, as 64 hex characters or base64 (e.g. \`openssl rand -base64 32\`).`);
  return key;
}

export function generateKey(): Buffer {
  return randomBytes(32);
}

export function keyringOf(keys: Buffer[]): Keyring {
  if (!keys[0]) throw new ConfigError('No master key.');
  return { current: keys[0], all: keys };
}

export function encryptSecret(keyring: Keyring, plaintext: string, associatedData: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.current, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [
    'v1',
    keyId(keyring.current),
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join('.');
}

export function ciphertextKeyId(ciphertext: string): string | undefined {
  const parts = ciphertext.split('.');
  return parts[0] === 'v1' ? parts[1] : undefined;
}

/** Throws if no key of the ring made the ciphertext, or if it was altered or moved to another row. */
export function decryptSecret(keyring: Keyring, ciphertext: string, associatedData: string): string {
  const [version, id, iv, tag, data] = ciphertext.split('.');
  if (version !== 'v1' || !id || !iv || !tag || data === undefined) throw new Error('Unknown credential format.');
  const key = keyring.all.find((k) => keyId(k) === id);
  if (!key) throw new ConfigError(`The credential was encrypted with master key ${id}, which this process does not have.`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** The embedded default's key file: {"keys": [current, ...previous]} in base64, mode 0600, created on first use. */
export async function readOrCreateKeyFile(file: string): Promise<Buffer[]> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as { keys: string[] };
    return parsed.keys.map((k, i) => parseKey(k, `${file} key ${i + 1}`));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const keys = [generateKey()];
  try {
    await writeKeyFile(file, keys, 'wx');
    return keys;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateKeyFile(file);
    throw err;
  }
}

export async function writeKeyFile(file: string, keys: Buffer[], flag: 'w' | 'wx' = 'w'): Promise<void> {
  const tmp = flag === 'wx' ? file : `${file}.tmp`;
  await fs.writeFile(tmp, JSON.stringify({ keys: keys.map((k) => k.toString('base64')) }) + '\n', { mode: 0o600, flag });
  if (tmp !== file) await fs.rename(tmp, file);
}
