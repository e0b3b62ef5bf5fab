/** Loaders that combine several API calls (the API has no provider-wide feed list). */
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

/** Every customer account with its feeds (one request per account, in parallel). */
export async function listCustomersWithFeeds(): Promise<CustomerWithFeeds[]> {
  const accounts = await listCustomers();
  return Promise.all(
    accounts.map(async (account) => ({
      account,
      feeds: account.role === 'customer' ? await api.get<Feed[]>(`/v1/accounts/${account.id}/feeds`) : [],
    })),
  );
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
  const lists = await Promise.all(
    accounts.map(async (a) => (await api.get<Certificate[]>(`/v1/accounts/${a.id}/certificates`)).map((c) => ({ ...c, account_name: a.display_name || a.name }))),
  );
  return lists.flat().filter((c) => certificateMonth(c) === month);
}

/** A certificate's month, 'YYYY-MM' (London). */
export function certificateMonth(c: Pick<Certificate, 'period_start'>): string {
  const d = new Date(Date.parse(c.period_start) + 12 * 3600_000); // midday of the first day: safe from DST shifts
  return d.toISOString().slice(0, 7);
}
