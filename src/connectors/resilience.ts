import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
} from 'cockatiel';
import { PortalError, isRetryablePortalError } from './portal-error.js';

/**
 * Bounded retries with exponential backoff and jitter, and a circuit breaker, around one portal operation
 * (ARCHITECTURE.md "Every retry has a bound and backoff with jitter"; issue 4 item 5).
 * - Retried: PortalErrors marked retryable (5xx, 429, timeouts, resets, bad JSON, …). A 429's Retry-After replaces the
 *   backoff for that attempt, capped by maxDelayMs.
 * - The breaker sees every attempt: after `threshold` consecutive retryable failures it opens for halfOpenAfterMs;
 *   while open, operations fail at once with PortalError 'circuit_open' (no request sent); then one trial request
 *   decides whether it closes again. Non-retryable answers (404, rejected credentials) neither count nor reset it.
 */

export interface RetryOptions {
  /** Attempts in all, the first included (1 = no retries). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface BreakerOptions {
  /** Consecutive failed attempts that open the circuit. */
  threshold: number;
  /** How long it stays open before a trial request. */
  halfOpenAfterMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 5_000 };
export const DEFAULT_BREAKER: Readonly<BreakerOptions> = { threshold: 10, halfOpenAfterMs: 30_000 };

export interface RetryEvent {
  /** 1 for the first retry. */
  attempt: number;
  delayMs: number;
  error: unknown;
}

export interface Resilience {
  /** Runs fn with retries behind the breaker; fn is called once per attempt. */
  execute<T>(fn: () => Promise<T>): Promise<T>;
  /** 'closed' | 'open' | 'half-open' (for logs and tests). */
  state(): 'closed' | 'open' | 'half-open' | 'isolated';
}

/**
 * Backoff with jitter (cockatiel's decorrelated-jitter exponential backoff from baseDelayMs, capped at maxDelayMs),
 * except after a 429 carrying Retry-After: then exactly that long, capped at maxDelayMs.
 */
export class RetryAfterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  /** `previous`: the exponential sequence so far (none before the first retry). */
  constructor(
    private readonly opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
    private readonly previous?: IBackoff<unknown>,
  ) {}

  next(context: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    const step = this.previous
      ? this.previous.next(undefined)
      : new ExponentialBackoff({ initialDelay: this.opts.baseDelayMs, maxDelay: this.opts.maxDelayMs }).next();
    const error = 'error' in context.result ? context.result.error : undefined;
    const hinted = error instanceof PortalError ? error.retryAfterMs : undefined;
    const duration = Math.max(0, Math.min(hinted ?? step.duration, this.opts.maxDelayMs));
    const following = new RetryAfterBackoff(this.opts, step);
    return { duration, next: (ctx) => following.next(ctx) };
  }
}

export function createResilience(opts: {
  retry: RetryOptions;
  breaker: BreakerOptions;
  /** For the circuit_open message. */
  origin: string;
  onRetry?: (e: RetryEvent) => void;
  onBreak?: () => void;
}): Resilience {
  const maxAttempts = Math.max(1, Math.floor(opts.retry.maxAttempts));
  const retryPolicy = retry(handleWhen(isRetryablePortalError), {
    maxAttempts: maxAttempts - 1, // cockatiel counts retries, not attempts
    backoff: new RetryAfterBackoff(opts.retry),
  });
  const breakerPolicy = circuitBreaker(handleWhen(isRetryablePortalError), {
    halfOpenAfter: opts.breaker.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(Math.max(1, opts.breaker.threshold)),
  });
  if (opts.onRetry) {
    const onRetry = opts.onRetry;
    retryPolicy.onRetry((e) => onRetry({ attempt: e.attempt, delayMs: e.delay, error: 'error' in e ? e.error : undefined }));
  }
  if (opts.onBreak) breakerPolicy.onBreak(opts.onBreak);
  const policy = wrap(retryPolicy, breakerPolicy);
  const states = ['closed', 'open', 'half-open', 'isolated'] as const;

  return {
    async execute<T>(fn: () => Promise<T>): Promise<T> {
      try {
        return await policy.execute(() => fn());
      } catch (err) {
        if (err instanceof BrokenCircuitError) {
          throw new PortalError(
            'circuit_open',
            `Requests to the portal at ${opts.origin} are paused after ${opts.breaker.threshold} consecutive failures ` +
              `(circuit breaker open for ${Math.round(opts.breaker.halfOpenAfterMs / 1000)} s); try again later.`,
          );
        }
        throw err;
      }
    },
    state: () => states[breakerPolicy.state] ?? 'closed',
  };
}
