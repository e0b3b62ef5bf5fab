import { FAULT_KINDS, type FaultKind } from './faults.js';

/** What a request to the simulator is, for /_sim/stats. `sim` (the /_sim/* endpoints) is never counted. */
export type RequestKind = 'token' | 'customers' | 'summary' | 'other' | 'sim';

export const SUMMARY_PATH = /^\/api\/v1\/customers\/([^/]+)\/meter-readings\/summary$/;
/** Both token paths of the portal family, whichever one this portal serves: probing a log-in is no write. */
const TOKEN_PATHS: ReadonlySet<string> = new Set(['/api/v1/token', '/token']);

/** Successful token issues, by how they were asked for: the JSON log-in, the OAuth2 password or refresh grant. */
export type TokenGrant = 'json' | 'password' | 'refresh_token';

export function classifyRequest(method: string, url: string): RequestKind {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (path.startsWith('/_sim/')) return 'sim';
  if (method === 'POST' && TOKEN_PATHS.has(path)) return 'token';
  if (method === 'GET' && path === '/api/v1/customers') return 'customers';
  if (method === 'GET' && SUMMARY_PATH.test(path)) return 'summary';
  return 'other';
}

/** Data requests are the ones faults apply to and concurrency is measured on. */
export function isDataRequest(kind: RequestKind): boolean {
  return kind === 'customers' || kind === 'summary';
}

export interface StatsSnapshot {
  requests: Record<Exclude<RequestKind, 'sim'>, number>;
  statuses: Record<string, number>;
  write_attempts: number;
  max_concurrent: number;
  /** Additions to the contract: data requests in flight now, and faults injected by kind. */
  in_flight: number;
  faults: Record<FaultKind, number>;
  /**
   * Additions: the most data requests in flight at once (the same figure as max_concurrent, under the name the
   * concurrency limit speaks of), and how many data requests the limit (max_concurrency) answered 429.
   */
  max_in_flight: number;
  throttled: number;
  /** Addition: tokens issued, by grant. */
  token_grants: Record<TokenGrant, number>;
}

/** Counters behind GET /_sim/stats. */
export class SimStats {
  private requests = { token: 0, customers: 0, summary: 0, other: 0 };
  private statuses = new Map<number, number>();
  private writeAttempts = 0;
  private maxConcurrent = 0;
  private inFlightCount = 0;
  private faults = emptyFaults();
  private throttledCount = 0;
  private grants = emptyGrants();

  /** A request arrived. Any non-GET other than log-in is a write attempt (the product must never send one). */
  request(kind: Exclude<RequestKind, 'sim'>, method: string): void {
    this.requests[kind]++;
    if (method !== 'GET' && kind !== 'token') this.writeAttempts++;
  }

  status(code: number): void {
    this.statuses.set(code, (this.statuses.get(code) ?? 0) + 1);
  }

  /** A token was issued. */
  granted(grant: TokenGrant): void {
    this.grants[grant]++;
  }

  fault(kind: FaultKind): void {
    this.faults[kind]++;
  }

  /** Data requests in flight now (arrived and not yet answered, reset or abandoned); what the concurrency limit checks. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** A data request was answered 429 by the concurrency limit (it never counted as in flight). */
  throttledByLimit(): void {
    this.throttledCount++;
  }

  /** A data request started; returns the function to call once it is over (answered, reset or abandoned). */
  enter(): () => void {
    this.inFlightCount++;
    if (this.inFlightCount > this.maxConcurrent) this.maxConcurrent = this.inFlightCount;
    let left = false;
    return () => {
      if (!left) {
        left = true;
        this.inFlightCount--;
      }
    };
  }

  snapshot(): StatsSnapshot {
    const statuses: Record<string, number> = {};
    for (const [code, n] of [...this.statuses].sort((a, b) => a[0] - b[0])) statuses[String(code)] = n;
    return {
      requests: { ...this.requests },
      statuses,
      write_attempts: this.writeAttempts,
      max_concurrent: this.maxConcurrent,
      in_flight: this.inFlightCount,
      faults: { ...this.faults },
      max_in_flight: this.maxConcurrent,
      throttled: this.throttledCount,
      token_grants: { ...this.grants },
    };
  }

  /** Zeroes every counter; max_concurrent (max_in_flight) restarts from the requests in flight now. */
  reset(): void {
    this.requests = { token: 0, customers: 0, summary: 0, other: 0 };
    this.statuses = new Map();
    this.writeAttempts = 0;
    this.maxConcurrent = this.inFlightCount;
    this.faults = emptyFaults();
    this.throttledCount = 0;
    this.grants = emptyGrants();
  }
}

function emptyGrants(): Record<TokenGrant, number> {
  return { json: 0, password: 0, refresh_token: 0 };
}

function emptyFaults(): Record<FaultKind, number> {
  return Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
}
