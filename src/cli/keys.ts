import { rotateMasterKey } from '../secrets/key-rotation.js';
import { openContext } from './context.js';

/** `canopy keys rotate`: re-encrypts every portal credential under a new (or newly configured) master key. */
export async function rotateKeysCommand(): Promise<void> {
  const ctx = await openContext({ oneShot: true });
  try {
    const r = await rotateMasterKey(ctx.app.db, ctx.config, ctx.app.keyring());
    process.stdout.write(`Re-encrypted ${r.reencrypted} credential(s) under master key ${r.keyId}.\n`);
  } finally {
    await ctx.shutdown();
  }
}
