import { randomBytes } from 'node:crypto';
import {
  DEPOSIT_CEILING_PAGES_DEFAULT,
  MANUAL_DEPOSIT_MAX_PAGES_DEFAULT,
  TRANSACTION_MAX_TREES_DEFAULT,
  type Config,
} from '../../src/config/config.js';
import { parseAllowList } from '../../src/outbound/address-rules.js';

/** What tests connect to: simulators and receivers on this machine (the security suite sets its own). */
export const LOOPBACK_ALLOWED = 'localhost,127.0.0.1,::1';

/** A Config for tests: no environment read, a free port, a temporary data directory. */
export function testConfig(overrides: Partial<Config> & { dataDir: string }): Config {
  return {
    databaseUrl: undefined,
    host: '127.0.0.1',
    port: 0,
    publicUrl: 'https://localhost:0',
    tls: undefined,
    logLevel: 'silent',
    logPretty: false,
    workerConcurrency: 1,
    opsConcurrency: 1,
    maxRunsPerAccount: 2,
    shutdownTimeoutMs: 5_000,
    masterKey: randomBytes(32).toString('base64'),
    previousMasterKeys: [],
    collectHour: 2,
    portalTimeoutMs: 2_000,
    now: undefined,
    smtp: undefined,
    certifyGraceDays: 5,
    quoteRate: 0.0003,
    manualDepositMaxPages: MANUAL_DEPOSIT_MAX_PAGES_DEFAULT,
    transactionMaxTrees: TRANSACTION_MAX_TREES_DEFAULT,
    depositCeilingPages: DEPOSIT_CEILING_PAGES_DEFAULT,
    rateLimitPerMinute: 100_000,
    outboundAllowHosts: parseAllowList(LOOPBACK_ALLOWED),
    trustProxy: undefined,
    ...overrides,
  };
}
