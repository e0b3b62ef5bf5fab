/** The audit log: the write requests of the signed-in account's tree, newest first (providers). */
import { api, buildUrl, type QueryOf } from './client';
import type { components } from './schema';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditFilters = Omit<QueryOf<'/v1/audit', 'get'>, 'before' | 'after' | 'limit'>;

/** A page size small enough to read, and "Load more" for the rest. */
export const AUDIT_PAGE = 50;

export const auditKeys = {
  list: (filters: AuditFilters) => buildUrl('/v1/audit', undefined, filters),
};

/** One page of entries matching `filters`, older than entry `before` when given. */
export function listAudit(filters: AuditFilters, before?: number) {
  return api.get('/v1/audit', { query: { ...filters, limit: AUDIT_PAGE, ...(before ? { before } : {}) } });
}
