import fs from 'node:fs';
import path from 'node:path';
import { parseAllowList } from '../outbound/address-rules.js';
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

/**
 * The portal hosts `canopy demo` opted in on this data directory (its simulator: demo.ts writes the file), so that every
 * command on the same data directory may contact what the running demo contacts, as it trusts what it trusts.
 */
export const DEMO_ALLOW_FILE = 'demo-outbound-allow-hosts';

export function configAndLogger(oneShot: boolean): { config: Config; logger: Logger } {
  const loaded = loadConfig();
  let demoHosts = '';
  try {
    demoHosts = fs.readFileSync(path.join(loaded.dataDir, DEMO_ALLOW_FILE), 'utf8').trim();
  } catch {
    // no demo on this data directory
  }
  const config = demoHosts ? { ...loaded, outboundAllowHosts: [...loaded.outboundAllowHosts, ...parseAllowList(demoHosts)] } : loaded;
  return { config, logger: createLogger({ level: config.logLevel, pretty: config.logPretty, toStderr: oneShot }) };
}

export async function openContext(opts: {
  oneShot: boolean;
  outboundCa?: string;
  base?: { config: Config; logger: Logger };
}): Promise<CommandContext> {
  const { config, logger } = opts.base ?? configAndLogger(opts.oneShot);
  const database = await locateDatabase(config, logger);
  let app: App;
  try {
    app = await createApp({
      config,
      logger,
      databaseUrl: database.url,
      oneShot: opts.oneShot,
      ...(opts.outboundCa ? { outboundCa: opts.outboundCa } : {}),
    });
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
