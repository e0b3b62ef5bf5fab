/** A server's portal customers (connected or not, with proposed accounts) and connecting many at once. */
import { api, buildUrl, type BodyOf } from './client';
import type { components } from './schema';

export type PortalCustomer = components['schemas']['PortalCustomer'];
export type ProposedMatch = components['schemas']['ProposedMatch'];
export type BulkFeeds = components['schemas']['BulkFeeds'];
export type BulkFeedsInput = BodyOf<'/v1/servers/{id}/feeds/bulk', 'post'>;

export const portalCustomerKeys = {
  unmapped: (serverId: string) => buildUrl('/v1/servers/{id}/customers', { id: serverId }, { mapped: 'false' }),
};

/** The portal customers without a feed, each with its proposed customer account (or none). */
export function listUnmappedCustomers(serverId: string) {
  return api.get('/v1/servers/{id}/customers', { path: { id: serverId }, query: { mapped: 'false' } });
}

/** Creates the new accounts and the feeds in one step, all or nothing (`dry_run`: only what would be created). */
export function connectCustomers(serverId: string, input: BulkFeedsInput) {
  return api.post('/v1/servers/{id}/feeds/bulk', { path: { id: serverId }, body: input });
}
