import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACTIONS, isAllowed, POLICY, RESOURCES, type Permission } from '../../src/access/policy.js';
import type { AccountRole } from '../../src/db/schema.js';
import { buildAccount } from '../factories/accounts.js';
import { buildFeed, buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';

const t = useTestApp();

/** What a customer account may do, written out independently of src/accounts/policy.ts (providers may do all). */
const CUSTOMER: Record<string, string[]> = {
  accounts: ['read', 'update'],
  users: ['read', 'delete'],
  invitations: ['read', 'create', 'delete'],
  api_keys: ['read', 'create', 'delete'],
  servers: [],
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
  // Its own logo (upload, remove) and reading branding; the brand colour and display name are the provider's.
  branding: ['read', 'create', 'delete'],
  webhooks: [],
  notifications: [],
  audit: [],
};

/** Bodies that pass validation for each write, so that only scope decides the answer. */
function validBody(method: string, url: string): unknown {
  const path = url.replace(/^\/v1\/accounts\/:account_id(?=\/)/, '');
  if (/\/(activate|deactivate|approve|reject)$/.test(path) || method === 'DELETE') return undefined;
  if (path.startsWith('/accounts')) return { name: 'Matrix account' };
  if (path.startsWith('/servers'))
    return method === 'PATCH'
      ? { contact: 'ops@example.com' }
      : { type: 'onestop', url: 'https://portal.example', username: 'u', password: 'p' };
  if (path.startsWith('/feeds') || path.startsWith('/sources'))
    return method === 'PATCH'
      ? { collection_scope: null }
      : { type: 'onestop', server_id: randomUUID(), external_id: '1001', activated_at: '2026-01-01' };
  if (path.startsWith('/deposits')) return { pages: 10 };
  if (path.startsWith('/webhooks')) return method === 'PATCH' ? { status: 'inactive' } : { url: 'https://hooks.example/canopy' };
  if (path.startsWith('/projects')) return { project_ids: null };
  if (path.startsWith('/invitations')) return { email: `invitee-${randomUUID().slice(0, 8)}@example.com` };
  if (path.startsWith('/paper')) return { name: 'Matrix paper', density: 80 };
  if (path.startsWith('/quotes')) return { items: [{ quantity: 10, width: 0.21, height: 0.297, density: 80 }] };
  if (path.startsWith('/transactions')) return { trees: 1 };
  if (path.startsWith('/api_keys')) return { name: 'Matrix key' };
  return {};
}

function permissionOf(route: { method: string; url: string }): Permission | undefined {
  return t
    .app()
    .routes()
    .find((r) => r.method === route.method && r.url === route.url)?.policy;
}

describe('access', () => {
  it('the policy table is what each role may do', () => {
    for (const resource of RESOURCES) {
      expect([...(POLICY.customer[resource] ?? [])].sort(), resource).toEqual([...(CUSTOMER[resource] ?? [])].sort());
      // A provider may do everything below it; impact factor sets are the platform's to add (docs/impact.md).
      expect(POLICY.provider[resource], resource).toEqual(resource === 'impact_factors' ? ['read'] : ACTIONS);
    }
  });

  it('role × route: a denied permission is a 403 before anything else; an allowed one never is', async () => {
    const roles: AccountRole[] = ['platform', 'provider', 'customer'];
    const keys: Record<string, string> = {};
    for (const role of roles) keys[role] = (await buildAccount(t.app(), { name: `Matrix ${role}`, role })).api_key;
    const routes = t
      .app()
      .routes()
      .filter((r) => r.url.startsWith('/v1/') && permissionOf(r) && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const route of routes) {
      const permission = permissionOf(route)!;
      for (const role of roles) {
        const path = route.url.replace(/:[a-z_]+/g, () => randomUUID());
        const res = await t.api(route.method, path, { key: keys[role]!, body: validBody(route.method, route.url) });
        const denied = res.status === 403 && /may not/.test(res.json.error);
        if (denied === isAllowed(role, permission))
          wrong.push(`${role} ${route.method} ${route.url} (${permission}) → ${res.status} ${res.text.slice(0, 100)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("tenant isolation: every route given another tenant's id answers 404, exactly like an unknown id", async () => {
    const app = t.app();
    const a = await buildAccount(app, { name: 'Tenant A' });
    const b = await buildAccount(app, { name: 'Tenant B' });
    const customer = (await t.api('POST', '/v1/accounts', { key: a.api_key, body: { name: 'A customer' } })).json;
    const serverId = await buildServerRow(app.db, a.account_id);
    const feed = { id: await buildFeed(app.db, customer.id, serverId, { external_id: '1001' }) };
    const deposit = (
      await t.api('POST', `/v1/accounts/${customer.id}/deposits`, { key: a.api_key, body: { pages: 20000, date: '2026-01-10' } })
    ).json;
    await app.services.monthClose.closeMonth('2026-01-01');
    const certificate = (await t.api('GET', `/v1/accounts/${customer.id}/certificates`, { key: a.api_key })).json[0];
    const transaction = (await t.api('GET', `/v1/accounts/${customer.id}/transactions`, { key: a.api_key })).json[0];
    const webhook = (await t.api('POST', '/v1/webhooks', { key: a.api_key, body: { url: 'https://hooks.example/a' } })).json;
    const apiKey = (await t.api('GET', '/v1/api_keys', { key: a.api_key })).json[0];
    const ids: Record<string, string | undefined> = {
      accounts: customer.id,
      servers: serverId,
      feeds: feed.id,
      sources: feed.id,
      deposits: deposit.id,
      certificates: certificate?.id,
      transactions: transaction?.id,
      webhooks: webhook.id,
      api_keys: apiKey?.id,
      users: a.user_id,
    };
    for (const [segment, path, body] of [
      ['invitations', '/v1/invitations', { email: 'a-invitee@example.com' }],
      ['paper', '/v1/paper/types', { name: 'A paper', density: 90 }],
      ['quotes', '/v1/quotes', { items: [{ quantity: 100, width: 0.21, height: 0.297, density: 80 }] }],
    ] as const) {
      if (app.routes().some((r) => r.url === path && r.method === 'POST'))
        ids[segment] = (await t.api('POST', path, { key: a.api_key, body })).json.id;
    }

    const routes = app
      .routes()
      .filter(
        (r) =>
          r.url.startsWith('/v1/') &&
          /:[a-z_]+/.test(r.url) &&
          permissionOf(r) &&
          r.method !== 'HEAD' &&
          !/^\/v1\/(forestry\/)?projects\//.test(r.url),
      );
    const leaks: string[] = [];
    for (const route of routes) {
      const segment = route.url.replace(/^\/v1\//, '').split('/')[0]!;
      const path = route.url
        .replace(':account_id', customer.id)
        .replace(':id', ids[segment] ?? `missing-${segment}`)
        .replace(':file', '2026.pdf') // a valid report year: only scope may decide
        .replace(/certificates\.zip$/, 'certificates.zip?month=2026-01');
      if (path.includes('missing-')) {
        leaks.push(`no tenant-A id for ${route.method} ${route.url}`);
        continue;
      }
      const res = await t.api(route.method, path, { key: b.api_key, body: validBody(route.method, route.url) });
      if (res.status !== 404 || res.json.error !== 'Not Found.')
        leaks.push(`${route.method} ${path} → ${res.status} ${res.text.slice(0, 100)}`);
    }
    expect(leaks).toEqual([]);
    // Tenant A still has everything.
    expect((await t.api('GET', `/v1/deposits/${deposit.id}`, { key: a.api_key })).status).toBe(200);
    expect((await t.api('GET', `/v1/servers/${serverId}`, { key: a.api_key })).status).toBe(200);
  });
});
