import { PortalError } from './portal-error.js';

/**
 * How many requests may be in flight to one portal (docs/domain.md, Collection: politeness). Every request attempt
 * passes through a gate; the gate learns the portal's capacity from the answers, within a fixed cap:
 * - at cap 1 it is a plain one-at-a-time queue (strictly serial, as the seed promises);
 * - above, it starts at 1 and adds one request in flight per window of answers whose latency stays under twice the floor
 *   (the lowest seen), like TCP Vegas and Netflix's concurrency-limits;
 * - congestion (429, 503, a timeout, or latency well above the floor) cuts the limit multiplicatively; a refusal (429
 *   or 503) also remembers the level it came at: the gate stays below it and probes that level again only rarely,
 *   after PROBE_AFTER answers, doubling the wait after each refused probe (every 429 may count against a quota);
 * - RAISE_AFTER answers accepted at a remembered level, with no refusal, raise it: the portal has more room now.
 * The refused attempt itself is retried by the connector's resilience, after the portal's Retry-After.
 */
export interface RequestGate {
  /** Runs one request attempt when the gate lets it: `fn` resolves or throws as the attempt does. */
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export interface ConcurrencyStats {
  /** In-flight requests at each attempt's start (its own included): min, median, max; 0 when none ran. */
  min: number;
  median: number;
  max: number;
  /** Attempts the portal refused (429 or 503). */
  throttled: number;
  /** Attempts in all. */
  requests: number;
}

/** Answers at a level below a remembered refusal before the gate tries that level again (doubled per refusal). */
export const PROBE_AFTER = 100;
/** Answers accepted at the refused level, with no refusal meanwhile, that raise it by one. */
const RAISE_AFTER = 20;
/** Latency above this many times the floor (and SLACK_MS more) is congestion; below it there is room for one more (no
 * dead zone between the two: on a busy machine latency read in between would freeze the limit where it is). */
const RISING = 2;
/** Timer and scheduling noise that says nothing of the portal (a fast portal's 2 ms can read as 6). */
const SLACK_MS = 10;
/** How long a timed-out request's slot stays taken after Canopy gave up on it. */
const TIMEOUT_GRACE_MS = 100;
/** The multiplicative decrease on congestion. */
const BACKOFF = 0.7;

export class AdaptiveConcurrency implements RequestGate {
  private limit = 1;
  private inFlight = 0;
  private floorMs = Number.POSITIVE_INFINITY;
  /** The lowest in-flight level a refusal came at (the gate stays below it), or null. */
  private refusedAt: number | null = null;
  private probeAfter = PROBE_AFTER;
  private sinceRefusal = 0;
  private acceptedAtRefused = 0;
  /** After a cut, no other cut until an attempt started after it ends (one cut per round trip). */
  private cutEpoch = 0;
  private epoch = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly levels: number[] = [];
  private throttled = 0;

  /**
   * `share`: a budget shared with other runs (the portal host's slots, collector/host-budget.ts): the gate never has
   * more in flight than `share.count()`, and calls `share.want(n)` when it would have n. Call `refresh()` when the share
   * grew.
   */
  constructor(
    private readonly cap: number,
    private readonly share?: { count(): number; want(n: number): void },
  ) {
    if (!(Number.isInteger(cap) && cap >= 1)) throw new RangeError(`the concurrency cap must be a positive integer (got ${cap}).`);
  }

  /** The current limit (whole requests in flight), within the shared budget when there is one. */
  current(): number {
    const own = Math.max(1, Math.min(this.cap, Math.floor(this.limit)));
    if (!this.share) return own;
    if (this.share.count() < own) this.share.want(own);
    return Math.min(own, this.share.count());
  }

  /** The shared budget grew: let waiting attempts go. */
  refresh(): void {
    this.wake();
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    while (this.inFlight >= this.current()) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    const level = this.inFlight;
    const started = performance.now();
    const epoch = this.epoch;
    this.levels.push(level);
    try {
      const value = await fn();
      this.onAnswer(level, performance.now() - started, epoch);
      return value;
    } catch (err) {
      if (isRefusal(err)) this.onRefusal(level, epoch);
      else if (err instanceof PortalError && err.kind === 'timeout') {
        this.cut(epoch);
        // Canopy gave up, but the portal may not have seen the connection close yet: the slot stays taken a moment
        // longer, so the next request never overlaps the abandoned one there.
        await new Promise((r) => setTimeout(r, TIMEOUT_GRACE_MS));
      } else this.onAnswer(level, performance.now() - started, epoch); // an answer, if not a welcome one
      throw err;
    } finally {
      this.inFlight--;
      this.wake();
    }
  }

  stats(): ConcurrencyStats {
    const sorted = [...this.levels].sort((a, b) => a - b);
    const n = sorted.length;
    return {
      min: sorted[0] ?? 0,
      median: n ? sorted[Math.floor((n - 1) / 2)]! : 0,
      max: sorted[n - 1] ?? 0,
      throttled: this.throttled,
      requests: n,
    };
  }

  private onAnswer(level: number, ms: number, epoch: number): void {
    if (this.cap === 1) return;
    this.floorMs = Math.min(this.floorMs, ms);
    // Answers at the refused level, again and again, mean the portal has more room now (one alone may be noise: a
    // request counted in flight here can have been answered there already).
    if (this.refusedAt !== null && level >= this.refusedAt && ++this.acceptedAtRefused >= RAISE_AFTER) {
      this.refusedAt++;
      this.acceptedAtRefused = 0;
    }
    this.sinceRefusal++;
    if (ms > RISING * this.floorMs + SLACK_MS) {
      this.cut(epoch);
      return;
    }
    let next = this.limit + 1 / Math.max(1, Math.floor(this.limit)); // one more per window of answers
    if (this.refusedAt !== null && next >= this.refusedAt) {
      if (this.sinceRefusal >= this.probeAfter) {
        next = this.refusedAt; // a rare probe at the refused level
        this.sinceRefusal = 0;
      } else next = Math.min(next, this.refusedAt - 1);
    }
    this.limit = Math.min(this.cap, next);
    this.wake();
  }

  private onRefusal(level: number, epoch: number): void {
    this.throttled++;
    if (this.cap === 1) return;
    if (this.refusedAt !== null && level >= this.refusedAt) this.probeAfter *= 2; // a probe refused: wait longer
    this.refusedAt = Math.max(2, Math.min(level, this.refusedAt ?? level));
    this.sinceRefusal = 0;
    this.acceptedAtRefused = 0;
    this.cut(epoch);
    this.limit = Math.min(this.limit, this.refusedAt - 1);
  }

  private cut(epoch: number): void {
    if (this.cap === 1 || epoch < this.cutEpoch) return; // already cut for this round trip
    this.limit = Math.max(1, this.limit * BACKOFF);
    this.epoch++;
    this.cutEpoch = this.epoch;
  }

  /** Lets as many waiting attempts go as there is room for (each checks again when it resumes). */
  private wake(): void {
    for (let room = this.current() - this.inFlight; room > 0 && this.waiting.length; room--) this.waiting.shift()!();
  }
}

/** 429, or 503 (a portal over its capacity). */
function isRefusal(err: unknown): boolean {
  return err instanceof PortalError && (err.kind === 'throttled' || (err.kind === 'server_error' && err.httpStatus === 503));
}
