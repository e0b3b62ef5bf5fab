import { migrateWorkerSchema } from '../jobs/worker.js';
import { openContext } from './context.js';

/** `canopy migrate`: applies pending migrations (Canopy's and the job queue's), then exits. */
export async function migrateCommand(): Promise<void> {
  const ctx = await openContext({ oneShot: true }); // createApp migrates Canopy's schema
  try {
    await migrateWorkerSchema(ctx.database.url, ctx.logger);
    process.stdout.write('Database is up to date.\n');
  } finally {
    await ctx.shutdown();
  }
}
