/** Loaders that combine a few API calls (whole-subtree lists use the include_descendants extension). */
import { api } from './api';
import type { Account, Certificate, Feed, Server, SyncRun } from './types';

export interface CustomerWithFeeds {
  account: Account;
  feeds: Feed[];
}

/** Child accounts of the signed-in account; only customer accounts carry feeds. */
export function listCustomers(): Promise<Account[]> {
  return api.get<Account[]>('/v1/accounts');
}

/** Every customer account with its feeds: two requests, whatever the number of customers. */
export async function listCustomersWithFeeds(): Promise<CustomerWithFeeds[]> {
  const [accounts, feeds] = await Promise.all([listCustomers(), api.get<Feed[]>('/v1/feeds?include_descendants=true')]);
  return accounts.map((account) => ({ account, feeds: feeds.filter((f) => f.account_id === account.id) }));
}

/** The monthly certificates of every customer of the signed-in account (one request). */
export async function allCustomerCertificates(): Promise<Certificate[]> {
  return (await api.get<Certificate[]>('/v1/certificates?include_descendants=true')).filter((c) => c.kind === 'account');
}

export interface FeedWithAccount extends Feed {
  account_name: string;
}

export function flattenFeeds(customers: CustomerWithFeeds[]): FeedWithAccount[] {
  return customers.flatMap((c) => c.feeds.map((f) => ({ ...f, account_name: c.account.display_name || c.account.name })));
}

export interface ServerWithSyncs {
  server: Server;
  syncs: SyncRun[];
}

export async function listServersWithSyncs(): Promise<ServerWithSyncs[]> {
  const servers = await api.get<Server[]>('/v1/servers');
  return Promise.all(servers.map(async (server) => ({ server, syncs: await api.get<SyncRun[]>(`/v1/servers/${server.id}/syncs`) })));
}

/** Customer certificates of one month ('YYYY-MM'), across all customers. */
export async function customerCertificatesOf(accounts: Account[], month: string): Promise<Array<Certificate & { account_name: string }>> {
  const names = new Map(accounts.map((a) => [a.id, a.display_name || a.name]));
  return (await allCustomerCertificates())
    .filter((c) => certificateMonth(c) === month && names.has(c.account_id))
    .map((c) => ({ ...c, account_name: names.get(c.account_id)! }));
}

/** A certificate's month, 'YYYY-MM' (London). */
export function certificateMonth(c: Pick<Certificate, 'period_start'>): string {
  const d = new Date(Date.parse(c.period_start) + 12 * 3600_000); // midday of the first day: safe from DST shifts
  return d.toISOString().slice(0, 7);
}
