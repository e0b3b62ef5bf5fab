import { randomUUID } from 'node:crypto';
import type { AccountService } from '../accounts/account-service.js';
import { hashPassword } from '../access/password.js';
import type { Principal } from '../access/principal.js';
import { loadInScope } from '../access/scope.js';
import { findUserByEmail, insertUser } from '../accounts/user-queries.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import { BadRequestError, CanopyError, ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import type { Mailer } from '../outbound/mailer.js';
import type { Logger } from '../observability/logger.js';
import { generateLinkToken, hashLinkToken, looksLikeLinkToken } from '../http/link-tokens.js';
import { INVITATION_TTL_MS, invitationToApi, type InvitationRow } from './invitation.js';
import type { AcceptInvitationInput, CreateInvitationInput } from './invitation-schemas.js';
import * as q from './invitation-queries.js';

/** The SMTP server refused or could not be reached: nothing was saved, the caller may try again. */
export class InvitationMailError extends CanopyError {
  override readonly status = 502;
  override name = 'InvitationMailError';
  protected override defaultReason() {
    return 'smtp_unavailable';
  }
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505';
}

/** A header-safe account name for the subject line. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').trim();
}

/**
 * Invitations to join an account (PrintReleaf v1 §7.6). The invited person gets an email with a link holding a random
 * token (only its SHA-256 is stored; never logged, never returned, except as `accept_url` in the create answer when
 * no SMTP server is configured). The link works once, for 7 days, and creates the user on the invitation's account.
 */
export function createInvitationService(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  accounts: Pick<AccountService, 'load'>;
  /** Undefined when SMTP_URL is unset: the create answer then carries the link. */
  mailer: Pick<Mailer, 'send'> | undefined;
  publicUrl: () => string;
}) {
  const { db, clock, accounts, mailer } = deps;
  const log = deps.logger.child({ component: 'invitations' });

  function load(p: Principal, id: string): Promise<InvitationRow> {
    return loadInScope(id, (id) => q.findInvitationInSubtree(db, p.accountId, id));
  }

  /** The pending invitation a token opens, with its account; undefined when unknown, used or expired (one 404). */
  async function open(token: string) {
    if (!looksLikeLinkToken(token)) return undefined;
    const row = await q.findOpenInvitation(db, hashLinkToken(token), clock.now());
    if (row && row.account_status !== 'active') throw new ForbiddenError('This account is inactive.');
    return row;
  }

  async function send(row: InvitationRow, accountName: string, link: string): Promise<void> {
    const name = oneLine(accountName);
    const until = row.expires_at
      .toISOString()
      .replace(/:\d\d\.\d{3}Z$/, ' UTC')
      .replace('T', ' ');
    const existing = await findUserByEmail(db, row.email);
    if (existing) {
      // One sign-in per address: this person cannot join a second account, and only they learn why.
      const text = [
        'Hello,',
        '',
        `You were invited to join ${name}` +
          ' on Canopy, but this email address already has a Canopy sign-in, and an address can belong to one account only.',
        '',
        'If you want to join, ask the person who invited you to invite another address of yours. Otherwise, you can ignore this email.',
        '',
      ].join('\n');
      await mailer!.send(row.email, `You are invited to ${name} on Canopy`, text);
      return;
    }
    const text = [
      'Hello,',
      '',
      `You are invited to join ${name} on Canopy.`,
      '',
      'To accept, open this link and choose your name and a password:',
      '',
      link,
      '',
      `The link works once, until ${until}. If you did not expect this invitation, you can ignore this email.`,
      '',
    ].join('\n');
    await mailer!.send(row.email, `You are invited to ${name} on Canopy`, text);
  }

  return {
    load,

    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      const now = clock.now();
      return {
        db,
        query: q.invitationsOfAccountQuery(db, account.id),
        keys: ['created_at', 'id'],
        present: (rows) => rows.map((i) => invitationToApi(i, now)),
      } satisfies Listing<InvitationRow, unknown>;
    },

    find: async (p: Principal, id: string) => invitationToApi(await load(p, id), clock.now()),

    async create(p: Principal, scopeAccountId: string | undefined, input: CreateInvitationInput) {
      if (scopeAccountId && input.account_id && input.account_id !== scopeAccountId)
        throw new BadRequestError('account_id: does not match the account in the path.');
      const account = await accounts.load(p, scopeAccountId ?? input.account_id ?? p.accountId).catch((err: unknown) => {
        if (err instanceof NotFoundError && !scopeAccountId) throw new BadRequestError('account_id: no such account.');
        throw err;
      });
      const email = input.email;
      const token = generateLinkToken();
      const now = clock.now();
      const row = await db
        .transaction()
        .execute(async (tx) => {
          // A user the caller can see anyway (in its own tree) is a plain conflict. A user elsewhere on Canopy is not
          // revealed: the invitation is made as for anyone, and its e-mail tells that person (only) what happened.
          const user = await q.findUserInSubtreeByEmail(tx, p.accountId, email);
          if (user) throw new ConflictError(`${email} is already a user in your accounts.`);
          const previous = await q.findUnacceptedInvitation(tx, account.id, email);
          if (previous && previous.expires_at > now) throw new ConflictError(`${email} already has a pending invitation to this account.`);
          // An expired invitation is replaced by the new one (its link no longer works anyway).
          if (previous) await q.deleteInvitation(tx, previous.id);
          return q.insertInvitation(tx, {
            id: randomUUID(),
            account_id: account.id,
            email,
            token_hash: hashLinkToken(token),
            created_at: now,
            expires_at: new Date(now.getTime() + INVITATION_TTL_MS),
          });
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new ConflictError(`${email} already has a pending invitation to this account.`);
          throw err;
        });

      const link = `${deps.publicUrl()}/invitations/${token}`;
      if (!mailer) {
        log.warn(
          { invitation: row.id, account_id: account.id, to: row.email },
          'invitation created without SMTP_URL: no email was sent; the accept_url of the API answer must be passed on by hand',
        );
        return invitationToApi(row, now, link);
      }
      try {
        await send(row, account.name, link);
      } catch (err) {
        await q.deleteInvitation(db, row.id);
        log.warn({ err, account_id: account.id, to: row.email }, 'invitation email could not be sent; the invitation was not saved');
        throw new InvitationMailError('The invitation email could not be sent, so no invitation was saved. Please try again later.');
      }
      log.info({ invitation: row.id, account_id: account.id }, 'invitation sent');
      return invitationToApi(row, now);
    },

    async remove(p: Principal, id: string) {
      const row = await load(p, id);
      await q.deleteInvitation(db, row.id);
      return { ...invitationToApi(row, clock.now()), deleted: true as const };
    },

    /** What the acceptance page shows before the person signs up. */
    async preview(token: string) {
      const invitation = await open(token);
      if (!invitation) throw new NotFoundError();
      return { email: invitation.email, account_name: invitation.account_name };
    },

    /**
     * Accepts an invitation: creates the user on its account and marks it accepted, in one transaction; the
     * conditional update makes the token single-use even under concurrent requests.
     */
    async accept(token: string, input: AcceptInvitationInput) {
      const invitation = await open(token);
      if (!invitation) throw new NotFoundError();
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      return db
        .transaction()
        .execute(async (tx) => {
          const claimed = await q.claimInvitation(tx, invitation.id, now);
          if (!claimed) throw new NotFoundError();
          const user = await insertUser(tx, {
            account_id: invitation.account_id,
            full_name: input.full_name,
            email: invitation.email,
            password_hash: passwordHash,
            now,
          });
          await q.setInvitationUser(tx, invitation.id, user.id);
          log.info({ invitation: invitation.id, account_id: invitation.account_id, user: user.id }, 'invitation accepted');
          return {
            user: { id: user.id, full_name: user.full_name, email: user.email },
            account: { id: invitation.account_id, name: invitation.account_name, role: invitation.account_role },
          };
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new ConflictError(`${invitation.email} is already a user of Canopy.`);
          throw err;
        });
    },
  };
}

export type InvitationService = ReturnType<typeof createInvitationService>;
