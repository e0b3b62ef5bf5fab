import { openContext } from './context.js';
import { closeOnSignal } from './lifecycle.js';

/** `canopy worker`: the job runner until SIGINT/SIGTERM (running jobs finish first). */
export async function workerCommand(): Promise<void> {
  const ctx = await openContext({ oneShot: false });
  closeOnSignal(ctx.logger, ctx.config.shutdownTimeoutMs, ctx.shutdown);
  await ctx.app.startWorker();
  ctx.logger.info('Canopy worker started');
}
