import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import { fixedClock } from '../../src/clock.js';
import { migrations } from '../../src/db/migrations/index.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

/** Servers have display names and editable settings; a server keeps its sync history when its URL changes (issue 19, item 7). */
const TODAY = '2026-06-15';
const s = useSimulator({ today: TODAY, customers: 3, seed: 7 });
const t = useTestApp({ clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)), outboundCa: () => s.sim().ca });

const PASSWORD = 'demo-password';
const register = (key: string, over: Record<string, unknown> = {}) =>
  t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: PASSWORD, ...over } });

describe('server names', () => {
  it('are the URL host unless given, trimmed; a bad one is a 400 naming the field, and nothing is saved', async () => {
    const { api_key: key } = await buildAccount(t.app(), { name: 'Names MPS' });
    const plain = await register(key);
    expect(plain.status, plain.text).toBe(201);
    expect(plain.json.name).toBe(`localhost:${s.sim().port}`);

    const named = await register(key, { name: '  Leeds print fleet  ' });
    expect(named.status, named.text).toBe(201);
    expect(named.json.name).toBe('Leeds print fleet');
    expect((await t.api('GET', `/v1/servers/${named.json.id}`, { key })).json.name).toBe('Leeds print fleet');
    expect((await t.api('GET', '/v1/servers', { key })).json.map((x: { name: string }) => x.name).sort()).toEqual([
      'Leeds print fleet',
      `localhost:${s.sim().port}`,
    ]);
    const hundred = 'x'.repeat(100);
    expect((await register(key, { name: hundred })).json.name).toBe(hundred);

    const count = async () => (await t.api('GET', '/v1/servers', { key })).json.length;
    const before = await count();
    for (const bad of ['', '   ', 'y'.repeat(101), 42, null]) {
      const res = await register(key, { name: bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.json.error).toContain('name');
    }
    expect(await count()).toBe(before);
  });
});

describe('server settings', () => {
  it('PATCH changes the name, time zone, holiday region and paper profile; bad values are 400s naming the field', async () => {
    const { api_key: key } = await buildAccount(t.app(), { name: 'Settings MPS' });
    const created = (await register(key, { name: 'Before' })).json;
    expect(created).toMatchObject({ name: 'Before', time_zone: 'Europe/London', holiday_region: 'GB-ENG', paper_profile: 'a4' });

    const patch = await t.api('PATCH', `/v1/servers/${created.id}`, {
      key,
      body: { name: ' Glasgow fleet ', time_zone: 'America/New_York', holiday_region: 'US', paper_profile: 'letter', concurrency: 3 },
    });
    expect(patch.status, patch.text).toBe(200);
    const want = {
      name: 'Glasgow fleet',
      time_zone: 'America/New_York',
      holiday_region: 'US',
      paper_profile: 'letter',
      concurrency: 3,
      url: s.sim().url,
    };
    expect(patch.json).toMatchObject(want);
    const stored = (await t.api('GET', `/v1/servers/${created.id}`, { key })).json;
    expect(stored).toMatchObject(want);

    for (const [body, field] of [
      [{ name: '' }, 'name'],
      [{ name: '  ' }, 'name'],
      [{ name: 'z'.repeat(101) }, 'name'],
      [{ name: 7 }, 'name'],
      [{ time_zone: 'Mars/Olympus_Mons' }, 'time_zone'],
      [{ holiday_region: 'england' }, 'holiday_region'],
      [{ holiday_region: 'ZZ' }, 'holiday_region'],
      [{ holiday_region: 'GB-XYZ' }, 'holiday_region'],
      [{ paper_profile: 'a5' }, 'paper_profile'],
      [{ name: 'Fine', paper_profile: 'a5' }, 'paper_profile'],
      [{ concurrency: 0 }, 'concurrency'],
    ] as const) {
      const res = await t.api('PATCH', `/v1/servers/${created.id}`, { key, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error).toContain(field);
    }
    expect((await t.api('GET', `/v1/servers/${created.id}`, { key })).json).toEqual(stored);

    const other = await buildAccount(t.app(), { name: 'Other Settings MPS' });
    expect((await t.api('PATCH', `/v1/servers/${created.id}`, { key: other.api_key, body: { name: 'Mine' } })).status).toBe(404);
    expect((await t.api('GET', `/v1/servers/${created.id}`, { key })).json.name).toBe('Glasgow fleet');
  });
});

describe('sync history', () => {
  it('stays with its server when the URL changes', async () => {
    const { api_key: key } = await buildAccount(t.app(), { name: 'Moving MPS' });
    const server = (await register(key, { name: 'Moving portal' })).json;
    const account = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Moved customer' } })).json;
    const feed = await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
      key,
      body: { type: 'onestop', server_id: server.id, external_id: '1001', activated_at: addDays(TODAY, -10) },
    });
    expect(feed.status, feed.text).toBe(201);
    const run = await t.app().services.collector.collectServer(server.id, { trigger: 'test', wait: true });
    expect(run.status).toBe('succeeded');
    const earlier = (await t.api('GET', `/v1/servers/${server.id}/syncs`, { key })).json;
    expect(earlier).toHaveLength(1);

    // The same portal, reached at another address (the simulator's certificate also names 127.0.0.1).
    const moved = `https://127.0.0.1:${s.sim().port}`;
    const withoutPassword = await t.api('PATCH', `/v1/servers/${server.id}`, { key, body: { url: moved } });
    expect(withoutPassword.status).toBe(400);
    const patch = await t.api('PATCH', `/v1/servers/${server.id}`, { key, body: { url: moved, password: PASSWORD } });
    expect(patch.status, patch.text).toBe(200);
    expect(patch.json).toMatchObject({ id: server.id, url: moved, name: 'Moving portal' });

    const history = (await t.api('GET', `/v1/servers/${server.id}/syncs`, { key })).json;
    expect(history).toEqual(earlier);
    expect(history[0]).toMatchObject({ server_id: server.id, trigger: 'test', status: 'succeeded' });

    // A run after the move joins the same history.
    expect((await t.app().services.collector.collectServer(server.id, { trigger: 'test', wait: true })).status).toBe('succeeded');
    const after = (await t.api('GET', `/v1/servers/${server.id}/syncs`, { key })).json;
    expect(after).toHaveLength(2);
    expect(after.find((r: { id: string }) => r.id === earlier[0].id)).toEqual(earlier[0]);
  });
});

describe('the migration', () => {
  it("names the servers registered before it after their URL's host", async () => {
    const { account_id } = await buildAccount(t.app(), { name: 'Old MPS' });
    const db = t.app().db;
    const m = migrations['0018_server_names']!;
    await m.down!(db);
    const urls = ['https://printfleet.example.co.uk', 'https://Portal.Example.com:443/api/v1', 'https://user@10.1.2.3:8443/onestop'];
    const ids: string[] = [];
    for (const url of urls) {
      const id = crypto.randomUUID();
      ids.push(id);
      await sql`
        INSERT INTO servers (id, account_id, type, url, username, password_encrypted, paper_profile, time_zone, holiday_region, concurrency)
        VALUES (${id}, ${account_id}, 'onestop', ${url}, 'canopy', 'v1.x.x.x.x', 'a4', 'Europe/London', 'GB-ENG', 1)`.execute(db);
    }
    await m.up(db);
    const rows = await db.selectFrom('servers').select(['id', 'name']).where('id', 'in', ids).execute();
    expect(ids.map((id) => rows.find((r) => r.id === id)?.name)).toEqual([
      'printfleet.example.co.uk',
      'portal.example.com',
      '10.1.2.3:8443',
    ]);
    const nullable = await sql<{ is_nullable: string }>`
      SELECT is_nullable FROM information_schema.columns WHERE table_name = 'servers' AND column_name = 'name'`.execute(db);
    expect(nullable.rows).toEqual([{ is_nullable: 'NO' }]);
  });
});
