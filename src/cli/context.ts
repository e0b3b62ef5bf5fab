import { loadConfig, type Config } from '../config/config.js';
import { locateDatabase, type DatabaseLocation } from '../db/connection.js';
import { createApp, type App } from '../app.js';
import { createLogger, type Logger } from '../observability/logger.js';

/** What every database-backed subcommand starts with: config, logger, the database (embedded or not), the app. */
export interface CommandContext {
  config: Config;
  logger: Logger;
  database: DatabaseLocation;
  app: App;
  /** Closes the app, then releases the database (stopping the embedded cluster if this process started it). */
  shutdown(): Promise<void>;
}

export async function openContext(opts: { oneShot: boolean }): Promise<CommandContext> {
  const config = loadConfig();
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.logPretty,
    toStderr: opts.oneShot,
  });
  const database = await locateDatabase(config, logger);
  let app: App;
  try {
    app = await createApp({ config, logger, databaseUrl: database.url });
  } catch (err) {
    await database.release();
    throw err;
  }
  return {
    config,
    logger,
    database,
    app,
    shutdown: async () => {
      await app.close();
      await database.release();
    },
  };
}
