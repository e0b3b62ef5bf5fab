import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../../test/factories/accounts.js';
import { useTestApp } from '../../test/harness/app.js';
import { useSimulator } from '../../test/harness/simulator.js';

const s = useSimulator({ today: '2026-06-15', customers: 5, seed: 3 });
const t = useTestApp({ outboundCa: () => s.sim().ca });

type Owner = Awaited<ReturnType<typeof buildAccount>>;
let provider: Owner;
let other: Owner;
const PASSWORD = 'demo-password';

beforeAll(async () => {
  provider = await buildAccount(t.app(), { name: 'Server Owner' });
  other = await buildAccount(t.app(), { name: 'Someone Else' });
});

const body = (over: Record<string, unknown> = {}) => ({
  type: 'onestop',
  url: s.sim().url,
  username: 'demo',
  password: PASSWORD,
  contact: 'ops@example.com',
  ...over,
});

async function count(table: 'servers' | 'feeds') {
  return Number(
    (
      await t
        .app()
        .db.selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

describe('servers', () => {
  it('registers a server after logging in, encrypts the password and never returns it', async () => {
    const res = await t.api('POST', '/v1/servers', { key: provider.api_key, body: body() });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      type: 'onestop',
      url: s.sim().url,
      username: 'demo',
      password: null,
      contact: 'ops@example.com',
      account_id: provider.account_id,
      paper_profile: 'a4',
      time_zone: 'Europe/London',
      holiday_region: 'GB-ENG',
      concurrency: 1,
      health_check: 'healthy',
    });
    expect(res.text).not.toContain(PASSWORD);

    // The plaintext appears nowhere in the database.
    const { rows } = await (await import('kysely')).sql<{ dump: string }>`SELECT string_agg(t::text, '|') AS dump FROM servers t`.execute(
      t.app().db,
    );
    expect(rows[0]!.dump).not.toContain(PASSWORD);
    expect(rows[0]!.dump).toMatch(/v1\.[0-9a-f]{12}\./);

    const found = await t.api('GET', `/v1/servers/${res.json.id}`, { key: provider.api_key });
    expect(found.json.password).toBeNull();
    expect((await t.api('GET', '/v1/servers', { key: provider.api_key })).json.map((x: { id: string }) => x.id)).toContain(res.json.id);
    expect((await t.api('GET', `/v1/servers/${res.json.id}`, { key: other.api_key })).status).toBe(404);
  });

  it.each([
    ['http://', { url: 'http://localhost:1' }, /https/],
    ['a non-URL', { url: 'not a url' }, /url/],
    ['another type', { type: 'fmaudit' }, /type/],
    ['a missing password', { password: undefined }, /password/],
    ['a bad time zone', { time_zone: 'Mars/Olympus' }, /time_zone/],
  ])('rejects %s with 400 and saves nothing', async (_l, over, message) => {
    const before = await count('servers');
    const res = await t.api('POST', '/v1/servers', { key: provider.api_key, body: body(over) });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatch(message);
    expect(await count('servers')).toBe(before);
  });

  it('says whether the credentials were rejected or the portal was unreachable, and saves nothing', async () => {
    const before = await count('servers');
    const rejected = await t.api('POST', '/v1/servers', { key: provider.api_key, body: body({ password: 'wrong' }) });
    expect([rejected.status, rejected.json.reason]).toEqual([400, 'credentials_rejected']);
    expect(rejected.json.error).toMatch(/rejected|username or password/i);
    expect(rejected.text).not.toContain('wrong');
    const unreachable = await t.api('POST', '/v1/servers', { key: provider.api_key, body: body({ url: 'https://127.0.0.1:1' }) });
    // The portal's failure, not the caller's: a bad gateway, with its stable reason.
    expect([unreachable.status, unreachable.json.reason]).toEqual([502, 'portal_unreachable']);
    expect(unreachable.json.error).toMatch(/reach|refused|unreachable/i);
    expect(await count('servers')).toBe(before);
  });

  it('re-checks credentials when they change, and keeps the old ones if the new ones fail', async () => {
    const created = await t.api('POST', '/v1/servers', { key: provider.api_key, body: body() });
    const bad = await t.api('PATCH', `/v1/servers/${created.json.id}`, { key: provider.api_key, body: { password: 'nope' } });
    expect(bad.status).toBe(400);
    const contact = await t.api('PATCH', `/v1/servers/${created.json.id}`, {
      key: provider.api_key,
      body: { contact: 'new@example.com', concurrency: 2 },
    });
    expect(contact.status).toBe(200);
    expect(contact.json).toMatchObject({ contact: 'new@example.com', concurrency: 2, password: null });
    const list = await t.api('GET', `/v1/servers/${created.json.id}/customers`, { key: provider.api_key });
    expect(list.status).toBe(200); // the stored password still works
    const gone = await t.api('DELETE', `/v1/servers/${created.json.id}`, { key: provider.api_key });
    expect(gone.json).toMatchObject({ id: created.json.id, deleted: true });
    expect((await t.api('GET', `/v1/servers/${created.json.id}`, { key: provider.api_key })).status).toBe(404);
  });

  it('lists the portal customers for the dropdown', async () => {
    const created = await t.api('POST', '/v1/servers', { key: provider.api_key, body: body() });
    const res = await t.api('GET', `/v1/servers/${created.json.id}/customers`, { key: provider.api_key });
    expect(res.json).toHaveLength(5);
    for (const c of res.json) {
      expect(Object.keys(c).sort()).toEqual(['account_id', 'external_id', 'feed_id', 'name', 'proposed_match']);
      expect(c.feed_id).toBeNull(); // no feed yet
      expect(c.external_id).toMatch(/^\d+$/);
    }
  });
});

describe('feeds', () => {
  let serverId: string;
  let customerId: string;
  beforeAll(async () => {
    serverId = (await t.api('POST', '/v1/servers', { key: provider.api_key, body: body() })).json.id;
    customerId = (await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: 'Feed Customer' } })).json.id;
  });

  it('creates, finds, updates, deactivates, activates and deletes a feed', async () => {
    const created = await t.api('POST', `/v1/accounts/${customerId}/feeds`, {
      key: provider.api_key,
      body: { type: 'onestop', server_id: serverId, external_id: 1001, activated_at: '2026-06-01' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.json).toMatchObject({
      account_id: customerId,
      server_id: serverId,
      external_id: '1001',
      status: 'active',
      activated_at: '2026-06-01T00:00:00Z',
      collection_scope: null,
      deactivated_at: null,
      health_check: 'pending',
    });
    const id = created.json.id;
    expect((await t.api('GET', `/v1/feeds/${id}`, { key: provider.api_key })).json.id).toBe(id);
    expect((await t.api('GET', `/v1/sources/${id}`, { key: provider.api_key })).json.id).toBe(id);
    expect((await t.api('GET', `/v1/accounts/${customerId}/feeds`, { key: provider.api_key })).json).toHaveLength(1);
    const off = await t.api('POST', `/v1/feeds/${id}/deactivate`, { key: provider.api_key });
    expect(off.json).toMatchObject({ status: 'inactive' });
    expect(off.json.deactivated_at).toMatch(/Z$/);
    expect((await t.api('POST', `/v1/feeds/${id}/activate`, { key: provider.api_key, body: {} })).json.status).toBe('active');
    const moved = await t.api('PATCH', `/v1/feeds/${id}`, { key: provider.api_key, body: { activated_at: '2026-05-01T00:00:00Z' } });
    expect(moved.json.activated_at).toBe('2026-05-01T00:00:00Z');
    expect((await t.api('GET', `/v1/feeds/${id}`, { key: other.api_key })).status).toBe(404);
    const deleted = await t.api('DELETE', `/v1/feeds/${id}`, { key: provider.api_key });
    expect(deleted.json).toMatchObject({ id, deleted: true });
  });

  it.each([
    ['an unknown portal customer', { external_id: '999999' }, 400, /no customer 999999/],
    ['an unknown server', { server_id: '00000000-0000-4000-8000-000000000000' }, 400, /server_id/],
    ['a bad date', { activated_at: '2026-02-30' }, 400, /activated_at/],
    ['a missing external id', { external_id: undefined }, 400, /external_id/],
  ])('rejects %s and saves nothing', async (_l, over, status, message) => {
    const before = await count('feeds');
    const res = await t.api('POST', `/v1/accounts/${customerId}/feeds`, {
      key: provider.api_key,
      body: { type: 'onestop', server_id: serverId, external_id: '1002', activated_at: '2026-06-01', ...over },
    });
    expect(res.status).toBe(status);
    expect(res.json.error).toMatch(message);
    expect(await count('feeds')).toBe(before);
  });

  it('refuses a second feed for the same portal customer (it would count pages twice)', async () => {
    const first = await t.api('POST', `/v1/accounts/${customerId}/feeds`, {
      key: provider.api_key,
      body: { type: 'onestop', server_id: serverId, external_id: '1003', activated_at: '2026-06-01' },
    });
    expect(first.status).toBe(201);
    const second = await t.api('POST', `/v1/accounts/${customerId}/feeds`, {
      key: provider.api_key,
      body: { type: 'onestop', server_id: serverId, external_id: '1003', activated_at: '2026-06-01' },
    });
    expect(second.status).toBe(409);
  });

  it('puts feeds only on customer accounts under the server owner', async () => {
    const onProvider = await t.api('POST', '/v1/feeds', {
      key: provider.api_key,
      body: { type: 'onestop', server_id: serverId, external_id: '1004', activated_at: '2026-06-01' },
    });
    expect(onProvider.status).toBe(400);
    const foreign = await t.api('POST', '/v1/feeds', {
      key: other.api_key,
      body: { type: 'onestop', server_id: serverId, external_id: '1004', activated_at: '2026-06-01' },
    });
    expect(foreign.status).toBe(400); // the server is not visible to them: "no such server"
  });
});
