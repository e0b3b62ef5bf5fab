import type { Config } from '../config/config.js';
import type { Logger } from '../observability/logger.js';
import { startEmbeddedCluster } from './embedded.js';

export interface DatabaseLocation {
  url: string;
  embedded: boolean;
  /** Stops the embedded cluster if this process started it; otherwise does nothing. */
  release(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded cluster of $CANOPY_DATA_DIR: started (also after stopping one its dead
 * owner left running), or attached to while the process that started it lives (embedded.ts).
 */
export async function locateDatabase(config: Config, logger: Logger): Promise<DatabaseLocation> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, release: async () => {} };
  const cluster = await startEmbeddedCluster(config.dataDir, logger);
  return { url: cluster.url, embedded: true, release: cluster.stop };
}
