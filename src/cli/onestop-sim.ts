import { loadConfig } from '../config/config.js';
import { BadRequestError } from '../errors.js';
import { createLogger } from '../observability/logger.js';
import { startSimulator } from '../simulator/sim-server.js';
import { parseStaleList, simulatorOptionsSchema, type SimulatorOptionsInput } from '../simulator/sim-options.js';
import { closeOnSignal } from './lifecycle.js';
import type { OnestopSimCliOptions } from './onestop-sim-options.js';

export type { OnestopSimCliOptions };

const DEFAULT_PORT = 9443;

/** Option paths of SimulatorOptions → the flag a user typed, for error messages. */
const FLAG_OF: Readonly<Record<string, string>> = {
  historyDays: '--history-days',
  tlsDir: '--tls-dir',
  tokenTtlS: '--token-ttl',
  'faults.latency_ms': '--latency-ms',
  'faults.jitter_ms': '--jitter-ms',
  'faults.error_rate': '--error-rate',
  'faults.timeout_rate': '--timeout-rate',
  'faults.reset_rate': '--reset-rate',
  'faults.malformed_rate': '--malformed-rate',
  'faults.throttle_rate': '--throttle-rate',
  'faults.retry_after_s': '--retry-after',
  'faults.max_concurrency': '--max-concurrency',
  clientId: '--client-id',
  clientSecret: '--client-secret',
  customerList: '--customer-list',
};

/**
 * `canopy onestop-sim`: the OneStop MPS Portal simulator (docs/onestop-api.md) on HTTPS until SIGINT/SIGTERM.
 * Prints exactly one line on stdout once listening: `OneStop simulator listening on https://localhost:PORT · log in as
 * U / P (style) · trust CA`;
 * logs go to stderr.
 * Options arrive from commander as strings (ONESTOP_SIM_OPTIONS); this command applies defaults and validates,
 * exiting with code 2 on a bad value.
 */
export async function onestopSimCommand(opts: OnestopSimCliOptions): Promise<void> {
  const options = simulatorOptionsFromCli(opts);
  const checked = simulatorOptionsSchema.safeParse(options);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new BadRequestError(`${FLAG_OF[path] ?? `--${path.replace(/^stale\..*/, 'stale')}`}: ${issue?.message ?? 'invalid value'}`);
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty, toStderr: true });
  const sim = await startSimulator(options, { logger });
  closeOnSignal(logger, config.shutdownTimeoutMs, sim.close);
  logger.info(
    {
      url: sim.url,
      ca: sim.caFile,
      login: sim.login,
      ...(sim.replay
        ? { replay: sim.options.replay, profile: sim.replay.profile, exchanges: sim.replay.exchanges.length }
        : {
            customers: sim.options.customers,
            seed: sim.options.seed,
            historyDays: sim.options.historyDays,
            today: sim.options.today ?? 'Europe/London',
            customerList: sim.options.customerList,
            ids: sim.options.ids,
          }),
    },
    'OneStop simulator ready',
  );
  const replaying = sim.options.replay === undefined ? '' : ` (replaying ${sim.options.replay})`;
  // The credentials it accepts are a stand-in's, not secrets: printed so that a newcomer can log in at once.
  const login = `log in as ${sim.options.username} / ${sim.options.password} (${sim.login.auth} at ${sim.login.token_path})`;
  process.stdout.write(`OneStop simulator listening on ${sim.url}${replaying} · ${login} · trust ${sim.caFile}\n`);
}

/** Command-line strings → simulator options (validated again, with the defaults, by startSimulator). */
export function simulatorOptionsFromCli(opts: OnestopSimCliOptions): SimulatorOptionsInput {
  const faults: NonNullable<SimulatorOptionsInput['faults']> = {};
  const setFault = (key: keyof typeof faults, flag: string, value: string | undefined) => {
    if (value !== undefined) faults[key] = number(flag, value);
  };
  setFault('latency_ms', '--latency-ms', opts.latencyMs);
  setFault('jitter_ms', '--jitter-ms', opts.jitterMs);
  setFault('error_rate', '--error-rate', opts.errorRate);
  setFault('timeout_rate', '--timeout-rate', opts.timeoutRate);
  setFault('reset_rate', '--reset-rate', opts.resetRate);
  setFault('malformed_rate', '--malformed-rate', opts.malformedRate);
  setFault('throttle_rate', '--throttle-rate', opts.throttleRate);
  setFault('retry_after_s', '--retry-after', opts.retryAfter);
  if (opts.maxConcurrency !== undefined) faults.max_concurrency = positiveInteger('--max-concurrency', opts.maxConcurrency);

  let stale: Array<{ customer: number; days: number }> = [];
  if (opts.stale !== undefined) {
    try {
      stale = parseStaleList(opts.stale);
    } catch (err) {
      throw new BadRequestError(`--stale: ${(err as Error).message}`);
    }
  }
  const optional = (flag: string, value: string | undefined) => (value === undefined ? undefined : number(flag, value));
  return {
    port: optional('--port', opts.port) ?? DEFAULT_PORT,
    host: opts.host,
    tlsDir: opts.tlsDir,
    username: opts.username,
    password: opts.password,
    customers: optional('--customers', opts.customers),
    seed: optional('--seed', opts.seed),
    historyDays: optional('--history-days', opts.historyDays),
    today: opts.today,
    paper: opts.paper as SimulatorOptionsInput['paper'],
    stale,
    faults,
    tokenTtlS: optional('--token-ttl', opts.tokenTtl),
    auth: opts.auth as SimulatorOptionsInput['auth'],
    ...(opts.tokenPath !== undefined ? { tokenPath: opts.tokenPath as SimulatorOptionsInput['tokenPath'] } : {}),
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    customerList: opts.customerList as SimulatorOptionsInput['customerList'],
    ids: opts.ids as SimulatorOptionsInput['ids'],
    replay: opts.replay,
  };
}

function number(flag: string, value: string): number {
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n)) throw new BadRequestError(`${flag} must be a number (got "${value}").`);
  return n;
}

function positiveInteger(flag: string, value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new BadRequestError(`${flag} must be a positive integer (got "${value}").`);
  return n;
}
