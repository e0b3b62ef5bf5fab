import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { parseAllowList, type AllowEntry } from '../outbound/address-rules.js';

/**
 * Every environment variable Canopy reads, with its default and meaning. This module is the only reader of
 * process.env; the rest of the code receives a typed Config.
 */
const port = z.coerce.number().int().min(0).max(65535);
const optionalString = z.string().trim().min(1).optional().catch(undefined);

/** Bounds of manual input (docs/domain.md): the defaults of MANUAL_DEPOSIT_MAX_PAGES and TRANSACTION_MAX_TREES. */
export const MANUAL_DEPOSIT_MAX_PAGES_DEFAULT = 10_000_000;
export const TRANSACTION_MAX_TREES_DEFAULT = 100_000;
/** The absolute ceiling of a feed deposit per customer-day covered (docs/domain.md, rule 3): DEPOSIT_CEILING_PAGES. */
export const DEPOSIT_CEILING_PAGES_DEFAULT = 1_000_000;

export const configSchema = z.object({
  DATABASE_URL: optionalString.describe(
    'PostgreSQL connection string. Unset: an embedded PostgreSQL is started in $CANOPY_DATA_DIR/postgres.',
  ),
  CANOPY_DATA_DIR: z.string().default('./data').describe('Directory for the embedded database, TLS files and demo credentials.'),
  HOST: z.string().default('localhost').describe('Interface the HTTPS server binds to (0.0.0.0 for all).'),
  PORT: port.default(8443).describe('HTTPS port (there is no plain-HTTP listener).'),
  PUBLIC_URL: optionalString.describe('Base URL people and clients use to reach Canopy. Default: https://localhost:$PORT.'),
  TLS_CERT_FILE: optionalString.describe(
    'PEM certificate chain for the HTTPS server. Unset: a local CA and localhost certificate in $CANOPY_DATA_DIR/tls.',
  ),
  TLS_KEY_FILE: optionalString.describe('PEM private key matching TLS_CERT_FILE.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level.'),
  LOG_PRETTY: z.enum(['auto', 'true', 'false']).default('auto').describe('Human-readable logs: auto = when stdout is a terminal.'),
  CANOPY_MASTER_KEY: optionalString.describe(
    'Master key for portal credentials (32 bytes, hex or base64). Required with DATABASE_URL; ' +
      'the embedded default keeps one in $CANOPY_DATA_DIR/master-key.json.',
  ),
  CANOPY_PREVIOUS_MASTER_KEYS: optionalString.describe(
    'Comma-separated older master keys that may still decrypt, during a rotation (see docs/operations.md).',
  ),
  COLLECT_HOUR: z.coerce
    .number()
    .int()
    .min(0)
    .max(23)
    .default(2)
    .describe("Local hour (each server's time zone) from which the nightly collection of yesterday runs."),
  PORTAL_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(300_000)
    .default(30_000)
    .describe('Hard deadline of one portal request (connect, headers and body together) before it is retried.'),
  CANOPY_NOW: optionalString.describe(
    'Start the clock at this ISO-8601 instant instead of the real time (demos and tests; time then runs on normally).',
  ),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4).describe('Jobs one worker process runs at once.'),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(600)
    .describe('API requests per minute per API key, session or client address (then 429 with Retry-After).'),
  CERTIFY_GRACE_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(60)
    .default(5)
    .describe('Business days after a month ends before its certificates are issued (late data can still arrive).'),
  QUOTE_RATE: z.coerce
    .number()
    .min(0)
    .max(1)
    .default(0.0003)
    .describe('Price per standard page of new quotes (/v1/quotes: price = standard_pages × rate, to the cent).'),
  MANUAL_DEPOSIT_MAX_PAGES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1e12)
    .default(MANUAL_DEPOSIT_MAX_PAGES_DEFAULT)
    .describe('Most pages one manual deposit (POST /v1/deposits) may have; more is a 400 (reason pages_out_of_bounds).'),
  TRANSACTION_MAX_TREES: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000_000)
    .default(TRANSACTION_MAX_TREES_DEFAULT)
    .describe('Most trees one transaction may buy; by pages or from a quote, the same bound in standard pages; more is a 400.'),
  MAX_RUNS_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(2)
    .describe("Collection runs at once of one provider account's servers, across all workers (the others wait their turn)."),
  OPS_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(2)
    .describe('Server checks one worker runs at once, in slots of their own (notifications and month closes have one more).'),
  DEPOSIT_CEILING_PAGES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1e12)
    .default(DEPOSIT_CEILING_PAGES_DEFAULT)
    .describe('Standard pages per customer-day above which a collected difference is held for review, whatever the history.'),
  SMTP_URL: optionalString.describe(
    'SMTP server for notification emails, e.g. smtp://user:pass@mail.example.com:587 (STARTTLS required) or smtps://…:465. ' +
      'Unset: notifications are written to the log.',
  ),
  SMTP_FROM: optionalString.describe('Sender of notification emails. Default: Canopy <canopy@HOST of PUBLIC_URL>.'),
  OUTBOUND_ALLOW_HOSTS: optionalString.describe(
    'Comma-separated host names, IP addresses or CIDR ranges Canopy may connect to although they are not public internet addresses ' +
      '(a portal or mail relay on your own network). Empty: only public addresses.',
  ),
  TRUST_PROXY: optionalString.describe(
    'Comma-separated addresses or CIDR ranges of the reverse proxies in front of Canopy; ' +
      'only then is X-Forwarded-For used for the client address. Unset: the connecting address.',
  ),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(25_000).describe('Longest wait for in-flight work on SIGINT/SIGTERM.'),
});

type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  publicUrl: string;
  tls: { certFile: string; keyFile: string } | undefined;
  logLevel: RawConfig['LOG_LEVEL'];
  logPretty: boolean;
  workerConcurrency: number;
  /** OPS_CONCURRENCY: the checks runner's slots (notifications, month closes and sweeps have a runner of one slot). */
  opsConcurrency: number;
  /** MAX_RUNS_PER_ACCOUNT. */
  maxRunsPerAccount: number;
  shutdownTimeoutMs: number;
  masterKey: string | undefined;
  previousMasterKeys: string[];
  collectHour: number;
  portalTimeoutMs: number;
  now: Date | undefined;
  smtp: { url: string; from: string } | undefined;
  certifyGraceDays: number;
  quoteRate: number;
  /** MANUAL_DEPOSIT_MAX_PAGES, TRANSACTION_MAX_TREES and DEPOSIT_CEILING_PAGES. */
  manualDepositMaxPages: number;
  transactionMaxTrees: number;
  depositCeilingPages: number;
  rateLimitPerMinute: number;
  /** OUTBOUND_ALLOW_HOSTS, parsed. */
  outboundAllowHosts: AllowEntry[];
  /** TRUST_PROXY: the proxies whose X-Forwarded-For is believed (Fastify's trustProxy), or undefined. */
  trustProxy: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, stdoutIsTty = Boolean(process.stdout.isTTY)): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const raw = parsed.data;
  if (Boolean(raw.TLS_CERT_FILE) !== Boolean(raw.TLS_KEY_FILE)) {
    throw new ConfigError('TLS_CERT_FILE and TLS_KEY_FILE must be set together.');
  }
  const publicUrl = (raw.PUBLIC_URL ?? `https://localhost:${raw.PORT}`).replace(/\/+$/, '');
  if (raw.SMTP_URL && !/^smtps?:\/\//.test(raw.SMTP_URL))
    throw new ConfigError('Invalid environment variable SMTP_URL: must start with smtp:// or smtps://.');
  return {
    outboundAllowHosts: parseList('OUTBOUND_ALLOW_HOSTS', raw.OUTBOUND_ALLOW_HOSTS),
    trustProxy: parseTrustProxy(raw.TRUST_PROXY),
    databaseUrl: raw.DATABASE_URL,
    dataDir: path.resolve(raw.CANOPY_DATA_DIR),
    host: raw.HOST,
    port: raw.PORT,
    publicUrl,
    tls: raw.TLS_CERT_FILE && raw.TLS_KEY_FILE ? { certFile: raw.TLS_CERT_FILE, keyFile: raw.TLS_KEY_FILE } : undefined,
    logLevel: raw.LOG_LEVEL,
    logPretty: raw.LOG_PRETTY === 'auto' ? stdoutIsTty : raw.LOG_PRETTY === 'true',
    workerConcurrency: raw.WORKER_CONCURRENCY,
    opsConcurrency: raw.OPS_CONCURRENCY,
    maxRunsPerAccount: raw.MAX_RUNS_PER_ACCOUNT,
    shutdownTimeoutMs: raw.SHUTDOWN_TIMEOUT_MS,
    masterKey: raw.CANOPY_MASTER_KEY,
    previousMasterKeys: (raw.CANOPY_PREVIOUS_MASTER_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    collectHour: raw.COLLECT_HOUR,
    portalTimeoutMs: raw.PORTAL_TIMEOUT_MS,
    now: parseNow(raw.CANOPY_NOW),
    certifyGraceDays: raw.CERTIFY_GRACE_DAYS,
    quoteRate: raw.QUOTE_RATE,
    manualDepositMaxPages: raw.MANUAL_DEPOSIT_MAX_PAGES,
    transactionMaxTrees: raw.TRANSACTION_MAX_TREES,
    depositCeilingPages: raw.DEPOSIT_CEILING_PAGES,
    rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE,
    smtp: raw.SMTP_URL ? { url: raw.SMTP_URL, from: raw.SMTP_FROM ?? `Canopy <canopy@${new URL(publicUrl).hostname}>` } : undefined,
  };
}

function parseList(name: string, text: string | undefined): AllowEntry[] {
  try {
    return parseAllowList(text);
  } catch (err) {
    throw new ConfigError(`Invalid environment variable ${name}: ${(err as Error).message}.`);
  }
}

/** Addresses and CIDR ranges only: a proxy is trusted by where its connection comes from, never by a name. */
function parseTrustProxy(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const entries = parseList('TRUST_PROXY', text);
  const named = entries.find((e) => e.kind === 'host');
  if (named)
    throw new ConfigError(
      `Invalid environment variable TRUST_PROXY: "${named.kind === 'host' ? named.name : ''}" is not an IP address or CIDR range.`,
    );
  return text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .join(',');
}

function parseNow(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw new ConfigError(`Invalid environment variable CANOPY_NOW: "${text}" is not an ISO-8601 instant.`);
  return d;
}

/** The configuration table printed by `canopy --help` (and copied into the README). */
export function describeConfig(): string {
  const rows = Object.entries(configSchema.shape).map(([name, schema]) => {
    const def = schema instanceof z.ZodDefault ? String(schema.def.defaultValue) : '';
    return `  ${name.padEnd(20)} ${schema.description ?? ''}${def ? ` (default: ${def})` : ''}`;
  });
  return `Environment:\n${rows.join('\n')}`;
}
