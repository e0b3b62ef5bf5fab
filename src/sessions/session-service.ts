import { randomBytes } from 'node:crypto';
import type { SessionPrincipal } from '../access/principal.js';
import { csrfTokenOf, hashSessionToken } from '../access/session-tokens.js';
import { hashPassword, verifyPassword } from '../access/password.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { AccountRole } from '../db/schema.js';
import { BadRequestError, ForbiddenError, UnauthorizedError } from '../errors.js';
import type { AuthAttempts } from './auth-attempts.js';
import * as q from './session-queries.js';
import { setUserPasswordHash } from '../accounts/user-queries.js';

/** A session ends after 12 hours without a request, and 7 days after sign-in in any case. */
const IDLE_MS = 12 * 60 * 60_000;
const ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
const TOUCH_INTERVAL_MS = 5 * 60_000;

export interface SessionBody {
  user: { id: string; full_name: string; email: string };
  account: { id: string; name: string; role: AccountRole };
  csrf_token: string;
}

/**
 * Dashboard sessions (cookie auth). The cookie carries a random token (only its hash is stored); the session's CSRF
 * token must come back in the X-CSRF-Token header on every write, which another site cannot do.
 */
export function createSessionService(deps: { db: Db; clock: Clock; attempts: Pick<AuthAttempts, 'begin'> }) {
  const { db, clock } = deps;

  function bodyOf(row: Awaited<ReturnType<typeof q.loadSessionUser>>, csrfToken: string): SessionBody {
    return {
      user: { id: row.id, full_name: row.full_name, email: row.email },
      account: { id: row.account_id, name: row.name, role: row.role },
      csrf_token: csrfToken,
    };
  }

  /** Starts a session for a user (after a password check or an accepted invitation): the cookie token and the body. */
  async function start(userId: string): Promise<{ token: string; maxAgeSeconds: number; body: SessionBody }> {
    const user = await q.loadSessionUser(db, userId);
    const token = randomBytes(32).toString('base64url');
    const csrf = csrfTokenOf(token);
    const now = clock.now();
    await q.insertSession(db, {
      token_hash: hashSessionToken(token),
      user_id: user.id,
      account_id: user.account_id,
      csrf_hash: hashSessionToken(csrf),
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + ABSOLUTE_MS),
    });
    return { token, maxAgeSeconds: ABSOLUTE_MS / 1000, body: bodyOf(user, csrf) };
  }

  return {
    start,

    /**
     * Email and password → a session. The same 401 for an unknown email and a wrong password; limited per client
     * address and per e-mail (./auth-attempts.ts) before any password is checked.
     */
    async signIn(email: string, password: string, ip: string) {
      const attempt = await deps.attempts.begin('sign_in', email, ip);
      const user = await q.findUserCredentials(db, { email: email.trim() });
      // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
      const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
      if (!user?.password_hash || !ok) {
        await attempt.finish('failed');
        throw new UnauthorizedError('The email or password is not correct.');
      }
      await attempt.finish('ok');
      if (user.status !== 'active') throw new ForbiddenError('This account is inactive.');
      return start(user.id);
    },

    /**
     * A signed-in user changes their password: the current one is required. Every other session of the user ends and
     * pending reset links stop working; this session stays signed in.
     */
    async changePassword(p: SessionPrincipal, current: string, next: string): Promise<void> {
      const user = await q.findUserCredentials(db, { id: p.userId! });
      if (!user?.password_hash || !(await verifyPassword(current, user.password_hash)))
        throw new BadRequestError('The current password is not correct.', { reason: 'current_password_incorrect' });
      if (current === next) throw new BadRequestError('new_password: must differ from the current password');
      const hash = await hashPassword(next);
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await setUserPasswordHash(tx, p.userId!, hash);
        await q.deleteOtherSessions(tx, p.userId!, p.tokenHash);
        await q.voidPasswordResets(tx, p.userId!, now);
      });
    },

    /** The principal of a session cookie, or undefined (unknown, expired, idle too long). Refreshes last_seen_at. */
    async authenticate(token: string): Promise<SessionPrincipal | { inactive: true } | undefined> {
      const now = clock.now();
      const row = await q.findSessionByTokenHash(db, hashSessionToken(token));
      if (!row || row.expires_at <= now || now.getTime() - row.last_seen_at.getTime() > IDLE_MS) return undefined;
      if (row.status !== 'active') return { inactive: true };
      if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
        await q.touchSession(db, row.token_hash, now);
      }
      return {
        accountId: row.account_id,
        role: row.role,
        scope: 'full',
        keyId: null,
        userId: row.user_id,
        csrfHash: row.csrf_hash,
        tokenHash: row.token_hash,
      };
    },

    /** GET /v1/session: the signed-in user, account and CSRF token (derived again from the cookie token). */
    current: async (p: SessionPrincipal, token: string) => bodyOf(await q.loadSessionUser(db, p.userId!), csrfTokenOf(token)),

    async signOut(token: string): Promise<void> {
      await q.deleteSession(db, hashSessionToken(token));
    },
  };
}

/** A valid scrypt hash of a random password: unknown emails cost the same time as wrong passwords. */
const DUMMY_HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g';

export type SessionService = ReturnType<typeof createSessionService>;
