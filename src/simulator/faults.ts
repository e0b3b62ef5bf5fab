import { z } from 'zod';
import { SeededRandom, hash3, seedKey } from './seeded-random.js';

/**
 * Fault injection for data requests (customer list and counters; never log-in). Each request draws once: with
 * probability error_rate it is answered 500, timeout_rate never answered, reset_rate reset, throttle_rate answered
 * 429 with Retry-After, malformed_rate answered 200 with a body that is not valid JSON; otherwise normally. The
 * rates therefore add up to at most 1. Latency (± jitter) is added before the draw, to every data request.
 * max_concurrency is not drawn: it is the portal's rate limiter (traffic.ts), which answers 429 at once to a data
 * request arriving while that many are already in flight, before any latency or draw.
 */
export interface FaultSettings {
  latency_ms: number;
  jitter_ms: number;
  error_rate: number;
  timeout_rate: number;
  reset_rate: number;
  malformed_rate: number;
  throttle_rate: number;
  /** The Retry-After (seconds) of a 429 drawn by throttle_rate. */
  retry_after_s: number;
  /** The most data requests in flight at once (null: unlimited); one more is answered 429 at once. */
  max_concurrency: number | null;
}

export type FaultKind = 'error' | 'timeout' | 'reset' | 'throttle' | 'malformed';
export const FAULT_KINDS: readonly FaultKind[] = ['error', 'timeout', 'reset', 'throttle', 'malformed'];

type RateKey = 'error_rate' | 'timeout_rate' | 'reset_rate' | 'throttle_rate' | 'malformed_rate';
const RATE_OF: Readonly<Record<FaultKind, RateKey>> = {
  error: 'error_rate',
  timeout: 'timeout_rate',
  reset: 'reset_rate',
  throttle: 'throttle_rate',
  malformed: 'malformed_rate',
};

export const NO_FAULTS: Readonly<FaultSettings> = Object.freeze({
  latency_ms: 0,
  jitter_ms: 0,
  error_rate: 0,
  timeout_rate: 0,
  reset_rate: 0,
  malformed_rate: 0,
  throttle_rate: 0,
  retry_after_s: 1,
  max_concurrency: null,
});

const rate = z.number().min(0).max(1);
const ms = z.number().int().min(0).max(600_000);

/** A change to the fault settings (POST /_sim/control {"faults": …}); unknown keys are refused. */
export const faultPatchSchema = z
  .object({
    latency_ms: ms,
    jitter_ms: ms,
    error_rate: rate,
    timeout_rate: rate,
    reset_rate: rate,
    malformed_rate: rate,
    throttle_rate: rate,
    retry_after_s: z.number().int().min(0).max(86_400),
    /** null: unlimited. */
    max_concurrency: z.number().int('must be a positive integer or null').min(1, 'must be a positive integer or null').nullable(),
  })
  .partial()
  .strict();

export type FaultPatch = z.infer<typeof faultPatchSchema>;

/**
 * The settings after a patch: latency without an explicit jitter gets ± a quarter of it. Throws RangeError when the
 * rates add up to more than 1.
 */
export function applyFaultPatch(current: FaultSettings, patch: FaultPatch): FaultSettings {
  const next: FaultSettings = { ...current, ...patch };
  if (patch.latency_ms !== undefined && patch.jitter_ms === undefined) next.jitter_ms = Math.round(patch.latency_ms / 4);
  if (next.jitter_ms > next.latency_ms) next.jitter_ms = next.latency_ms;
  const total = FAULT_KINDS.reduce((sum, kind) => sum + next[RATE_OF[kind]], 0);
  if (total > 1 + 1e-9) throw new RangeError(`the fault rates add up to ${total.toFixed(3)}; at most 1 is possible.`);
  return next;
}

export class FaultInjector {
  private current: FaultSettings;
  // Seeded, so a single-threaded client sees the same fault sequence on every run.
  private readonly rnd: SeededRandom;

  constructor(initial: FaultSettings = NO_FAULTS, seed = 1) {
    this.current = applyFaultPatch(NO_FAULTS, initial);
    this.rnd = new SeededRandom(hash3(seedKey(seed), 0x6661756c, 0));
  }

  get settings(): FaultSettings {
    return { ...this.current };
  }

  update(patch: FaultPatch): FaultSettings {
    this.current = applyFaultPatch(this.current, patch);
    return this.settings;
  }

  /** The concurrency limit of data requests (null: unlimited); a getter without the copy of `settings`, for the hot path. */
  get maxConcurrency(): number | null {
    return this.current.max_concurrency;
  }

  /** Milliseconds to wait before answering a data request (0 when no latency is configured). */
  delayMs(): number {
    const { latency_ms, jitter_ms } = this.current;
    if (latency_ms === 0) return 0;
    return Math.max(0, Math.round(latency_ms + (this.rnd.next() * 2 - 1) * jitter_ms));
  }

  /** The fault for the next data request, if any. */
  pick(): FaultKind | undefined {
    const s = this.current;
    if (s.error_rate + s.timeout_rate + s.reset_rate + s.throttle_rate + s.malformed_rate === 0) return undefined;
    let r = this.rnd.next();
    for (const kind of FAULT_KINDS) {
      r -= s[RATE_OF[kind]];
      if (r < 0) return kind;
    }
    return undefined;
  }
}
