import { describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

const t = useTestApp({ config: { rateLimitPerMinute: 60 } });

function cookieOf(setCookie: string | string[] | undefined): string {
  const line = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
  return line.split(';')[0]!;
}

describe('dashboard sessions', () => {
  it('sign in with email and password, use the API with the cookie (writes need the CSRF token), sign out', async () => {
    const owner = await buildAccount(t.app(), { name: 'Session MPS' });
    const wrong = await t.api('POST', '/v1/session', { body: { email: owner.email, password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    const unknown = await t.api('POST', '/v1/session', { body: { email: 'nobody@example.com', password: 'whatever-it-is' } });
    expect(unknown.status).toBe(401);
    expect(unknown.json.error).toBe(wrong.json.error); // does not reveal which emails exist

    const signedIn = await t.api('POST', '/v1/session', { body: { email: owner.email.toUpperCase(), password: owner.password } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.json).toMatchObject({
      user: { id: owner.user_id, email: owner.email },
      account: { id: owner.account_id, role: 'provider' },
    });
    const setCookie = String(signedIn.headers['set-cookie']);
    expect(setCookie).toMatch(/canopy_session=[\w-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = cookieOf(signedIn.headers['set-cookie']);
    const csrf = signedIn.json.csrf_token as string;

    expect((await t.api('GET', '/v1/account', { headers: { cookie } })).json.id).toBe(owner.account_id);
    const noCsrf = await t.api('POST', '/v1/accounts', { headers: { cookie }, body: { name: 'Forged' } });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json.error).toMatch(/CSRF/);
    expect((await t.api('POST', '/v1/accounts', { headers: { cookie, 'x-csrf-token': 'wrong' }, body: { name: 'Forged' } })).status).toBe(
      403,
    );
    const made = await t.api('POST', '/v1/accounts', {
      headers: { cookie, 'x-csrf-token': csrf },
      body: { name: 'Made in the dashboard' },
    });
    expect(made.status).toBe(201);
    expect((await t.api('GET', '/v1/accounts', { key: owner.api_key })).json.map((a: { name: string }) => a.name)).toEqual([
      'Made in the dashboard',
    ]);

    expect((await t.api('GET', '/v1/session', { headers: { cookie } })).json).toMatchObject({
      user: { id: owner.user_id },
      csrf_token: csrf,
    });
    expect((await t.api('DELETE', '/v1/session', { headers: { cookie } })).json).toEqual({ deleted: true });
    expect((await t.api('GET', '/v1/account', { headers: { cookie } })).status).toBe(401);
    expect((await t.api('GET', '/v1/session', { headers: { cookie } })).status).toBe(401);

    // The audit log has every write: who, what, when, how it ended; never a body or a secret.
    const audit = (await t.api('GET', '/v1/audit', { key: owner.api_key })).json as Array<Record<string, unknown>>;
    const writes = audit.filter((e) => e.route === '/v1/accounts');
    expect(writes.map((e) => [e.method, e.status, e.actor_type, e.actor_id])).toEqual([
      ['POST', 201, 'user', owner.user_id],
      ['POST', 403, 'user', owner.user_id],
      ['POST', 403, 'user', owner.user_id],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Forged');
    expect(JSON.stringify(audit)).not.toContain(owner.password);
    const customer = (await t.api('POST', '/v1/accounts', { key: owner.api_key, body: { name: 'No audit for me' } })).json;
    expect(customer.id).toBeTruthy();
    const stranger = await buildAccount(t.app(), { name: 'Stranger MPS' });
    expect((await t.api('GET', '/v1/audit', { key: stranger.api_key })).json).toEqual([]); // other trees are invisible
  });

  it('serves the dashboard: the app for client-side routes, cached compressed assets, JSON 404s for the API', async () => {
    const page = await t.api('GET', '/customers/123', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(String(page.headers['content-security-policy'])).toMatch(/default-src 'self'/);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(asset).toBeDefined();
    const js = await t.api('GET', asset!, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toMatch(/immutable/);
    expect(js.headers['content-encoding']).toBe('br');
    expect((await t.api('GET', '/assets/../../package.json')).status).toBe(404);
    const api404 = await t.api('GET', '/v1/nothing-here', { headers: { accept: 'text/html' } });
    expect(api404.status).toBe(404);
    expect(api404.json.error).toBe('Not Found.');
  });

  it('limits requests per API key (429 with Retry-After) and sign-in attempts per client', async () => {
    const owner = await buildAccount(t.app(), { name: 'Busy MPS' });
    let limited: Awaited<ReturnType<typeof t.api>> | undefined;
    for (let i = 0; i < 70 && !limited; i++) {
      const res = await t.api('GET', '/v1/account', { key: owner.api_key });
      if (res.status === 429) limited = res;
    }
    expect(limited?.json.error).toMatch(/Too many requests/);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    const other = await buildAccount(t.app(), { name: 'Calm MPS' });
    expect((await t.api('GET', '/v1/account', { key: other.api_key })).status).toBe(200); // per key, not global

    let attempts = 0;
    let blocked: Awaited<ReturnType<typeof t.api>> | undefined;
    while (!blocked && attempts < 20) {
      attempts++;
      const res = await t.api('POST', '/v1/session', { body: { email: other.email, password: 'guessing-wrong' } });
      if (res.status === 429) blocked = res;
    }
    expect(attempts).toBeLessThanOrEqual(11);
    expect(blocked?.headers['retry-after']).toBeDefined();
  });
});
