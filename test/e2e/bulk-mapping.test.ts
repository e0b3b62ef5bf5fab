import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { simCustomers, useSimulator, type SimCustomer } from '../harness/simulator.js';

// Bulk mapping (issue 19, item 1): the unmapped customers report with proposed matches, and
// POST /v1/servers/:id/feeds/bulk, all or nothing, with a dry run that writes nothing.
const TODAY = '2026-06-15';
const s = useSimulator({ today: TODAY, customers: 6, seed: 23 });
const t = useTestApp({ clock: fixedClock(new Date(`${TODAY}T09:00:00Z`)), outboundCa: () => s.sim().ca });

type Customer = SimCustomer;
const portalCustomers = () => simCustomers(s.client());

async function setup(name: string) {
  const provider = await buildAccount(t.app(), { name });
  const key = provider.api_key;
  const server = (
    await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
  ).json;
  return { key, provider, server };
}

/** What a failed request must not have changed: the provider's accounts and feeds, and the queued collections. */
async function snapshot(providerId: string) {
  const db = t.app().db;
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'name'])
    .where(sql<boolean>`ancestry @> ARRAY[${providerId}]::uuid[]`)
    .execute();
  const feeds = await db
    .selectFrom('feeds as f')
    .innerJoin('accounts as a', 'a.id', 'f.account_id')
    .select(['f.id', 'f.external_id'])
    .where(sql<boolean>`a.ancestry @> ARRAY[${providerId}]::uuid[]`)
    .execute();
  const jobs = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker.jobs`.execute(db)).rows[0]!.n;
  return { accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)), feeds: feeds.sort((a, b) => a.id.localeCompare(b.id)), jobs };
}

describe('the unmapped customers report', () => {
  it('lists every customer with its feed, or a proposed account with its confidence', async () => {
    const portal = await portalCustomers();
    expect(portal).toHaveLength(6);
    const [c0, c1, c2, c3] = portal as [Customer, Customer, Customer, Customer];
    const { key, server } = await setup('Report MPS');
    const exact = (await t.api('POST', '/v1/accounts', { key, body: { name: c0.name.toUpperCase() } })).json;
    const crm = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Zzqx Holdings', external_id: String(c1.id) } })).json;
    const connected = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Already connected' } })).json;
    const feed = await t.api('POST', `/v1/accounts/${connected.id}/feeds`, {
      key,
      body: { type: 'onestop', server_id: server.id, external_id: String(c2.id), activated_at: '2026-06-01' },
    });
    expect(feed.status, feed.text).toBe(201);

    const all = await t.api('GET', `/v1/servers/${server.id}/customers`, { key });
    expect(all.status, all.text).toBe(200);
    expect(all.json.map((c: { external_id: string }) => c.external_id)).toEqual(portal.map((c) => String(c.id)));

    const unmapped = await t.api('GET', `/v1/servers/${server.id}/customers?mapped=false`, { key });
    expect(unmapped.status, unmapped.text).toBe(200);
    const byId = new Map(unmapped.json.map((c: { external_id: string }) => [c.external_id, c]));
    expect([...byId.keys()]).toEqual(portal.filter((c) => c !== c2).map((c) => String(c.id)));
    // The same name but for case: certain. The account whose CRM id is the portal id: certain.
    expect(byId.get(String(c0.id))).toEqual({
      external_id: String(c0.id),
      name: c0.name,
      feed_id: null,
      account_id: null,
      proposed_match: { account_id: exact.id, account_name: c0.name.toUpperCase(), confidence: 1, basis: 'name' },
    });
    expect((byId.get(String(c1.id)) as { proposed_match: unknown }).proposed_match).toEqual({
      account_id: crm.id,
      account_name: 'Zzqx Holdings',
      confidence: 1,
      basis: 'external_id',
    });
    expect((byId.get(String(c3.id)) as { proposed_match: unknown }).proposed_match).toBeNull();

    const mapped = await t.api('GET', `/v1/servers/${server.id}/customers?mapped=true`, { key });
    expect(mapped.json).toEqual([
      { external_id: String(c2.id), name: c2.name, feed_id: feed.json.id, account_id: connected.id, proposed_match: null },
    ]);

    const bad = await t.api('GET', `/v1/servers/${server.id}/customers?mapped=maybe`, { key });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/mapped/);
  });
});

describe('POST /v1/servers/:id/feeds/bulk', () => {
  it('a dry run answers what would be created and writes nothing; the real run creates exactly that', async () => {
    const portal = await portalCustomers();
    const { key, provider, server } = await setup('Bulk MPS');
    const existing = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Existing customer' } })).json;
    const body = {
      activated_at: '2026-05-01',
      customers: [
        { external_id: String(portal[0]!.id), account_id: existing.id },
        { external_id: String(portal[1]!.id), name: 'Brand New One' },
        { external_id: portal[2]!.id, name: 'brand new one' }, // a number id, and the same new name: one account
        { external_id: String(portal[3]!.id), name: 'Second New' },
      ],
    };
    const before = await snapshot(provider.account_id);

    const dry = await t.api('POST', `/v1/servers/${server.id}/feeds/bulk`, { key, body: { ...body, dry_run: true } });
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json.dry_run).toBe(true);
    expect(dry.json.accounts_created).toBe(2);
    expect(dry.json.feeds.map((f: { external_id: string }) => f.external_id)).toEqual(portal.slice(0, 4).map((c) => String(c.id)));
    expect(dry.json.feeds[0].account_id).toBe(existing.id);
    expect(dry.json.feeds[1].account_id).toBe(dry.json.feeds[2].account_id);
    expect(dry.json.feeds.every((f: { activated_at: string }) => f.activated_at === '2026-05-01T00:00:00Z')).toBe(true);
    expect(await snapshot(provider.account_id)).toEqual(before);

    const real = await t.api('POST', `/v1/servers/${server.id}/feeds/bulk`, { key, body });
    expect(real.status, real.text).toBe(201);
    expect(real.json.dry_run).toBe(false);
    expect(real.json.accounts_created).toBe(2);
    const after = await snapshot(provider.account_id);
    expect(after.feeds.map((f) => f.external_id).sort()).toEqual(
      portal
        .slice(0, 4)
        .map((c) => String(c.id))
        .sort(),
    );
    const newNames = after.accounts.filter((a) => !before.accounts.some((b) => b.id === a.id)).map((a) => a.name);
    expect(newNames.sort()).toEqual(['Brand New One', 'Second New']);
    expect(after.jobs).toBeGreaterThan(before.jobs); // a collection backfills them
    const feeds = (await t.api('GET', `/v1/accounts/${existing.id}/feeds`, { key })).json;
    expect(feeds.map((f: { external_id: string }) => f.external_id)).toEqual([String(portal[0]!.id)]);

    // Again: every customer now has a feed, so nothing more is created.
    const again = await t.api('POST', `/v1/servers/${server.id}/feeds/bulk`, { key, body });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatch(/^customers\.0\.external_id/);
    expect(await snapshot(provider.account_id)).toEqual(after);
  });

  it('two identical requests at once: one connects everything, nothing of the other is kept', async () => {
    const portal = await portalCustomers();
    const { key, provider, server } = await setup('Racing MPS');
    const body = {
      activated_at: '2026-05-01',
      customers: [
        { external_id: String(portal[0]!.id), name: 'Racer One' },
        { external_id: String(portal[1]!.id), name: 'Racer Two' },
      ],
    };
    const before = await snapshot(provider.account_id);
    const answers = await Promise.all([1, 2, 3].map(() => t.api('POST', `/v1/servers/${server.id}/feeds/bulk`, { key, body })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const after = await snapshot(provider.account_id);
    expect(after.feeds).toHaveLength(before.feeds.length + 2);
    // The losers' new accounts (created before their feeds conflicted) were rolled back with them.
    const added = after.accounts.filter((a) => !before.accounts.some((b) => b.id === a.id)).map((a) => a.name);
    expect(added.sort()).toEqual(['Racer One', 'Racer Two']);
  });

  it('bad input is a 4xx naming the field, and nothing of the request is written', async () => {
    const portal = await portalCustomers();
    const { key, provider, server } = await setup('Careful MPS');
    const other = await setup('Other MPS');
    const foreign = (await t.api('POST', '/v1/accounts', { key: other.key, body: { name: 'Not yours' } })).json;
    const mine = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Mine' } })).json;
    const ok = { external_id: String(portal[0]!.id), name: 'Would be new' };
    const id = (n: number) => String(portal[n]!.id);
    const cases: Array<[unknown, number, RegExp]> = [
      [{ customers: [ok] }, 400, /activated_at/],
      [{ activated_at: '2026-02-30', customers: [ok] }, 400, /activated_at/],
      [{ activated_at: '2026-05-01', customers: [] }, 400, /customers/],
      [{ activated_at: '2026-05-01', dry_run: 'yes', customers: [ok] }, 400, /dry_run/],
      [{ activated_at: '2026-05-01', customers: [{ external_id: id(1) }] }, 400, /customers\.0\.account_id/],
      [
        { activated_at: '2026-05-01', customers: [{ external_id: id(1), name: 'X', account_id: mine.id }] },
        400,
        /customers\.0\.account_id/,
      ],
      [{ activated_at: '2026-05-01', customers: [ok, { external_id: id(1), name: '  ' }] }, 400, /customers\.1\.name/],
      [{ activated_at: '2026-05-01', customers: [ok, { ...ok, name: 'Twice' }] }, 400, /^customers\.1\.external_id: .*twice/],
      [
        { activated_at: '2026-05-01', customers: [ok, { external_id: '999999', name: 'Ghost' }] },
        400,
        /^customers\.1\.external_id: the portal has no customer 999999/,
      ],
      [
        { activated_at: '2026-05-01', customers: [ok, { external_id: id(1), account_id: foreign.id }] },
        400,
        /^customers\.1\.account_id: no such account/,
      ],
      [
        { activated_at: '2026-05-01', customers: [ok, { external_id: id(1), account_id: provider.account_id }] },
        400,
        /^customers\.1\.account_id/,
      ],
      [{ activated_at: '2026-05-01', customers: [ok], extra: 1 }, 400, /extra/],
    ];
    const before = await snapshot(provider.account_id);
    for (const [body, status, error] of cases) {
      const res = await t.api('POST', `/v1/servers/${server.id}/feeds/bulk`, { key, body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.json.error, JSON.stringify(body)).toMatch(error);
    }
    // Another tenant's server is a 404, whatever the body.
    const stranger = await t.api('POST', `/v1/servers/${other.server.id}/feeds/bulk`, { key, body: { customers: 'nonsense' } });
    expect(stranger.status).toBe(404);
    expect((await t.api('GET', `/v1/servers/${other.server.id}/customers?mapped=false`, { key })).status).toBe(404);
    expect(await snapshot(provider.account_id)).toEqual(before);
  });
});
