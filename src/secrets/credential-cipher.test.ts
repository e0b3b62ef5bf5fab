import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ciphertextKeyId,
  decryptSecret,
  encryptSecret,
  generateKey,
  keyId,
  keyringOf,
  parseKey,
  readOrCreateKeyFile,
} from './credential-cipher.js';

describe('credential cipher', () => {
  const ring = keyringOf([generateKey()]);

  it('round-trips, and never contains the plaintext', () => {
    const c = encryptSecret(ring, 'p4ssw0rd!', 'server-1');
    expect(c).not.toContain('p4ssw0rd');
    expect(ciphertextKeyId(c)).toBe(keyId(ring.current));
    expect(decryptSecret(ring, c, 'server-1')).toBe('p4ssw0rd!');
    expect(encryptSecret(ring, 'p4ssw0rd!', 'server-1')).not.toBe(c); // a fresh IV each time
  });

  it('refuses a ciphertext moved to another row, altered, or made with an unknown key', () => {
    const c = encryptSecret(ring, 'secret', 'server-1');
    expect(() => decryptSecret(ring, c, 'server-2')).toThrow();
    const parts = c.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => decryptSecret(ring, parts.join('.'), 'server-1')).toThrow();
    expect(() => decryptSecret(keyringOf([generateKey()]), c, 'server-1')).toThrow(/master key/);
  });

  it('decrypts with an older key of the ring after a rotation', () => {
    const old = encryptSecret(ring, 'secret', 's');
    const rotated = keyringOf([generateKey(), ...ring.all]);
    expect(decryptSecret(rotated, old, 's')).toBe('secret');
  });

  it('parses keys as hex or base64 of 32 bytes only', () => {
    const k = generateKey();
    expect(parseKey(k.toString('hex'), 'K').equals(k)).toBe(true);
    expect(parseKey(k.toString('base64'), 'K').equals(k)).toBe(true);
    expect(() => parseKey('short', 'CANOPY_MASTER_KEY')).toThrow(/CANOPY_MASTER_KEY must be 32 bytes/);
  });

  it('keeps the embedded default key in a 0600 file, created once', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-key-'));
    const file = path.join(dir, 'master-key.json');
    const a = await readOrCreateKeyFile(file);
    const b = await readOrCreateKeyFile(file);
    expect(a[0]!.equals(b[0]!)).toBe(true);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    await fs.rm(dir, { recursive: true });
  });
});
