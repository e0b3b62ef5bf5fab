/** Deposits: the pages of one day of one feed; anomalies are held for review. */
import { api, buildUrl, type QueryOf } from './client';

export const depositKeys = {
  ofAccount: (accountId: string) => buildUrl('/v1/accounts/{account_id}/deposits', { account_id: accountId }),
  one: (id: string) => buildUrl('/v1/deposits/{id}', { id }),
};

export function listAccountDeposits(accountId: string) {
  return api.get('/v1/accounts/{account_id}/deposits', { path: { account_id: accountId } });
}

/** An account's deposits dated from `start_date` to `end_date` as a CSV file (format=csv). */
export function depositsCsvUrl(
  accountId: string,
  range: Pick<QueryOf<'/v1/accounts/{account_id}/deposits', 'get'>, 'start_date' | 'end_date'>,
) {
  return buildUrl('/v1/accounts/{account_id}/deposits', { account_id: accountId }, { ...range, format: 'csv' });
}

/** Approves (counted as measured) or rejects (counted as nothing) a held deposit. */
export function decideDeposit(id: string, decision: 'approve' | 'reject') {
  return decision === 'approve'
    ? api.post('/v1/deposits/{id}/approve', { path: { id } })
    : api.post('/v1/deposits/{id}/reject', { path: { id } });
}

/** One deposit with its explanation (feed deposits): the formula, and what the rules did between it and its base. */
export function findDeposit(id: string) {
  return api.get('/v1/deposits/{id}', { path: { id } });
}
