/** Feeds: a portal customer collected into a customer account from its activation date. */
import { api, buildUrl, type BodyOf } from './client';

export const feedKeys = {
  ofAccount: (accountId: string) => buildUrl('/v1/accounts/{account_id}/feeds', { account_id: accountId }),
  detail: (id: string) => buildUrl('/v1/feeds/{id}', { id }),
};

export type NewFeed = BodyOf<'/v1/accounts/{account_id}/feeds', 'post'>;

/** The feeds of the signed-in account's whole subtree (the include_descendants extension). */
export function listFeeds() {
  return api.get('/v1/feeds', { query: { include_descendants: 'true' } });
}

export function listAccountFeeds(accountId: string) {
  return api.get('/v1/accounts/{account_id}/feeds', { path: { account_id: accountId } });
}

export function getFeed(id: string) {
  return api.get('/v1/feeds/{id}', { path: { id } });
}

/** Connects a portal customer to a customer account; the backfill from the activation date starts at once. */
export function connectFeed(accountId: string, feed: NewFeed) {
  return api.post('/v1/accounts/{account_id}/feeds', { path: { account_id: accountId }, body: feed });
}

export function setFeedActive(id: string, active: boolean) {
  return active ? api.post('/v1/feeds/{id}/activate', { path: { id } }) : api.post('/v1/feeds/{id}/deactivate', { path: { id } });
}

export type ResyncRange = BodyOf<'/v1/feeds/{id}/resync', 'post'>;

/**
 * Re-reads the feed's days from the portal: with dry_run, how many days would be re-read and how many pages would
 * change (nothing is written); otherwise the re-read is queued as a collection of the feed's server.
 */
export function resyncFeed(id: string, range: ResyncRange) {
  return api.post('/v1/feeds/{id}/resync', { path: { id }, body: range });
}
