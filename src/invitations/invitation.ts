import type { Selectable } from 'kysely';
import type { InvitationsTable } from '../db/schema.js';
import { apiTimestamp } from '../http/api-format.js';

export type InvitationRow = Selectable<InvitationsTable>;
export type InvitationStatus = 'pending' | 'accepted' | 'expired';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export function invitationStatus(i: Pick<InvitationRow, 'accepted_at' | 'expires_at'>, now: Date): InvitationStatus {
  if (i.accepted_at) return 'accepted';
  return i.expires_at <= now ? 'expired' : 'pending';
}

/**
 * The Invitation object (PrintReleaf v1 §7.6, plus status and the timestamps). `accept_url` is null except in the
 * answer to a create when no SMTP server is configured: then an admin passes the link on by hand (shown once).
 */
export function invitationToApi(i: InvitationRow, now: Date, acceptUrl: string | null = null) {
  return {
    id: i.id,
    account_id: i.account_id,
    email: i.email,
    status: invitationStatus(i, now),
    created_at: apiTimestamp(i.created_at),
    expires_at: apiTimestamp(i.expires_at),
    accepted_at: apiTimestamp(i.accepted_at),
    accept_url: acceptUrl,
  };
}
