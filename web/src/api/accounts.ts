/** Accounts: the signed-in one, its child accounts (a provider's customers) and one of them. */
import { accountName } from '../format';
import { api, buildUrl, type ListPage, type PageRequest, type QueryOf } from './client';
import { listAccountFeeds, listFeeds } from './feeds';
import type { Account, Feed } from './types';

export const accountKeys = {
  own: '/v1/account',
  detail: (id: string) => buildUrl('/v1/accounts/{id}', { id }),
  customersWithFeeds: '/v1/accounts+feeds',
};

/** The signed-in account, with its page and tree totals. */
export function getOwnAccount() {
  return api.get('/v1/account');
}

export function getAccount(id: string) {
  return api.get('/v1/accounts/{id}', { path: { id } });
}

/** Child accounts of the signed-in account; only customer accounts carry feeds. */
export function listAccounts() {
  return api.get('/v1/accounts');
}

/** A customer account named after a portal customer (the first step of connecting its feed). */
export function createCustomerAccount(name: string, externalId: string) {
  return api.post('/v1/accounts', { body: { name, external_id: externalId, role: 'customer' } });
}

export interface CustomerWithFeeds {
  account: Account;
  feeds: Feed[];
}

/** Every customer account with its feeds: two requests, whatever the number of customers. */
export async function listCustomersWithFeeds(): Promise<CustomerWithFeeds[]> {
  const [accounts, feeds] = await Promise.all([listAccounts(), listFeeds()]);
  return accounts.map((account) => ({ account, feeds: feeds.filter((f) => f.account_id === account.id) }));
}

/** The orders of the accounts list (`sort`): `name`, `created_at`, `-` first for descending. */
export type AccountSort = NonNullable<QueryOf<'/v1/accounts', 'get'>['sort']>;

/**
 * One page of the customer accounts, searched (name, display name, external id) and sorted on the server, each with
 * its feeds (one request per account of the page: a page is small, the whole list may not be).
 */
export async function listCustomerPage(p: PageRequest): Promise<ListPage<CustomerWithFeeds[]>> {
  const page = await api.page('/v1/accounts', {
    query: { q: p.q, sort: p.sort as AccountSort | undefined, limit: p.limit, after: p.after },
  });
  const feeds = await Promise.all(page.items.map((a) => listAccountFeeds(a.id)));
  return { items: page.items.map((account, i) => ({ account, feeds: feeds[i] ?? [] })), next: page.next };
}

export interface FeedWithAccount extends Feed {
  account_name: string;
}

export function flattenFeeds(customers: CustomerWithFeeds[]): FeedWithAccount[] {
  return customers.flatMap((c) => c.feeds.map((f) => ({ ...f, account_name: accountName(c.account) })));
}
