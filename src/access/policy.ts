import type { AccountRole } from '../db/schema.js';
import { ForbiddenError } from '../errors.js';
import type { Principal } from './principal.js';

/**
 * What each account role may do: the one place roles are enforced. Every authenticated route declares the
 * permission it needs (`config: { policy: 'feeds:create' }`, checked in src/http/auth.ts before the handler);
 * a route that declares none does not start. Which records a caller reaches is a separate rule (its account subtree,
 * 404 outside it: src/accounts/scope.ts).
 */
export const RESOURCES = [
  'accounts',
  'users',
  'invitations',
  'api_keys',
  'servers',
  'feeds',
  'deposits',
  'volume',
  'certificates',
  'transactions',
  'quotes',
  'forestry_projects',
  'project_choice',
  'paper_types',
  /** Impact factor sets (docs/impact.md): read by all; a new version is the platform's. */
  'impact_factors',
  'webhooks',
  'notifications',
  'audit',
  /** The signed-in user's own password. */
  'password',
  /**
   * An account's branding (issue 18): `create` uploads (or replaces) its logo, `delete` removes it, `update` sets the
   * brand colour and display name. A customer may keep its own logo; colour and name are the provider's.
   */
  'branding',
] as const;
export const ACTIONS = ['read', 'create', 'update', 'delete', 'activate', 'review'] as const;

export type Resource = (typeof RESOURCES)[number];
export type Action = (typeof ACTIONS)[number];
export type Permission = `${Resource}:${Action}`;

const everything: Partial<Record<Resource, readonly Action[]>> = Object.fromEntries(RESOURCES.map((r) => [r, ACTIONS]));

export const POLICY: Record<AccountRole, Partial<Record<Resource, readonly Action[]>>> = {
  /** The operator of the Canopy installation. */
  platform: everything,
  /** An MPS provider: manages its customer accounts, servers, feeds and everything below it. */
  provider: { ...everything, impact_factors: ['read'] },
  /**
   * A provider's customer: reads its own account, pages and certificates; keeps its own users and API keys; records
   * manual deposits, transactions and quotes; chooses its forestry projects. Servers, feeds' settings, webhooks and
   * the audit log are the provider's.
   */
  customer: {
    accounts: ['read', 'update'],
    users: ['read', 'delete'],
    invitations: ['read', 'create', 'delete'],
    api_keys: ['read', 'create', 'delete'],
    feeds: ['read'],
    deposits: ['read', 'create'],
    volume: ['read'],
    certificates: ['read'],
    transactions: ['read', 'create'],
    quotes: ['read', 'create', 'delete'],
    forestry_projects: ['read'],
    project_choice: ['read', 'update'],
    paper_types: ['read', 'create', 'delete'],
    impact_factors: ['read'],
    password: ['update'],
    branding: ['read', 'create', 'delete'],
  },
};

export function isAllowed(role: AccountRole, permission: Permission): boolean {
  const [resource, action] = permission.split(':') as [Resource, Action];
  return POLICY[role][resource]?.includes(action) ?? false;
}

export function authorize(p: Principal, permission: Permission): void {
  if (!isAllowed(p.role, permission)) {
    const [resource, action] = permission.split(':');
    throw new ForbiddenError(`A ${p.role} account may not ${action} ${resource!.replace('_', ' ')}.`);
  }
}
