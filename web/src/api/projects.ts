/** Forestry projects: the catalogue, and the ones an account's trees are planted in. */
import { api, buildUrl } from './client';

export const projectKeys = {
  catalogue: '/v1/forestry/projects',
  ofAccount: (accountId: string) => buildUrl('/v1/accounts/{account_id}/projects', { account_id: accountId }),
};

export function listForestryProjects() {
  return api.get('/v1/forestry/projects');
}

export function getAccountProjects(accountId: string) {
  return api.get('/v1/accounts/{account_id}/projects', { path: { account_id: accountId } });
}

/** The projects new certificates plant in; null goes back to the default (inherited or all active projects). */
export function setAccountProjects(accountId: string, projectIds: string[] | null) {
  return api.put('/v1/accounts/{account_id}/projects', { path: { account_id: accountId }, body: { project_ids: projectIds } });
}
