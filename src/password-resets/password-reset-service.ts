import { randomUUID } from 'node:crypto';
import { hashPassword } from '../access/password.js';
import { findAccountStatus } from '../accounts/account-queries.js';
import { findUserByEmail, setUserPasswordHash } from '../accounts/user-queries.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../errors.js';
import { generateLinkToken, hashLinkToken, looksLikeLinkToken } from '../http/link-tokens.js';
import type { Mailer } from '../outbound/mailer.js';
import type { Logger } from '../observability/logger.js';
import type { AuthAttempts } from '../sessions/auth-attempts.js';
import { deleteUserSessions, voidPasswordResets } from '../sessions/session-queries.js';
import * as q from './password-reset-queries.js';

/** How long a reset link works. */
export const RESET_TTL_MS = 60 * 60_000;

/**
 * Forgotten passwords: an e-mailed one-use link (a link token, only its SHA-256 stored) that works for an hour.
 * Asking for one answers the same whether or not the address has a user, and the mail is sent after the answer, so
 * neither the answer nor its timing tells who has an account. Requests are limited per client address and per e-mail
 * (src/sessions/auth-attempts.ts). Completing a reset ends every session of the user and voids their other links.
 */
export function createPasswordResetService(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  attempts: Pick<AuthAttempts, 'begin'>;
  mailer: Pick<Mailer, 'send'> | undefined;
  publicUrl: () => string;
}) {
  const { db, clock } = deps;
  const log = deps.logger.child({ component: 'password-resets' });

  async function open(token: string) {
    if (!looksLikeLinkToken(token)) return undefined;
    return q.findOpenPasswordReset(db, hashLinkToken(token), clock.now());
  }

  async function send(to: string, link: string): Promise<void> {
    const text = [
      'Hello,',
      '',
      'Someone (we hope you) asked to reset the password of your Canopy sign-in. To choose a new password, open this link:',
      '',
      link,
      '',
      'The link works once, for one hour. If you did not ask for it, ignore this email: your password stays as it is.',
      '',
    ].join('\n');
    await deps.mailer!.send(to, 'Reset your Canopy password', text);
  }

  return {
    /** POST /v1/password_resets: always `{requested: true}` (after the limits). */
    async request(email: string, ip: string): Promise<{ requested: true }> {
      const attempt = await deps.attempts.begin('password_reset', email, ip);
      await attempt.finish('ok');
      const user = await findUserByEmail(db, email.trim());
      const account = user ? await findAccountStatus(db, user.account_id) : undefined;
      if (!user || account?.status !== 'active') return { requested: true };
      const token = generateLinkToken();
      const now = clock.now();
      await q.insertPasswordReset(db, {
        id: randomUUID(),
        user_id: user.id,
        token_hash: hashLinkToken(token),
        created_at: now,
        expires_at: new Date(now.getTime() + RESET_TTL_MS),
      });
      if (!deps.mailer) {
        log.warn(
          { user: user.id },
          'password reset requested, but SMTP_URL is not set: no email was sent (password resets need an SMTP server)',
        );
        return { requested: true };
      }
      // After the answer: its timing must not depend on whether a mail is sent.
      void send(user.email, `${deps.publicUrl()}/reset-password/${token}`).then(
        () => log.info({ user: user.id }, 'password reset link sent'),
        (err: unknown) => log.warn({ err, user: user.id }, 'password reset email could not be sent'),
      );
      return { requested: true };
    },

    /** GET /v1/password_resets/:token: the address the link is for; 404 when unknown, used or expired. */
    async preview(token: string): Promise<{ email: string }> {
      const reset = await open(token);
      if (!reset) throw new NotFoundError();
      return { email: reset.email };
    },

    /**
     * POST /v1/password_resets/:token: sets the new password. The conditional update makes the link single-use even
     * under concurrent requests; every session of the user ends and every other link of theirs stops working.
     */
    async complete(token: string, password: string): Promise<{ userId: string }> {
      const reset = await open(token);
      if (!reset) throw new NotFoundError();
      const hash = await hashPassword(password);
      const now = clock.now();
      return db.transaction().execute(async (tx) => {
        const claimed = await q.claimPasswordReset(tx, reset.id, now);
        if (!claimed) throw new NotFoundError();
        await setUserPasswordHash(tx, reset.user_id, hash);
        await deleteUserSessions(tx, reset.user_id);
        await voidPasswordResets(tx, reset.user_id, now);
        log.info({ user: reset.user_id }, 'password reset');
        return { userId: reset.user_id };
      });
    },
  };
}

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
