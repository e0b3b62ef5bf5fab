import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness/app.js';
import { buildAccount } from '../../test/factories/accounts.js';

const t = useTestApp();

type Owner = Awaited<ReturnType<typeof buildAccount>>;
let provider: Owner; // provider with one customer child
let customer: Owner; // child of provider
let other: Owner; // an unrelated provider

beforeAll(async () => {
  provider = await buildAccount(t.app(), { name: 'Provider P' });
  customer = await buildAccount(t.app(), { name: 'Customer C', parentId: provider.account_id });
  other = await buildAccount(t.app(), { name: 'Other O' });
});

async function accountCount(): Promise<number> {
  const row = await t
    .app()
    .db.selectFrom('accounts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('authentication', () => {
  it('accepts the key as a Bearer token and as the Basic user name', async () => {
    const bearer = await t.api('GET', '/v1/account', { key: provider.api_key, auth: 'bearer' });
    const basic = await t.api('GET', '/v1/account', { key: provider.api_key, auth: 'basic' });
    expect(bearer.status).toBe(200);
    expect(basic.status).toBe(200);
    expect(bearer.json.id).toBe(provider.account_id);
    expect(basic.json).toEqual(bearer.json);
  });

  it('ignores a Basic password, as `curl -u KEY:anything` would send', async () => {
    const header = `Basic ${Buffer.from(`${provider.api_key}:whatever`).toString('base64')}`;
    const res = await t.api('GET', '/v1/account', { headers: { authorization: header } });
    expect(res.status).toBe(200);
  });

  it.each([
    ['no header', {}],
    ['an unknown key', { authorization: 'Bearer cnp_' + 'x'.repeat(43) }],
    ['a malformed key', { authorization: 'Bearer nonsense' }],
    ['an unknown scheme', { authorization: 'Token abc' }],
    ['an empty Basic user', { authorization: `Basic ${Buffer.from(':').toString('base64')}` }],
  ])('answers 401 with a JSON error for %s', async (_label, headers) => {
    const res = await t.api('GET', '/v1/account', { headers: headers as Record<string, string> });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ code: 401 });
    expect(typeof res.json.error).toBe('string');
  });

  it('stops accepting a key once it is revoked, and shows a new key only once', async () => {
    const created = await t.api('POST', '/v1/api_keys', { key: provider.api_key, body: { name: 'temporary' } });
    expect(created.status).toBe(201);
    expect(created.json.key).toMatch(/^cnp_/);
    const listed = await t.api('GET', '/v1/api_keys', { key: provider.api_key });
    const entry = listed.json.find((k: { id: string }) => k.id === created.json.id);
    expect(entry).toBeDefined();
    expect(entry.key).toBeUndefined();
    expect(JSON.stringify(listed.json)).not.toContain(created.json.key);

    expect((await t.api('GET', '/v1/account', { key: created.json.key })).status).toBe(200);
    const revoked = await t.api('DELETE', `/v1/api_keys/${created.json.id}`, { key: provider.api_key });
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ id: created.json.id, deleted: true });
    expect(revoked.json.revoked_at).toMatch(/Z$/);
    expect((await t.api('GET', '/v1/account', { key: created.json.key })).status).toBe(401);
  });

  it('stores only a hash of each key', async () => {
    const rows = await t.app().db.selectFrom('api_keys').select(['key_hash']).execute();
    for (const r of rows) {
      expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.key_hash).not.toContain(provider.api_key);
    }
  });

  it('refuses the key of a deactivated account', async () => {
    const child = await buildAccount(t.app(), { parentId: provider.account_id });
    expect((await t.api('POST', `/v1/accounts/${child.account_id}/deactivate`, { key: provider.api_key })).status).toBe(200);
    const res = await t.api('GET', '/v1/account', { key: child.api_key });
    expect(res.status).toBe(403);
    expect((await t.api('POST', `/v1/accounts/${child.account_id}/activate`, { key: provider.api_key })).status).toBe(200);
    expect((await t.api('GET', '/v1/account', { key: child.api_key })).status).toBe(200);
  });
});

describe('the account object', () => {
  it('has every field of the reference, blank ones as null', async () => {
    const res = await t.api('GET', '/v1/account', { key: customer.api_key });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json).toEqual({
      id: customer.account_id,
      name: 'Customer C',
      display_name: null,
      role: 'customer',
      parent_id: provider.account_id,
      external_id: null,
      status: 'active',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      activated_at: expect.stringMatching(/Z$/),
      deactivated_at: null,
      accounts_count: 0,
      users_count: 1,
      mtd_pages: 0,
      qtd_pages: 0,
      ytd_pages: 0,
      ltd_pages: 0,
      mtd_trees: 0,
      qtd_trees: 0,
      ytd_trees: 0,
      ltd_trees: 0,
      lifetime_pages: 0,
      lifetime_trees: 0,
      // The equivalents (issue 18) of no pages, with the factor set in force.
      ...Object.fromEntries(
        ['mtd', 'qtd', 'ytd', 'ltd'].flatMap((p) => ['co2e_kg', 'water_l', 'energy_kwh', 'wood_kg'].map((k) => [`${p}_${k}`, 0])),
      ),
      factors_version: 'epn-2024.1',
      certificates_pending_months: [], // no pages in a closed month waiting for a certificate
    });
  });
});

describe('scoping', () => {
  it('lets a provider see and list its customer', async () => {
    const found = await t.api('GET', `/v1/accounts/${customer.account_id}`, { key: provider.api_key });
    expect(found.status).toBe(200);
    const list = await t.api('GET', '/v1/accounts', { key: provider.api_key });
    expect(list.status).toBe(200);
    expect(Array.isArray(list.json)).toBe(true);
    expect(list.json.map((a: { id: string }) => a.id)).toContain(customer.account_id);
    const own = await t.api('GET', `/v1/accounts/${provider.account_id}`, { key: provider.api_key });
    expect(own.status).toBe(200);
  });

  it('answers 404 for accounts outside the caller subtree, exactly as for ids that do not exist', async () => {
    const cases = [
      ['GET', `/v1/accounts/${other.account_id}`, provider.api_key],
      ['GET', `/v1/accounts/${provider.account_id}`, customer.api_key], // a child never sees its parent
      ['GET', `/v1/accounts/${provider.account_id}`, other.api_key],
      ['GET', `/v1/accounts/${other.account_id}/accounts`, provider.api_key],
      ['PATCH', `/v1/accounts/${other.account_id}`, provider.api_key],
      ['POST', `/v1/accounts/${other.account_id}/deactivate`, provider.api_key],
      ['POST', `/v1/accounts/${other.account_id}/accounts`, provider.api_key],
      ['GET', '/v1/accounts/00000000-0000-4000-8000-000000000000', provider.api_key],
      ['GET', '/v1/accounts/not-a-uuid', provider.api_key],
    ] as const;
    for (const [method, path, key] of cases) {
      const res = await t.api(method, path, { key, ...(method !== 'GET' ? { body: { name: 'x' } } : {}) });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json).toEqual({ error: 'Not Found.', code: 404, reason: 'not_found' });
    }
    const untouched = await t.api('GET', '/v1/account', { key: other.api_key });
    expect(untouched.json.name).toBe('Other O');
    expect(untouched.json.status).toBe('active');
  });

  it('reaches children through the account relation', async () => {
    const list = await t.api('GET', `/v1/accounts/${provider.account_id}/accounts`, { key: provider.api_key });
    expect(list.json.map((a: { id: string }) => a.id)).toContain(customer.account_id);
    const one = await t.api('GET', `/v1/accounts/${provider.account_id}/accounts/${customer.account_id}`, { key: provider.api_key });
    expect(one.status).toBe(200);
    const notAChild = await t.api('GET', `/v1/accounts/${customer.account_id}/accounts/${provider.account_id}`, { key: provider.api_key });
    expect(notAChild.status).toBe(404);
  });
});

describe('creating, updating, activating', () => {
  it('creates a child account under the caller, or under a descendant via the relation', async () => {
    const created = await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: 'Acme Printing', external_id: 'ACME-1' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'Acme Printing',
      external_id: 'ACME-1',
      role: 'customer',
      parent_id: provider.account_id,
      status: 'active',
    });

    const reseller = await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: 'Reseller', role: 'provider' } });
    expect(reseller.status).toBe(201);
    const nested = await t.api('POST', `/v1/accounts/${reseller.json.id}/accounts`, { key: provider.api_key, body: { name: 'Nested' } });
    expect(nested.status).toBe(201);
    expect(nested.json.parent_id).toBe(reseller.json.id);
    const deep = await t.api('GET', `/v1/accounts/${nested.json.id}`, { key: provider.api_key });
    expect(deep.status).toBe(200);
    const counted = await t.api('GET', `/v1/accounts/${reseller.json.id}`, { key: provider.api_key });
    expect(counted.json.accounts_count).toBe(1);
  });

  it('forbids a customer from creating accounts', async () => {
    const before = await accountCount();
    const res = await t.api('POST', '/v1/accounts', { key: customer.api_key, body: { name: 'Nope' } });
    expect(res.status).toBe(403);
    expect(await accountCount()).toBe(before);
  });

  it('updates only the fields sent and returns the full object', async () => {
    const res = await t.api('PATCH', `/v1/accounts/${customer.account_id}`, {
      key: provider.api_key,
      body: { display_name: 'Customer C Ltd' },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: customer.account_id, name: 'Customer C', display_name: 'Customer C Ltd' });
    expect(res.json).toHaveProperty('ltd_pages');
  });

  it('activates and deactivates with or without a JSON body, returning the updated account', async () => {
    const off = await t.api('POST', `/v1/accounts/${customer.account_id}/deactivate`, { key: provider.api_key, body: {} });
    expect(off.status).toBe(200);
    expect(off.json.status).toBe('inactive');
    expect(off.json.deactivated_at).toMatch(/Z$/);
    // The JS client sends no body and no content type; some clients send the JSON content type with an empty body.
    const on = await t.api('POST', `/v1/accounts/${customer.account_id}/activate`, {
      key: provider.api_key,
      headers: { 'content-type': 'application/json' },
      rawBody: '',
    });
    expect(on.status).toBe(200);
    expect(on.json.status).toBe('active');
    expect(on.json.deactivated_at).toBeNull();
    const again = await t.api('POST', `/v1/accounts/${customer.account_id}/activate`, { key: provider.api_key });
    expect(again.status).toBe(200);
  });

  it('will not let an account deactivate itself', async () => {
    const res = await t.api('POST', `/v1/accounts/${provider.account_id}/deactivate`, { key: provider.api_key });
    expect(res.status).toBe(403);
    expect((await t.api('GET', '/v1/account', { key: provider.api_key })).json.status).toBe('active');
  });
});

describe('bad input', () => {
  it.each([
    ['malformed JSON', { rawBody: '{"name": ', headers: { 'content-type': 'application/json' } }, /not valid JSON/],
    ['a number for a name', { body: { name: 42 } }, /name/],
    ['an empty name', { body: { name: '   ' } }, /name/],
    ['a missing name', { body: { display_name: 'x' } }, /name/],
    ['an unknown role', { body: { name: 'x', role: 'emperor' } }, /role/],
    ['the platform role', { body: { name: 'x', role: 'platform' } }, /role/],
    ['a bad parent id', { body: { name: 'x', parent_id: 'zzz' } }, /parent_id/],
    ['an unknown parent', { body: { name: 'x', parent_id: '00000000-0000-4000-8000-000000000000' } }, /parent_id/],
    ['an array body', { body: [{ name: 'x' }] }, /body/],
    [
      'a prototype-poisoning body',
      { rawBody: '{"name":"x","__proto__":{"admin":true}}', headers: { 'content-type': 'application/json' } },
      /./,
    ],
  ])('rejects %s with 400, a JSON error, and no change', async (_label, opts, message) => {
    const before = await accountCount();
    const res = await t.api('POST', '/v1/accounts', { key: provider.api_key, ...(opts as object) });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe(400);
    expect(res.json.error).toMatch(message);
    expect(await accountCount()).toBe(before);
  });

  it('rejects a non-JSON content type with 415', async () => {
    const res = await t.api('POST', '/v1/accounts', {
      key: provider.api_key,
      rawBody: 'name=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.json.error).toMatch(/JSON/);
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: 'x', display_name: 'y'.repeat(300_000) } });
    expect(res.status).toBe(413);
  });

  it('rejects a bad PATCH without changing the account', async () => {
    const res = await t.api('PATCH', `/v1/accounts/${customer.account_id}`, { key: provider.api_key, body: { name: '' } });
    expect(res.status).toBe(400);
    const after = await t.api('GET', `/v1/accounts/${customer.account_id}`, { key: provider.api_key });
    expect(after.json.name).toBe('Customer C');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.api('GET', '/v1/nothing-here', { key: provider.api_key });
    expect(res.status).toBe(404);
    expect(res.json.error).toBe('Not Found.');
  });
});
