import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { SimStats } from './stats.js';

/** The only username and password the simulator accepts, unless told to reject every log-in. */
export class Credentials {
  accepting = true;
  private readonly expected: Buffer;

  constructor(username: string, password: string) {
    this.expected = digest(username, password);
  }

  check(username: string, password: string): boolean {
    return timingSafeEqual(digest(username, password), this.expected) && this.accepting;
  }
}

function digest(username: string, password: string): Buffer {
  return createHash('sha256')
    .update(JSON.stringify([username, password]))
    .digest();
}

/** Bearer tokens the simulator issued, each valid for the TTL in force when it was issued. */
export class TokenStore {
  private readonly expiries = new Map<string, number>();
  private issuedSinceSweep = 0;

  constructor(
    private readonly clock: Clock,
    /** Lifetime of newly issued tokens, in seconds. */
    public ttlS: number,
  ) {}

  issue(): { token: string; expiresIn: number } {
    const token = randomBytes(24).toString('base64url');
    this.expiries.set(token, this.clock.now().getTime() + this.ttlS * 1000);
    if (++this.issuedSinceSweep >= 1000) this.sweep();
    return { token, expiresIn: this.ttlS };
  }

  isValid(token: string): boolean {
    const expiry = this.expiries.get(token);
    return expiry !== undefined && this.clock.now().getTime() < expiry;
  }

  /** Every token issued so far stops working at once (the next data request gets a 401). */
  expireAll(): void {
    this.expiries.clear();
  }

  private sweep(): void {
    this.issuedSinceSweep = 0;
    const now = this.clock.now().getTime();
    for (const [token, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(token);
  }
}

/** Refresh tokens live this long (of the simulator's clock); each works once (rotation). */
export const REFRESH_TTL_MS = 24 * 60 * 60 * 1000;

export class RefreshTokens {
  private readonly expiries = new Map<string, number>();
  private issuedSinceSweep = 0;

  constructor(private readonly clock: Clock) {}

  issue(): string {
    const token = randomBytes(32).toString('base64url');
    this.expiries.set(token, this.clock.now().getTime() + REFRESH_TTL_MS);
    if (++this.issuedSinceSweep >= 1000) this.sweep();
    return token;
  }

  /** Whether the token is live; a live token is used up by this call. */
  use(token: string): boolean {
    const expiry = this.expiries.get(token);
    if (expiry === undefined) return false;
    this.expiries.delete(token);
    return this.clock.now().getTime() < expiry;
  }

  private sweep(): void {
    this.issuedSinceSweep = 0;
    const now = this.clock.now().getTime();
    for (const [token, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(token);
  }
}

/** What the log-in routes need (login-routes.ts, oauth.ts). */
export interface LoginDeps {
  credentials: Credentials;
  tokens: TokenStore;
  refresh: RefreshTokens;
  stats: SimStats;
  /** Client authentication the OAuth2 style requires (RFC 6749 §2.3.1); none when unset. */
  client?: { id: string; secret?: string | undefined } | undefined;
}

/** The body of a successful token answer around a fresh access token; `refresh` issues a refresh token if it is wanted. */
export type TokenAnswer = (issued: { token: string; expiresIn: number }, refresh: () => string) => Record<string, unknown>;
