/** The users of an account: the signed-in one, or (for a provider) one of its customers. */
import { api, buildUrl } from './client';

export const userKeys = {
  list: (accountId?: string) => (accountId ? buildUrl('/v1/accounts/{account_id}/users', { account_id: accountId }) : '/v1/users'),
};

export function listUsers(accountId?: string) {
  return accountId ? api.get('/v1/accounts/{account_id}/users', { path: { account_id: accountId } }) : api.get('/v1/users');
}

/** The user can no longer sign in; their name and email are deleted. */
export function removeUser(id: string) {
  return api.delete('/v1/users/{id}', { path: { id } });
}
