import { createHash } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { AuthAttemptKind } from '../db/schema.js';
import { TooManyRequestsError } from '../errors.js';
import * as q from './auth-attempt-queries.js';

/**
 * Limits on the public credential endpoints that no request header can reset: they are keyed on the client address
 * (the connecting address, or X-Forwarded-For only behind a TRUST_PROXY) and on the target e-mail, never on the
 * Authorization or Cookie header a caller is free to vary. Attempts live in the database (auth_attempts, the e-mail
 * hashed), so every Canopy process behind a load balancer sees the same counts.
 *
 * - sign-in: at most 10 attempts per address and e-mail, and 50 per address, in 15 minutes; and, across all
 *   addresses, after 10 failed sign-ins to one e-mail since its last success each further attempt waits twice as long
 *   as the one before (30 s, 1 min, 2 min, … at most 15 minutes), so guessing from many addresses stays slow while
 *   the owner of the address is only slowed, never locked out.
 * - password-reset requests: at most 10 per address in 15 minutes, and 3 per e-mail per hour.
 */

interface WindowLimit {
  by: 'pair' | 'ip' | 'subject';
  max: number;
  windowMs: number;
  message: string;
}

interface Backoff {
  freeFailures: number;
  baseMs: number;
  maxMs: number;
  /** Failures older than this are forgotten. */
  memoryMs: number;
}

const MINUTE = 60_000;

export const ATTEMPT_RULES: Record<AuthAttemptKind, { limits: WindowLimit[]; backoff?: Backoff }> = {
  sign_in: {
    limits: [
      { by: 'pair', max: 10, windowMs: 15 * MINUTE, message: 'Too many sign-in attempts for this e-mail address from your network' },
      { by: 'ip', max: 50, windowMs: 15 * MINUTE, message: 'Too many sign-in attempts from your network' },
    ],
    backoff: { freeFailures: 10, baseMs: 30_000, maxMs: 15 * MINUTE, memoryMs: 24 * 60 * MINUTE },
  },
  password_reset: {
    limits: [
      { by: 'ip', max: 10, windowMs: 15 * MINUTE, message: 'Too many password-reset requests from your network' },
      { by: 'subject', max: 3, windowMs: 60 * MINUTE, message: 'Too many password-reset requests for this e-mail address' },
    ],
  },
};

/** The wait that the backoff imposes after `failures` consecutive failures (0 while they are free). Pure. */
export function backoffDelayMs(failures: number, b: Backoff): number {
  if (failures < b.freeFailures) return 0;
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.min(30, failures - b.freeFailures));
}

export function subjectHash(subject: string): string {
  return createHash('sha256').update(subject.trim().toLowerCase()).digest('hex');
}

export interface Attempt {
  /** Records how the attempt ended (a sign-in: the password was right or wrong). */
  finish(outcome: 'ok' | 'failed'): Promise<void>;
}

const CLEANUP_EVERY_MS = 10 * MINUTE;
const KEEP_MS = 24 * 60 * MINUTE;

export function createAuthAttempts(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  let lastCleanup = 0;

  function retryAfter(seconds: number, message: string): TooManyRequestsError {
    const wait = Math.max(1, Math.ceil(seconds));
    const shown = wait >= 120 ? `${Math.ceil(wait / 60)} minutes` : `${wait} seconds`;
    return new TooManyRequestsError(`${message}: please try again in ${shown}.`, wait);
  }

  return {
    /**
     * Starts an attempt, or throws TooManyRequestsError (429 with Retry-After) when a limit is reached. The attempt is
     * recorded before the limits are counted, so concurrent attempts count each other.
     */
    async begin(kind: AuthAttemptKind, subject: string, ip: string): Promise<Attempt> {
      const now = clock.now();
      const hash = subjectHash(subject);
      const rules = ATTEMPT_RULES[kind];
      if (now.getTime() - lastCleanup > CLEANUP_EVERY_MS) {
        lastCleanup = now.getTime();
        await q.deleteAttemptsBefore(db, new Date(now.getTime() - KEEP_MS));
      }
      const id = await q.insertPendingAttempt(db, { kind, subjectHash: hash, ip, at: now });
      const block = async (err: TooManyRequestsError): Promise<never> => {
        await q.setAttemptOutcome(db, id, 'blocked');
        throw err;
      };

      for (const limit of rules.limits) {
        const row = await q.countAttempts(db, {
          kind,
          since: new Date(now.getTime() - limit.windowMs),
          ip: limit.by !== 'subject' ? ip : undefined,
          subjectHash: limit.by !== 'ip' ? hash : undefined,
        });
        if (row.n > limit.max) {
          const oldest = new Date(row.oldest);
          await block(retryAfter((oldest.getTime() + limit.windowMs - now.getTime()) / 1000, limit.message));
        }
      }

      if (rules.backoff) {
        const b = rules.backoff;
        const row = await q.failuresSinceLastSuccess(db, { kind, subjectHash: hash, since: new Date(now.getTime() - b.memoryMs) });
        const delay = backoffDelayMs(row.failures, b);
        if (delay > 0 && row.last) {
          const waitMs = new Date(row.last).getTime() + delay - now.getTime();
          if (waitMs > 0) await block(retryAfter(waitMs / 1000, 'Too many failed sign-ins for this e-mail address'));
        }
      }

      return {
        async finish(outcome) {
          await q.setAttemptOutcome(db, id, outcome);
        },
      };
    },
  };
}

export type AuthAttempts = ReturnType<typeof createAuthAttempts>;
