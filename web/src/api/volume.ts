/** Print volume: standard pages and trees per day or month (periods in Europe/London). */
import { api, buildUrl, type QueryOf } from './client';

export type VolumeQuery = QueryOf<'/v1/volume', 'get'>;

export const volumeKeys = {
  own: (query: VolumeQuery) => buildUrl('/v1/volume', undefined, query),
  ofAccount: (accountId: string, query: VolumeQuery) => buildUrl('/v1/accounts/{account_id}/volume', { account_id: accountId }, query),
};

/** The signed-in account's volume (a provider's: all its customers). */
export function getVolume(query: VolumeQuery) {
  return api.get('/v1/volume', { query });
}

export function getAccountVolume(accountId: string, query: VolumeQuery) {
  return api.get('/v1/accounts/{account_id}/volume', { path: { account_id: accountId }, query });
}

/** The same volume as a CSV file (format=csv): the signed-in account's, or one account's (its subtree's). */
export function volumeCsvUrl(accountId: string | undefined, query: VolumeQuery): string {
  const q: VolumeQuery = { ...query, format: 'csv' };
  return accountId === undefined
    ? buildUrl('/v1/volume', undefined, q)
    : buildUrl('/v1/accounts/{account_id}/volume', { account_id: accountId }, q);
}
