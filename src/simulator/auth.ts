import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';

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
