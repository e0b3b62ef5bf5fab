/** Certificates of Reforestation: one per account and closed month, a provider's roll-ups, and transactions. */
import { accountName } from '../format';
import { api, buildUrl, type ListPage, type PageRequest, type QueryOf } from './client';
import type { Account, Certificate } from './types';

export const certificateKeys = {
  own: '/v1/certificates',
  ofAccount: (accountId: string) => buildUrl('/v1/accounts/{account_id}/certificates', { account_id: accountId }),
  all: '/v1/certificates+accounts',
  lastMonth: (month: string) => `/v1/certificates?month=${month}`,
};

/**
 * Certificates as a CSV file (format=csv): one account's (`accountId`), or the signed-in account's own (with
 * `includeDescendants`: its whole subtree's, customers' and roll-ups alike).
 */
export function certificatesCsvUrl(scope: { accountId: string } | { includeDescendants: boolean }): string {
  return 'accountId' in scope
    ? buildUrl('/v1/accounts/{account_id}/certificates', { account_id: scope.accountId }, { format: 'csv' })
    : buildUrl('/v1/certificates', undefined, { format: 'csv', ...(scope.includeDescendants ? { include_descendants: 'true' } : {}) });
}

/** The signed-in account's own certificates (a provider's: its roll-ups). */
export function listCertificates() {
  return api.get('/v1/certificates');
}

export function listAccountCertificates(accountId: string) {
  return api.get('/v1/accounts/{account_id}/certificates', { path: { account_id: accountId } });
}

/** The monthly certificates of every customer of the signed-in account (one request). */
export async function listCustomerCertificates(): Promise<Certificate[]> {
  return (await api.get('/v1/certificates', { query: { include_descendants: 'true' } })).filter((c) => c.kind === 'account');
}

/** The orders of a certificates list (`sort`): `period`, `account_name`, `pages`, `-` first for descending. */
export type CertificateSort = NonNullable<QueryOf<'/v1/certificates', 'get'>['sort']>;

/**
 * One page of customer certificates, searched (account name or month), filtered and sorted on the server: one
 * customer's (`accountId`), or every customer's of the signed-in provider; of one month ('YYYY-MM') or all.
 */
export function listCustomerCertificatePage(
  filter: { accountId?: string; month?: string },
  p: PageRequest,
): Promise<ListPage<Certificate[]>> {
  const query = {
    q: p.q,
    sort: p.sort as CertificateSort | undefined,
    limit: p.limit,
    after: p.after,
    month: filter.month || undefined,
    kind: 'account' as const,
  };
  return filter.accountId
    ? api.page('/v1/accounts/{account_id}/certificates', { path: { account_id: filter.accountId }, query })
    : api.page('/v1/certificates', { query: { ...query, include_descendants: 'true' } });
}

/** Every month ('YYYY-MM', newest first) from the first customer certificate to the latest: two one-row requests. */
export async function customerCertificateMonths(): Promise<string[]> {
  const one = (sort: CertificateSort) =>
    api.get('/v1/certificates', { query: { include_descendants: 'true', kind: 'account', sort, limit: 1 } }).then((l) => l[0]);
  const [first, last] = await Promise.all([one('period'), one('-period')]);
  if (!first || !last) return [];
  const months: string[] = [];
  for (let m = certificateMonth(last); m >= certificateMonth(first); m = previousMonth(m)) months.push(m);
  return months;
}

/** '2026-01' → '2025-12'. */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Customer certificates of one month ('YYYY-MM'), across all customers. */
export async function customerCertificatesOf(accounts: Account[], month: string): Promise<Array<Certificate & { account_name: string }>> {
  const names = new Map(accounts.map((a) => [a.id, accountName(a)]));
  return (await listCustomerCertificates())
    .filter((c) => certificateMonth(c) === month && names.has(c.account_id))
    .map((c) => ({ ...c, account_name: names.get(c.account_id)! }));
}

/** A certificate's month, 'YYYY-MM' (London). */
export function certificateMonth(c: Pick<Certificate, 'period_start'>): string {
  const d = new Date(Date.parse(c.period_start) + 12 * 3600_000); // midday of the first day: safe from DST shifts
  return d.toISOString().slice(0, 7);
}
