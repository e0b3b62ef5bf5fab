/** Invitations to an account (the signed-in one, or a provider's customer) and accepting one (signed out). */
import { api, buildUrl } from './client';

export const invitationKeys = {
  list: (accountId?: string) =>
    accountId ? buildUrl('/v1/accounts/{account_id}/invitations', { account_id: accountId }) : '/v1/invitations',
  preview: (token: string) => buildUrl('/v1/invitations/accept/{token}', { token }),
};

export function listInvitations(accountId?: string) {
  return accountId ? api.get('/v1/accounts/{account_id}/invitations', { path: { account_id: accountId } }) : api.get('/v1/invitations');
}

/** Emails the invitation; without SMTP the answer carries `accept_url`, the link to pass on (shown once). */
export function invite(email: string, accountId?: string) {
  return accountId
    ? api.post('/v1/accounts/{account_id}/invitations', { path: { account_id: accountId }, body: { email } })
    : api.post('/v1/invitations', { body: { email } });
}

export function withdrawInvitation(id: string) {
  return api.delete('/v1/invitations/{id}', { path: { id } });
}

/** Which account and address an invitation link is for. */
export function getInvitationPreview(token: string) {
  return api.get('/v1/invitations/accept/{token}', { path: { token }, quiet401: true });
}

/** Creates the user; the answer is a session, as for a sign-in. */
export function acceptInvitation(token: string, fullName: string, password: string) {
  return api.post('/v1/invitations/accept/{token}', { path: { token }, body: { full_name: fullName, password }, quiet401: true });
}
