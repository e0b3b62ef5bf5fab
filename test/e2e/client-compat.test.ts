import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

// Request shapes of the official PrintReleaf clients (reference §10): the Ruby gem sends Bearer auth, its own
// User-Agent and `{}` bodies on actions; the JS SDK sends no User-Agent, no body on actions, list filters as a JSON
// body on GET, and says /sources for feeds.
const s = useSimulator({ today: '2026-03-20', customers: 3, seed: 12 });
const t = useTestApp({ clock: fixedClock(new Date('2026-03-20T09:00:00Z')), outboundCa: () => s.sim().ca });
const RUBY = { 'user-agent': 'PrintReleaf Ruby/1.5.0', 'content-type': 'application/json', accept: 'application/json' };

/** Requests as the Ruby client sends them: bearer key, its headers, and `{}` as the body of a write without one. */
function rubyAs(key: string) {
  return (method: string, path: string, body?: unknown) =>
    t.api(method, path, {
      key,
      auth: 'bearer',
      headers: RUBY,
      ...(body === undefined ? { rawBody: method === 'GET' ? undefined : '{}' } : { body }),
    } as never);
}

describe('official client compatibility', () => {
  it('works the way the Ruby client calls it', async () => {
    const provider = await buildAccount(t.app(), { name: 'Ruby MPS' });
    const ruby = rubyAs(provider.api_key);

    const me = await ruby('GET', '/v1/account');
    expect(me.status).toBe(200);
    for (const field of [
      'id',
      'name',
      'display_name',
      'role',
      'parent_id',
      'external_id',
      'status',
      'activated_at',
      'deactivated_at',
      'accounts_count',
      'users_count',
      'mtd_pages',
      'ltd_trees',
    ]) {
      expect(me.json, field).toHaveProperty(field); // blank fields are null, never omitted
    }
    const created = await ruby('POST', '/v1/accounts', { name: 'Acme Ltd', external_id: 'ACME-1' });
    expect(created.status).toBe(201);
    // PATCH with only the changed field returns the full object.
    const patched = await ruby('PATCH', `/v1/accounts/${created.json.id}`, { display_name: 'Acme' });
    expect(patched.json).toMatchObject({ id: created.json.id, name: 'Acme Ltd', display_name: 'Acme', external_id: 'ACME-1' });
    // Actions arrive with a `{}` body and return the updated resource.
    expect((await ruby('POST', `/v1/accounts/${created.json.id}/deactivate`)).json).toMatchObject({
      id: created.json.id,
      status: 'inactive',
    });
    expect((await ruby('POST', `/v1/accounts/${created.json.id}/activate`)).json).toMatchObject({ id: created.json.id, status: 'active' });

    const server = await ruby('POST', '/v1/servers', {
      type: 'onestop',
      url: s.sim().url,
      username: 'demo',
      password: 'demo-password',
      contact: 'ops@ruby.example',
    });
    expect(server.json).toMatchObject({ type: 'onestop', password: null });
    const feed = await ruby('POST', `/v1/accounts/${created.json.id}/feeds`, {
      type: 'onestop',
      server_id: server.json.id,
      external_id: '1001',
      activated_at: '2026-01-01',
    });
    expect(feed.status).toBe(201);
    expect((await ruby('POST', `/v1/feeds/${feed.json.id}/deactivate`)).json).toMatchObject({ id: feed.json.id, status: 'inactive' });

    const deposit = await ruby('POST', `/v1/accounts/${created.json.id}/deposits`, { pages: 16666, date: '2026-02-10' });
    expect(deposit.json).toMatchObject({ pages: 16666, standard_pages: 16666 });
    const quote = await ruby('POST', '/v1/quotes', {
      items: [
        {
          quantity: 20000,
          width: 0.2127,
          height: 0.2762,
          paper_type_id: (await ruby('GET', '/v1/paper/types')).json.find((p: { density: number }) => p.density === 216).id,
        },
        {
          quantity: 400000,
          width: 0.2127,
          height: 0.2762,
          paper_type_id: (await ruby('GET', '/v1/paper/types')).json.find((p: { density: number }) => p.density === 89).id,
        },
      ],
    });
    expect(quote.json).toMatchObject({ standard_pages: 525377, trees: 63.048, price: 157.61 });
    const transaction = await ruby('POST', '/v1/transactions', { quote_id: quote.json.id });
    expect(transaction.json).toMatchObject({ pages: 525377, trees: 63.048, quote_id: quote.json.id });
    const certificate = await ruby('GET', `/v1/certificates/${transaction.json.certificate_id}`);
    expect(certificate.json).toMatchObject({ id: transaction.json.certificate_id, pages: 525377, trees: 63.05 });
    for (const field of ['period_start', 'period_end', 'date', 'project_id', 'project', 'url', 'pdf_url'])
      expect(certificate.json, field).toHaveProperty(field);

    // DELETE returns the deleted object with "deleted": true (never a 204).
    const deleted = await ruby('DELETE', `/v1/deposits/${deposit.json.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.json).toMatchObject({ id: deposit.json.id, deleted: true });
    // Errors carry a string `error` (and `code`).
    const bad = await ruby('POST', '/v1/accounts', { name: 42 });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: expect.stringMatching(/name/), code: 400 });
    expect((await t.api('GET', '/v1/account', { key: 'cnp_wrong', headers: RUBY })).json).toMatchObject({
      error: expect.any(String),
      code: 401,
    });
  });

  it('keeps the owner-scoped URIs the Ruby client builds for resources reached through an account', async () => {
    const provider = await buildAccount(t.app(), { name: 'Relation MPS' });
    const ruby = rubyAs(provider.api_key);
    const P = `/v1/accounts/${provider.account_id}`;
    const customer = (await ruby('POST', `${P}/accounts`, { name: 'Relation Customer' })).json;
    const C = `/v1/accounts/${customer.id}`;
    // account.accounts.find(id): through the relation.
    expect((await ruby('GET', `${P}/accounts/${customer.id}`)).json).toMatchObject({ id: customer.id, name: 'Relation Customer' });

    // provider.servers: create, find, update, (delete at the end) with the account prefix kept.
    const server = (await ruby('POST', `${P}/servers`, { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' }))
      .json;
    expect((await ruby('GET', `${P}/servers/${server.id}`)).json.id).toBe(server.id);
    expect((await ruby('PATCH', `${P}/servers/${server.id}`, { contact: 'ops@relation.example' })).json.contact).toBe(
      'ops@relation.example',
    );

    // customer.feeds (and the JS name, sources): create, find, update, deactivate, activate, delete.
    const feed = (
      await ruby('POST', `${C}/feeds`, { type: 'onestop', server_id: server.id, external_id: '1003', activated_at: '2026-03-01' })
    ).json;
    expect((await ruby('GET', `${C}/feeds/${feed.id}`)).json.id).toBe(feed.id);
    expect((await ruby('GET', `${C}/sources/${feed.id}`)).json.id).toBe(feed.id);
    expect((await ruby('PATCH', `${C}/feeds/${feed.id}`, { collection_scope: null })).status).toBe(200);
    expect((await ruby('POST', `${C}/feeds/${feed.id}/deactivate`)).json).toMatchObject({ id: feed.id, status: 'inactive' });
    expect((await ruby('POST', `${C}/feeds/${feed.id}/activate`)).json).toMatchObject({ id: feed.id, status: 'active' });
    expect((await t.api('POST', `${C}/sources/${feed.id}/deactivate`, { key: provider.api_key, auth: 'basic' })).json.status).toBe(
      'inactive',
    ); // the JS way: no body

    // customer.deposits: the audit's failure, deposit.delete on a deposit created through the account.
    const deposit = (await ruby('POST', `${C}/deposits`, { pages: 16666, date: '2026-03-02' })).json;
    expect((await ruby('GET', `${C}/deposits/${deposit.id}`)).json).toMatchObject({ id: deposit.id, pages: 16666 });
    const deletedDeposit = await ruby('DELETE', `${C}/deposits/${deposit.id}`);
    expect(deletedDeposit.status).toBe(200);
    expect(deletedDeposit.json).toMatchObject({ id: deposit.id, deleted: true });
    // Gone, through the relation and through the default scope.
    expect((await ruby('GET', `${C}/deposits/${deposit.id}`)).status).toBe(404);
    expect((await ruby('GET', `/v1/deposits/${deposit.id}`)).status).toBe(404);

    // customer.transactions and their certificates; customer.invitations; customer.users; customer.volume.
    const transaction = (await ruby('POST', `${C}/transactions`, { trees: 2 })).json;
    expect((await ruby('GET', `${C}/transactions/${transaction.id}`)).json.id).toBe(transaction.id);
    expect((await ruby('GET', `${C}/certificates/${transaction.certificate_id}`)).json).toMatchObject({
      id: transaction.certificate_id,
      trees: 2,
    });
    expect((await ruby('DELETE', `${C}/transactions/${transaction.id}`)).json).toMatchObject({ id: transaction.id, deleted: true });
    const invitation = (await ruby('POST', `${C}/invitations`, { email: 'relation.person@example.com' })).json;
    expect((await ruby('GET', `${C}/invitations/${invitation.id}`)).json.id).toBe(invitation.id);
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(invitation.accept_url)![1];
    const joined = (
      await t.api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: 'Relation Person', password: 'a long enough password' } })
    ).json;
    const second = (await ruby('POST', `${C}/invitations`, { email: 'relation.second@example.com' })).json;
    expect((await ruby('DELETE', `${C}/invitations/${second.id}`)).json).toMatchObject({ id: second.id, deleted: true });
    expect((await ruby('GET', `${C}/users`)).json.map((u: { id: string }) => u.id)).toEqual([joined.user.id]);
    expect((await ruby('GET', `${C}/users/${joined.user.id}`)).json).toMatchObject({ id: joined.user.id, name: 'Relation Person' });
    // customer.volume (monthly by default): only the deposit that is left, 24,999 pages = 3 trees (8,333 pages a tree).
    expect((await ruby('POST', `${C}/deposits`, { pages: 24_999, date: '2026-03-05' })).status).toBe(201);
    const volume = await ruby('GET', `${C}/volume`);
    expect(volume.status).toBe(200);
    expect(volume.json).toEqual([
      {
        account_id: customer.id,
        date: expect.stringMatching(/^2026-03-01T00:00:00(\.000)?Z$/),
        period: 'monthly',
        pages: 24_999,
        trees: 3,
        // 24,999 × the shipped factors (0.0127, 0.3553, 0.04647, 0.01786), two decimals: worked by hand.
        co2e_kg: 317.49,
        water_l: 8882.14,
        energy_kwh: 1161.7,
        wood_kg: 446.48,
        factors_version: 'epn-2024.1',
      },
    ]);

    // Through an account that does not hold the resource: 404 (the provider's server is not in the customer's tree).
    expect((await ruby('GET', `${C}/servers/${server.id}`)).status).toBe(404);
    expect((await ruby('DELETE', `${C}/servers/${server.id}`)).status).toBe(404);
    expect((await ruby('GET', `${C}/accounts/${customer.id}`)).status).toBe(200); // an account is in its own subtree

    // Deleting through the relation, last: the feed, then the server.
    expect((await ruby('DELETE', `${C}/feeds/${feed.id}`)).json).toMatchObject({ id: feed.id, deleted: true });
    expect((await ruby('DELETE', `${P}/servers/${server.id}`)).json).toMatchObject({ id: server.id, deleted: true });
  });

  it('works the way the JS SDK calls it', async () => {
    const provider = await buildAccount(t.app(), { name: 'JS MPS' });
    // Basic auth with the key as user name (the docs' curl), no User-Agent of its own.
    const js = (method: string, path: string, body?: unknown) =>
      t.api(method, path, { key: provider.api_key, auth: 'basic', ...(body === undefined ? {} : { body }) });
    const customer = (await js('POST', '/v1/accounts', { name: 'Beta Co' })).json;
    const server = (await js('POST', '/v1/servers', { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' }))
      .json;
    // Feeds as /sources.
    const source = await js('POST', `/v1/accounts/${customer.id}/sources`, {
      type: 'onestop',
      server_id: server.id,
      external_id: '1002',
      activated_at: '2026-02-01',
    });
    expect(source.status).toBe(201);
    expect((await js('GET', `/v1/sources/${source.json.id}`)).json.id).toBe(source.json.id);
    // Actions without any body or content type.
    expect((await js('POST', `/v1/sources/${source.json.id}/deactivate`)).json.status).toBe('inactive');
    expect((await js('POST', `/v1/sources/${source.json.id}/activate`)).json.status).toBe('active');

    for (const date of ['2026-01-15', '2026-02-15', '2026-03-02'])
      await js('POST', `/v1/accounts/${customer.id}/deposits`, { pages: 1000, date });
    // List filters as a JSON body on GET (Content-Type: application/json on a GET).
    const filtered = await js('GET', `/v1/accounts/${customer.id}/deposits`, { start_date: '2026-02-01', end_date: '2026-02-28' });
    expect(filtered.json.map((d: { date: string }) => d.date.slice(0, 10))).toEqual(['2026-02-15']);
    const volume = await js('GET', `/v1/accounts/${customer.id}/volume`, {
      start_date: '2026-01-01',
      end_date: '2026-03-31',
      period: 'monthly',
    });
    expect(volume.json.map((v: { pages: number }) => v.pages)).toEqual([1000, 1000, 1000]);
    // Lists are bare arrays.
    const projects = (await js('GET', '/v1/forestry/projects')).json;
    expect(Array.isArray(projects)).toBe(true);
    expect((await js('GET', `/v1/projects/${projects[0].id}`)).json).toEqual(projects[0]); // the pre-2017 path
    expect(Array.isArray((await js('GET', '/v1/certificates')).json)).toBe(true);
    const invitation = await js('POST', '/v1/invitations', { email: 'sally@example.com' });
    expect(invitation.json).toMatchObject({ email: 'sally@example.com', account_id: provider.account_id });
    expect((await js('DELETE', `/v1/invitations/${invitation.json.id}`)).json).toMatchObject({ deleted: true });
    const users = await js('GET', '/v1/users');
    expect(users.json[0]).toMatchObject({ email: provider.email, name: expect.any(String) });
    expect(users.json[0]).not.toHaveProperty('password_hash');
  });
});
