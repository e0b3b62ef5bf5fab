/** The options of `canopy onestop-sim` (ONESTOP-API.md), kept apart so the CLI can list them without loading the simulator. */
export interface OnestopSimCliOptions {
  port?: string;
  host?: string;
  tlsDir?: string;
  username?: string;
  password?: string;
  customers?: string;
  seed?: string;
  historyDays?: string;
  today?: string;
  latencyMs?: string;
  jitterMs?: string;
  errorRate?: string;
  timeoutRate?: string;
  resetRate?: string;
  malformedRate?: string;
  throttleRate?: string;
  retryAfter?: string;
  maxConcurrency?: string;
  tokenTtl?: string;
  paper?: string;
  stale?: string;
  auth?: string;
  tokenPath?: string;
  clientId?: string;
  clientSecret?: string;
  customerList?: string;
  ids?: string;
  replay?: string;
}

export const ONESTOP_SIM_OPTIONS: ReadonlyArray<{ flags: string; description: string }> = [
  { flags: '--port <n>', description: 'listen port, 0 = any free port (default: 9443)' },
  { flags: '--host <host>', description: 'interface to bind (default: localhost)' },
  {
    flags: '--tls-dir <dir>',
    description: 'where its CA (ca.pem) and server certificate live; created if missing (default: ./data/onestop-sim-tls)',
  },
  { flags: '--username <u>', description: 'the only username it accepts (default: demo)' },
  { flags: '--password <p>', description: 'the only password it accepts (default: demo-password)' },
  { flags: '--customers <n>', description: 'number of customers (default: 25)' },
  { flags: '--seed <n>', description: 'seed of the deterministic fleet model (default: 1)' },
  { flags: '--history-days <n>', description: 'days of history before today (default: 730)' },
  { flags: '--today <YYYY-MM-DD>', description: "the simulator's today (default: the real date in Europe/London)" },
  { flags: '--latency-ms <n>', description: 'added latency per data request (default: 0)' },
  { flags: '--jitter-ms <n>', description: '± jitter on the latency (default: a quarter of it)' },
  { flags: '--error-rate <f>', description: 'share of data requests answered 500 (default: 0)' },
  { flags: '--timeout-rate <f>', description: 'share of data requests never answered (default: 0)' },
  { flags: '--reset-rate <f>', description: 'share of data requests whose connection is reset (default: 0)' },
  { flags: '--malformed-rate <f>', description: 'share of data requests answered 200 with invalid JSON (default: 0)' },
  { flags: '--throttle-rate <f>', description: 'share of data requests answered 429 with Retry-After (default: 0)' },
  { flags: '--retry-after <s>', description: 'Retry-After of a 429, seconds (default: 1)' },
  {
    flags: '--max-concurrency <n>',
    description: 'data requests in flight at once; one more is answered 429 with Retry-After: 1 (default: unlimited)',
  },
  { flags: '--token-ttl <s>', description: 'token lifetime in seconds (default: 3600)' },
  { flags: '--paper <a4|letter>', description: "the fleet's paper profile (default: a4)" },
  { flags: '--stale <ID:DAYS,...>', description: 'customers whose agent stopped reporting DAYS days ago' },
  {
    flags: '--auth <json|oauth-password>',
    description: 'log-in: JSON at /api/v1/token, or the OAuth2 password grant (form-encoded) at /token (default: json)',
  },
  { flags: '--token-path <path>', description: 'where the log-in is posted: /api/v1/token or /token (default: by --auth)' },
  { flags: '--client-id <id>', description: 'with --auth oauth-password: the client id every token request must carry' },
  { flags: '--client-secret <secret>', description: 'with --client-id: the client secret every token request must carry' },
  { flags: '--customer-list <paged|array>', description: 'customer list as pages, or one bare array of all (default: paged)' },
  { flags: '--ids <integer|string>', description: 'customer ids as integers (1001) or strings (CUST-1001) (default: integer)' },
  { flags: '--replay <file>', description: 'answer from a recorded portal session (canopy portal capture) instead of the fleet model' },
];
