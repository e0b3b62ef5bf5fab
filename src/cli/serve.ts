import { openContext } from './context.js';
import { closeOnSignal } from './lifecycle.js';

/** `canopy serve`: the HTTPS API (and, later, the dashboard) until SIGINT/SIGTERM. */
export async function serveCommand(): Promise<void> {
  const ctx = await openContext({ oneShot: false });
  closeOnSignal(ctx.logger, ctx.config.shutdownTimeoutMs, ctx.shutdown);
  const { url } = await ctx.app.startHttp();
  ctx.logger.info({ url }, `Canopy API listening on ${url}`);
}
