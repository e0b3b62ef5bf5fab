import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

/**
 * Every default-scope item route (`/v1/<resource>/:id…`) answers under `/v1/accounts/:account_id/…` too, as the
 * official clients address a resource reached through an account: the same answer for the resource's own account,
 * and 404 for an account of the caller's tree that does not hold it. The routes come from the running server, so a
 * route added without its twin, or without a fixture here, fails this test.
 */
const s = useSimulator({ today: '2026-03-20', customers: 40, seed: 21 });
const t = useTestApp({ clock: fixedClock(new Date('2026-03-20T09:00:00Z')), outboundCa: () => s.sim().ca });

/** Written independently of src/http/route-conventions.ts: what a default-scope item route looks like. */
const ITEM = /^\/v1\/(?!accounts\/:account_id\/)((?:[a-z_]+\/)*[a-z_]+)\/:id(\/[a-z_]+)?$/;

interface Fixture {
  id: string;
  /** The account whose subtree holds it (the twin's account_id). */
  owner: string;
  /** An account of the caller's tree whose subtree does not hold it (null: a global resource). */
  outside: string | null;
}

describe('both scopes for every item route', () => {
  it('answers every item route under /v1/accounts/:account_id the same, and 404 outside that account', async () => {
    const provider = await buildAccount(t.app(), { name: 'Scope MPS' });
    const key = provider.api_key;
    const api = (method: string, path: string, body?: unknown) => t.api(method, path, { key, ...(body === undefined ? {} : { body }) });
    const customer = (await api('POST', '/v1/accounts', { name: 'Scope Customer' })).json.id as string;
    const sibling = (await api('POST', '/v1/accounts', { name: 'Scope Sibling' })).json.id as string;
    const server = (await api('POST', '/v1/servers', { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' }))
      .json.id as string;
    const portalCustomers = (await api('GET', `/v1/servers/${server}/customers`)).json.map(
      (c: { external_id: string }) => c.external_id,
    ) as string[];
    const tag = () => randomBytes(3).toString('hex');
    const created = async (path: string, body: unknown) => {
      const res = await api('POST', path, body);
      expect(res.status, `${path} ${res.text}`).toBe(201);
      return res.json;
    };
    const inCustomer = (id: string): Fixture => ({ id, owner: customer, outside: sibling });
    const inProvider = (id: string): Fixture => ({ id, owner: provider.account_id, outside: customer });

    /** A fresh resource for each route family (two per write route: one for each scope). */
    const fixtures: Record<string, () => Promise<Fixture>> = {
      accounts: async () => inProvider((await created(`/v1/accounts/${provider.account_id}/accounts`, { name: `Child ${tag()}` })).id),
      certificates: async () => inCustomer((await created(`/v1/accounts/${customer}/transactions`, { trees: 1 })).certificate_id),
      deposits: async () => inCustomer((await created(`/v1/accounts/${customer}/deposits`, { pages: 1000, date: '2026-03-01' })).id),
      feeds: async () =>
        inCustomer(
          (
            await created(`/v1/accounts/${customer}/feeds`, {
              type: 'onestop',
              server_id: server,
              external_id: portalCustomers.shift()!,
              activated_at: '2026-03-01',
            })
          ).id,
        ),
      invitations: async () =>
        inCustomer((await created(`/v1/accounts/${customer}/invitations`, { email: `invitee-${tag()}@example.com` })).id),
      'paper/types': async () =>
        inCustomer((await created(`/v1/accounts/${customer}/paper/types`, { name: `Paper ${tag()}`, density: 90 })).id),
      quotes: async () =>
        inCustomer(
          (await created(`/v1/accounts/${customer}/quotes`, { items: [{ quantity: 100, width: 0.21, height: 0.297, density: 80 }] })).id,
        ),
      transactions: async () => inCustomer((await created(`/v1/accounts/${customer}/transactions`, { pages: 5000 })).id),
      users: async () => {
        const invitation = await created(`/v1/accounts/${customer}/invitations`, { email: `user-${tag()}@example.com` });
        const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(invitation.accept_url)![1];
        const accepted = await t.api('POST', `/v1/invitations/accept/${token}`, {
          body: { full_name: 'Scoped Person', password: 'a long enough password' },
        });
        expect(accepted.status).toBe(201);
        return inCustomer(accepted.json.user.id);
      },
      servers: async () =>
        inProvider((await created('/v1/servers', { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' })).id),
      webhooks: async () => inProvider((await created('/v1/webhooks', { url: `https://93.184.216.34/${tag()}` })).id),
      api_keys: async () => inProvider((await created('/v1/api_keys', { name: `Key ${tag()}` })).id),
      'forestry/projects': async () => ({
        id: (await api('GET', '/v1/forestry/projects')).json[0].id,
        owner: provider.account_id,
        outside: null,
      }),
    };
    fixtures.sources = fixtures.feeds!;
    fixtures.projects = fixtures['forestry/projects']!;
    const bodies: Record<string, unknown> = {
      accounts: { display_name: 'Renamed' },
      feeds: { collection_scope: null },
      sources: { collection_scope: null },
      servers: { contact: 'ops@scope.example' },
      webhooks: { status: 'inactive' },
    };

    const routes = t
      .app()
      .routes()
      .filter((r) => r.method !== 'HEAD');
    const items = routes.filter((r) => ITEM.test(r.url) && r.policy);
    expect(items.length).toBeGreaterThan(40);
    const registered = new Set(routes.map((r) => `${r.method} ${r.url}`));
    const missing: string[] = [];
    const differences: string[] = [];
    for (const route of items) {
      const twin = route.url.replace(/^\/v1\//, '/v1/accounts/:account_id/');
      if (!registered.has(`${route.method} ${twin}`)) {
        missing.push(`${route.method} ${twin}`);
        continue;
      }
      const family = ITEM.exec(route.url)![1]!;
      const make = fixtures[family];
      expect(make, `a fixture for ${route.url}`).toBeDefined();
      // A write's body: PATCHes change a field; a re-sync names its days (real, not a dry run: no portal is contacted).
      const resync = { start_date: '2026-03-02', end_date: '2026-03-03', dry_run: false };
      const body = route.method === 'PATCH' ? (bodies[family] ?? {}) : /\/resync$/.test(route.url) ? resync : undefined;
      const path = (id: string, account?: string) => (account ? twin.replace(':account_id', account) : route.url).replace(':id', id);

      if (route.method === 'GET') {
        const f = await make!();
        const plain = await api('GET', path(f.id));
        const scoped = await api('GET', path(f.id, f.owner));
        if (plain.status !== 200 || scoped.text !== plain.text)
          differences.push(`GET ${twin}: ${scoped.status} ${scoped.text.slice(0, 100)} vs ${plain.status} ${plain.text.slice(0, 100)}`);
        if (f.outside) expectNotFound(await api('GET', path(f.id, f.outside)), `GET ${twin} outside`);
        continue;
      }
      // Writes: one fresh resource for each scope; an attempt from outside first, which must change nothing: `b` read
      // through the family's default GET route (when it has one) answers the same before and after it.
      const [a, b] = [await make!(), await make!()];
      const read = registered.has(`GET /v1/${family}/:id`) ? () => api('GET', `/v1/${family}/${b.id}`) : undefined;
      if (b.outside) {
        const before = await read?.();
        expectNotFound(await api(route.method, path(b.id, b.outside), body), `${route.method} ${twin} outside`);
        const after = await read?.();
        if (before && after) {
          expect(before.status, `GET /v1/${family}/:id before ${route.method} ${twin} outside`).toBe(200);
          expect([after.status, after.text], `${route.method} ${twin} outside changed ${family} ${b.id}`).toEqual([
            before.status,
            before.text,
          ]);
        }
      }
      const plain = await api(route.method, path(a.id), body);
      const scoped = await api(route.method, path(b.id, b.owner), body);
      const expectedFailure = EXPECTED_FAILURES[`${route.method} ${route.url}`];
      if (expectedFailure) {
        // Both scopes must fail the same known way, not merely the same way.
        for (const res of [plain, scoped]) expect([res.status, res.json], `${route.method} ${twin}`).toEqual(expectedFailure);
      } else if (plain.status >= 300) {
        differences.push(`${route.method} ${route.url}: ${plain.status} ${plain.text.slice(0, 120)} (a write that should succeed)`);
      }
      const same =
        plain.status === scoped.status && JSON.stringify(normalize(plain.json, a.id)) === JSON.stringify(normalize(scoped.json, b.id));
      if (!same)
        differences.push(
          `${route.method} ${twin}: ${scoped.status} ${scoped.text.slice(0, 120)} vs ${plain.status} ${plain.text.slice(0, 120)}`,
        );
    }
    expect(missing).toEqual([]);
    expect(differences).toEqual([]);

    // The OpenAPI document lists both scopes, each with the route's method.
    const doc = (await t.api('GET', '/openapi.json')).json as { paths: Record<string, Record<string, unknown> | undefined> };
    const undocumented: string[] = [];
    for (const route of items) {
      for (const url of [route.url, route.url.replace(/^\/v1\//, '/v1/accounts/:account_id/')]) {
        const documented = url.replace(/:([a-z_]+)/g, '{$1}');
        if (!doc.paths[documented]?.[route.method.toLowerCase()]) undocumented.push(`${route.method} ${documented}`);
      }
    }
    expect(undocumented).toEqual([]);

    // A stranger's key reaches nothing through another tenant's account.
    const stranger = await buildAccount(t.app(), { name: 'Stranger MPS' });
    const deposit = await fixtures.deposits!();
    expectNotFound(await t.api('GET', `/v1/accounts/${customer}/deposits/${deposit.id}`, { key: stranger.api_key }), 'stranger');
    expectNotFound(await t.api('DELETE', `/v1/accounts/${customer}/deposits/${deposit.id}`, { key: stranger.api_key }), 'stranger delete');
    expect((await api('GET', `/v1/deposits/${deposit.id}`)).status).toBe(200);
  });
});

/**
 * The writes that fail in both scopes by design, with their answer: the fixtures' deposits are entered by hand
 * (POST …/deposits), and only deposits collected from a feed are reviewed.
 */
const EXPECTED_FAILURES: Record<string, [number, unknown]> = {
  'POST /v1/deposits/:id/approve': [
    400,
    { error: 'Only deposits collected from a feed are reviewed.', code: 400, reason: 'invalid_request' },
  ],
  'POST /v1/deposits/:id/reject': [
    400,
    { error: 'Only deposits collected from a feed are reviewed.', code: 400, reason: 'invalid_request' },
  ],
};

function expectNotFound(res: { status: number; json: unknown; text: string }, what: string): void {
  expect([res.status, res.text], what).toEqual([404, JSON.stringify({ error: 'Not Found.', code: 404, reason: 'not_found' })]);
}

/** A write's answer with what must differ between two fresh resources masked: their ids, names, times, secrets. */
function normalize(body: unknown, id: string): unknown {
  const mask = new Set(['name', 'email', 'external_id', 'key', 'prefix', 'certificate_id', 'url', 'pdf_url', 'full_name', 'display_name']);
  const walk = (v: unknown, k?: string): unknown => {
    if (typeof v === 'string') {
      if (v === id) return '<id>';
      if (k && mask.has(k)) return '<masked>';
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(v)) return '<time>';
      return v;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, walk(x, key)]));
    return v;
  };
  return walk(body);
}
