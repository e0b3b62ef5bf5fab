import { pino, type Logger } from 'pino';
import { redactUrl } from './url-redaction.js';

export type { Logger };

/**
 * Paths that may carry secrets anywhere in a log line. Redaction is always on, in every environment:
 * a secret that reaches a log in development reaches it in production too.
 */
export const redactPaths = [
  'password',
  '*.password',
  '*.*.password',
  'api_key',
  '*.api_key',
  'apiKey',
  '*.apiKey',
  'token',
  '*.token',
  'access_token',
  '*.access_token',
  'refresh_token',
  '*.refresh_token',
  'refreshToken',
  '*.refreshToken',
  'client_secret',
  '*.client_secret',
  'clientSecret',
  '*.clientSecret',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'connectionString',
  '*.connectionString',
  'databaseUrl',
  '*.databaseUrl',
  // URLs are kept, minus the tokens in them (src/observability/url-redaction.ts): request lines, links, webhooks.
  'url',
  '*.url',
  'req.originalUrl',
];

/** URLs lose their secret-looking parts; every other redacted path is replaced whole. */
function censor(value: unknown, path: string[]): unknown {
  const key = path[path.length - 1];
  if ((key === 'url' || key === 'originalUrl') && typeof value === 'string') return redactUrl(value);
  if ((key === 'url' || key === 'originalUrl') && value === undefined) return undefined;
  return '[redacted]';
}

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  /** One-shot CLI commands log to stderr so their stdout stays machine-readable. */
  toStderr?: boolean;
  destination?: pino.DestinationStream;
}

export function createLogger(opts: LoggerOptions): Logger {
  const base: pino.LoggerOptions = {
    level: opts.level,
    redact: { paths: redactPaths, censor },
    base: { service: 'canopy' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (opts.destination) return pino(base, opts.destination);
  const fd = opts.toStderr ? 2 : 1;
  if (opts.pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { destination: fd, colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' },
      },
    });
  }
  return pino(base, pino.destination({ fd, sync: false }));
}
