import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

/**
 * GET /v1/audit with filters (issue 19, item 9): each filter gives exactly the entries of the writes this test made, at
 * instants this test chose; the entries name their actor and account; bad values are a 400 naming the field.
 */
const clock = fixedClock(new Date('2026-06-10T12:00:00Z'));
const t = useTestApp({ clock });

type Entry = Record<string, unknown> & { id: number };

function cookieOf(setCookie: string | string[] | undefined): string {
  const line = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
  return line.split(';')[0]!;
}

describe('the audit log, filtered', () => {
  it('narrows to the writes asked for, names who made them, pages with the filters, refuses bad values', async () => {
    const provider = await buildAccount(t.app(), { name: 'Audit Filter MPS' });
    const customer = await buildAccount(t.app(), { name: 'Audit Filter Customer', parentId: provider.account_id });
    const stranger = await buildAccount(t.app(), { name: 'Audit Stranger MPS' });
    const tagOf = (email: string) => /^user-(\w+)@/.exec(email)![1]!;
    const providerUser = `User ${tagOf(provider.email)}`;
    const customerUser = `User ${tagOf(customer.email)}`;
    const providerKeyId = (
      await t.app().db.selectFrom('api_keys').select('id').where('account_id', '=', provider.account_id).executeTakeFirstOrThrow()
    ).id;
    const customerKeyId = (
      await t.app().db.selectFrom('api_keys').select('id').where('account_id', '=', customer.account_id).executeTakeFirstOrThrow()
    ).id;

    // e1, 10 June 12:00 UTC (13:00 in London): the provider's key creates an account.
    const a = await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: 'Audited Customer' } });
    expect(a.status).toBe(201);
    // e2, 10 June 23:30 UTC, already 11 June 00:30 in London: renames it.
    clock.set(new Date('2026-06-10T23:30:00Z'));
    expect(
      (await t.api('PATCH', `/v1/accounts/${a.json.id}`, { key: provider.api_key, body: { name: 'Audited Customer 2' } })).status,
    ).toBe(200);
    // e3, 11 June 08:00 UTC: a rename of an account that does not exist (404), through the account-scoped route.
    clock.set(new Date('2026-06-11T08:00:00Z'));
    const missing = randomUUID();
    const twin = `/v1/accounts/${provider.account_id}/accounts/${missing}`;
    expect((await t.api('PATCH', twin, { key: provider.api_key, body: { name: 'Nobody' } })).status).toBe(404);
    // e4, 12 June 10:00 UTC: the provider's user, signed in to the dashboard, creates an account.
    clock.set(new Date('2026-06-12T10:00:00Z'));
    const session = await t.api('POST', '/v1/session', { body: { email: provider.email, password: provider.password } });
    expect(session.status).toBe(200);
    const cookie = cookieOf(session.headers['set-cookie']);
    const made = await t.api('POST', '/v1/accounts', {
      headers: { cookie, 'x-csrf-token': session.json.csrf_token as string },
      body: { name: 'Made by a person' },
    });
    expect(made.status).toBe(201);
    // e5, 12 June 11:00 UTC: the customer's key creates an API key of its own.
    clock.set(new Date('2026-06-12T11:00:00Z'));
    expect((await t.api('POST', '/v1/api_keys', { key: customer.api_key, body: { name: 'Customer extra key' } })).status).toBe(201);
    // In another tree: the stranger's write.
    expect((await t.api('POST', '/v1/accounts', { key: stranger.api_key, body: { name: 'Not yours' } })).status).toBe(201);

    const list = async (query: string, key = provider.api_key) => {
      const res = await t.api('GET', `/v1/audit${query ? `?${query}` : ''}`, { key });
      expect(res.status, query).toBe(200);
      return res.json as Entry[];
    };
    const all = await list('');
    // The sign-in itself had no caller yet (anonymous, no account): not in any tree.
    expect(all.map((e) => [e.method, e.route, e.status, e.actor_type])).toEqual([
      ['POST', '/v1/api_keys', 201, 'api_key'],
      ['POST', '/v1/accounts', 201, 'user'],
      ['PATCH', '/v1/accounts/:account_id/accounts/:id', 404, 'api_key'],
      ['PATCH', '/v1/accounts/:id', 200, 'api_key'],
      ['POST', '/v1/accounts', 201, 'api_key'],
    ]);
    const [e5, e4, e3, e2, e1] = all as [Entry, Entry, Entry, Entry, Entry];
    expect([e1.at, e2.at, e3.at, e4.at, e5.at]).toEqual([
      '2026-06-10T12:00:00Z',
      '2026-06-10T23:30:00Z',
      '2026-06-11T08:00:00Z',
      '2026-06-12T10:00:00Z',
      '2026-06-12T11:00:00Z',
    ]);

    // Who, in words: the user's name and email, or the key's name and prefix (the first 10 characters: "cnp_" + 6).
    expect(e4).toMatchObject({
      actor_id: provider.user_id,
      actor_name: providerUser,
      actor_email: provider.email,
      actor_key_prefix: null,
      account_id: provider.account_id,
      account_name: 'Audit Filter MPS',
    });
    expect(e1).toMatchObject({
      actor_id: providerKeyId,
      actor_name: `Created for ${providerUser}`,
      actor_email: null,
      actor_key_prefix: provider.api_key.slice(0, 10),
      account_name: 'Audit Filter MPS',
      resource_id: null,
    });
    expect(e5).toMatchObject({
      actor_id: customerKeyId,
      actor_name: `Created for ${customerUser}`,
      actor_key_prefix: customer.api_key.slice(0, 10),
      account_id: customer.account_id,
      account_name: 'Audit Filter Customer',
    });
    expect([e2.resource_id, e3.resource_id]).toEqual([a.json.id, missing]);
    const text = JSON.stringify(all);
    for (const secret of [provider.api_key, customer.api_key, provider.password]) expect(text).not.toContain(secret);
    const hashes = await t.app().db.selectFrom('api_keys').select('key_hash').execute();
    for (const h of hashes) expect(text).not.toContain(h.key_hash);

    const ids = async (query: string, key?: string) => (await list(query, key)).map((e) => e.id);
    expect(await ids('actor_type=user')).toEqual([e4.id]);
    expect(await ids('actor_type=api_key')).toEqual([e5.id, e3.id, e2.id, e1.id]);
    expect(await ids('actor_type=anonymous')).toEqual([]);
    expect(await ids(`actor_id=${provider.user_id}`)).toEqual([e4.id]);
    expect(await ids(`actor_id=${providerKeyId}`)).toEqual([e3.id, e2.id, e1.id]);
    expect(await ids(`actor_id=${providerKeyId.toUpperCase()}`)).toEqual([e3.id, e2.id, e1.id]);
    expect(await ids('method=PATCH')).toEqual([e3.id, e2.id]);
    expect(await ids('method=DELETE')).toEqual([]);
    // An item route's pattern takes in its account-scoped twin; the twin's own pattern only itself.
    expect(await ids(`route=${encodeURIComponent('/v1/accounts/:id')}`)).toEqual([e3.id, e2.id]);
    expect(await ids(`route=${encodeURIComponent('/v1/accounts/:account_id/accounts/:id')}`)).toEqual([e3.id]);
    expect(await ids('route=/v1/api_keys')).toEqual([e5.id]);
    expect(await ids('route=/v1/accounts')).toEqual([e4.id, e1.id]);
    expect(await ids(`resource_id=${a.json.id}`)).toEqual([e2.id]);
    expect(await ids(`account_id=${customer.account_id}`)).toEqual([e5.id]);
    expect(await ids(`account_id=${provider.account_id}`)).toEqual([e4.id, e3.id, e2.id, e1.id]);
    expect(await ids(`account_id=${stranger.account_id}`)).toEqual([]); // another tree: nothing, not its entries
    // Days are London days, both ends included.
    expect(await ids('to=2026-06-10')).toEqual([e1.id]);
    expect(await ids('from=2026-06-11')).toEqual([e5.id, e4.id, e3.id, e2.id]);
    expect(await ids('from=2026-06-11&to=2026-06-11')).toEqual([e3.id, e2.id]);
    expect(await ids('from=2026-06-12&to=2026-06-12')).toEqual([e5.id, e4.id]);
    expect(await ids('from=2026-06-13')).toEqual([]);
    expect(await ids('status=failure')).toEqual([e3.id]);
    expect(await ids('status=404')).toEqual([e3.id]);
    expect(await ids('status=success')).toEqual([e5.id, e4.id, e2.id, e1.id]);
    expect(await ids('status=201')).toEqual([e5.id, e4.id, e1.id]);
    expect(await ids('method=POST&actor_type=api_key')).toEqual([e5.id, e1.id]);
    expect(await ids(`method=PATCH&status=success&account_id=${provider.account_id}`)).toEqual([e2.id]);
    expect(await ids(`status=success&before=${e4.id}`)).toEqual([e2.id, e1.id]);

    // Pages keep the filters: Link rel="next" carries them.
    const first = await t.api('GET', '/v1/audit?status=success&limit=2', { key: provider.api_key });
    expect(first.json.map((e: Entry) => e.id)).toEqual([e5.id, e4.id]);
    const next = /^<([^>]+)>; rel="next"$/.exec(String(first.headers.link))![1]!;
    expect(new URL(next, 'https://x.invalid').searchParams.get('status')).toBe('success');
    const second = await t.api('GET', next, { key: provider.api_key });
    expect(second.json.map((e: Entry) => e.id)).toEqual([e2.id, e1.id]);
    expect(second.headers.link).toBeUndefined();

    // Bad values: a 400 naming the field, and nothing else changes.
    const bad: Array<[string, string]> = [
      ['actor_id=someone', 'actor_id'],
      ['actor_type=robot', 'actor_type'],
      ['method=GET', 'method'],
      ['route=servers', 'route'],
      ['resource_id=123', 'resource_id'],
      ['account_id=not-an-id', 'account_id'],
      ['from=2026-02-30', 'from'],
      ['to=11%2F06%2F2026', 'to'],
      ['from=2026-06-12&to=2026-06-11', 'to'],
      ['status=ok', 'status'],
      ['status=99', 'status'],
      ['before=0', 'before'],
    ];
    for (const [query, field] of bad) {
      const res = await t.api('GET', `/v1/audit?${query}`, { key: provider.api_key });
      expect([res.status, res.json.reason], query).toEqual([400, 'invalid_request']);
      expect(res.json.error, query).toMatch(new RegExp(`^querystring\\.${field}: `));
    }
    expect(await list('')).toEqual(all);

    // Other trees see none of it; the stranger sees its own write only.
    const theirs = await list('', stranger.api_key);
    expect(theirs.map((e) => [e.route, e.account_id])).toEqual([['/v1/accounts', stranger.account_id]]);
    expect(await ids(`actor_id=${providerKeyId}`, stranger.api_key)).toEqual([]);
    expect(await ids(`account_id=${provider.account_id}`, stranger.api_key)).toEqual([]);

    // A customer account has no audit log (the policy table): 403, filters or not.
    for (const query of ['', `?account_id=${customer.account_id}`]) {
      const res = await t.api('GET', `/v1/audit${query}`, { key: customer.api_key });
      expect([res.status, res.json.reason]).toEqual([403, 'forbidden']);
    }
  });
});
