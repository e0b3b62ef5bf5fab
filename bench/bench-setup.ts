import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { createApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import type { Config } from '../src/config/config.js';
import { createLogger } from '../src/observability/logger.js';
import { simClient } from '../src/simulator/sim-test-client.js';
import { testConfig } from '../test/harness/config.js';
import { createBenchDatabase } from './bench-database.js';
import { startBenchSimulator } from './bench-simulator.js';

/**
 * What most collection benchmarks start with: a temporary directory, a fresh database, the simulator in a child
 * process (`simArgs`: its command's options; `--today` is added), its control client, a fixed clock at 09:00 UTC of
 * `today`, and the app on them. stop() releases all of it.
 */
export async function startCollectionBench(opts: {
  today: string;
  simArgs: string[];
  config?: Partial<Config>;
  dbPlugins?: KyselyPlugin[];
}) {
  const logger = createLogger({ level: 'warn', pretty: false, toStderr: true });
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-bench-'));
  await fs.chmod(tmp, 0o755);
  const database = await createBenchDatabase(tmp, logger);
  const sim = await startBenchSimulator(tmp, [...opts.simArgs, '--today', opts.today]);
  const control = simClient(sim);
  const clock = fixedClock(new Date(`${opts.today}T09:00:00Z`));
  const app = await createApp({
    config: testConfig({ dataDir: tmp, portalTimeoutMs: 10_000, ...opts.config }),
    logger,
    databaseUrl: database.url,
    clock,
    outboundCa: sim.ca,
    ...(opts.dbPlugins ? { dbPlugins: opts.dbPlugins } : {}),
  });
  return {
    tmp,
    logger,
    sim,
    control,
    clock,
    app,
    stop: async () => {
      await app.close();
      await control.close();
      await sim.stop();
      await database.drop();
      await fs.rm(tmp, { recursive: true, force: true });
    },
  };
}
