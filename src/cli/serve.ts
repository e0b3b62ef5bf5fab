import { openContext } from './context.js';
import { firstProviderHint, noAccountYet } from './first-start.js';
import { closeOnSignal } from './lifecycle.js';

/** `canopy serve`: the HTTPS API (and, later, the dashboard) until SIGINT/SIGTERM. */
export async function serveCommand(): Promise<void> {
  const ctx = await openContext({ oneShot: false });
  closeOnSignal(ctx.logger, ctx.config.shutdownTimeoutMs, ctx.shutdown);
  const { url } = await ctx.app.startHttp();
  ctx.logger.info({ url }, `Canopy API listening on ${url}`);
  // A first real start: say how to create the first provider (once, on stdout; a failed look-up only skips the hint).
  try {
    if (await noAccountYet(ctx.app.db)) process.stdout.write(firstProviderHint(ctx.config.publicUrl));
  } catch (err) {
    ctx.logger.warn({ err }, 'could not check whether any account exists');
  }
}
