import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { fixedClock } from '../../src/clock.js';
import { createLogger } from '../../src/observability/logger.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { testConfig } from '../harness/config.js';
import { useTestDatabase } from '../harness/database.js';
import { apiClient } from '../harness/https.js';
import { useNotificationReceivers } from '../harness/receivers.js';

const DAY_MS = 24 * 60 * 60_000;
const TOKEN = /\/invitations\/([A-Za-z0-9_-]{43})\b/;

describe('users and invitations (with SMTP)', () => {
  const clock = fixedClock(new Date('2026-06-17T09:00:00Z'));
  const r = useNotificationReceivers();
  const t = useTestApp({
    clock,
    outboundCa: () => r.ca(),
    config: () => ({ smtp: { url: r.smtpUrl(), from: 'Canopy <canopy@canopy.test>' } }),
  });

  /** The token of the link in the last email to `to`. */
  function tokenMailedTo(to: string): string {
    const mail = r.mails.filter((m) => m.to.includes(to)).at(-1);
    expect(mail, `an email to ${to}`).toBeDefined();
    const token = TOKEN.exec(mail!.raw)?.[1];
    expect(token).toBeDefined();
    return token!;
  }

  it('invites by email, accepts once, lists and deletes users', async () => {
    const provider = await buildAccount(t.app(), { name: 'Invite MPS' });
    const key = provider.api_key;
    const mailsBefore = r.mails.length;

    const created = await t.api('POST', '/v1/invitations', { key, body: { email: ' new.person@example.com ' } });
    expect(created.status).toBe(201);
    const invitation = created.json;
    expect(invitation).toEqual({
      id: expect.any(String),
      account_id: provider.account_id,
      email: 'new.person@example.com',
      status: 'pending',
      created_at: '2026-06-17T09:00:00Z',
      expires_at: '2026-06-24T09:00:00Z',
      accepted_at: null,
      accept_url: null,
    });

    // The email arrives on a real SMTP server (STARTTLS) with the link.
    expect(r.mails).toHaveLength(mailsBefore + 1);
    const mail = r.mails.at(-1)!;
    expect(mail.to).toEqual(['new.person@example.com']);
    expect(mail.secure).toBe(true);
    expect(mail.raw).toMatch(/Subject: You are invited to Invite MPS on Canopy/);
    expect(mail.raw).toContain(`${t.url()}/invitations/`);
    const token = tokenMailedTo('new.person@example.com');

    // The token is stored only as its SHA-256 and never returned by the API.
    const stored = await t.app().db.selectFrom('invitations').selectAll().where('id', '=', invitation.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(created.text).not.toContain(token);
    expect((await t.api('GET', `/v1/invitations/${invitation.id}`, { key })).text).not.toContain(token);
    expect((await t.api('GET', '/v1/invitations', { key })).json).toEqual([invitation]);
    expect((await t.api('GET', `/v1/accounts/${provider.account_id}/invitations`, { key })).json).toEqual([invitation]);

    // Twice the same person: 409 (pending invitation, any case); a user of the caller's own tree: 409.
    const again = await t.api('POST', '/v1/invitations', { key, body: { email: 'NEW.person@example.com' } });
    expect(again.status).toBe(409);
    expect(again.json.error).toMatch(/pending invitation/);
    const own = await t.api('POST', '/v1/invitations', { key, body: { email: provider.email } });
    expect(own.status).toBe(409);
    expect(own.json.error).toMatch(/already a user/);
    expect(r.mails).toHaveLength(mailsBefore + 1);

    // A user elsewhere on Canopy is not revealed: the same 201 as for a stranger, and only that person's email
    // (without a link) says why they cannot join.
    const other = await buildAccount(t.app(), { name: 'Other MPS' });
    const otherUser = (await t.api('GET', '/v1/users', { key: other.api_key })).json[0];
    const existing = await t.api('POST', '/v1/invitations', { key, body: { email: otherUser.email } });
    const stranger = await t.api('POST', '/v1/invitations', { key, body: { email: 'nobody.yet@example.com' } });
    expect([existing.status, stranger.status]).toEqual([201, 201]);
    const shape = (i: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(i).map(([k, v]) => [k, k === 'id' || k === 'email' ? typeof v : v]));
    expect(shape(existing.json)).toEqual(shape(stranger.json));
    expect(r.mails).toHaveLength(mailsBefore + 3);
    const toExisting = r.mails.find((m) => m.to.includes(otherUser.email))!;
    expect(toExisting.raw).toMatch(/already has a Canopy sign-in/);
    expect(toExisting.raw).not.toMatch(TOKEN);
    for (const id of [existing.json.id, stranger.json.id])
      expect((await t.api('DELETE', `/v1/invitations/${id}`, { key })).status).toBe(200);

    // The public acceptance page: no login.
    const preview = await t.api('GET', `/v1/invitations/accept/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.json).toEqual({ email: 'new.person@example.com', account_name: 'Invite MPS' });

    // Bad input is a 400 naming the field, and changes nothing.
    const short = await t.api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: 'New Person', password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.json).toMatchObject({ code: 400, error: expect.stringMatching(/password/) });
    const noName = await t.api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: '  ', password: 'long enough password' } });
    expect(noName.status).toBe(400);
    expect(noName.json.error).toMatch(/full_name/);
    expect((await t.api('GET', '/v1/users', { key })).json).toHaveLength(1);
    expect((await t.api('GET', `/v1/invitations/accept/${token}`)).status).toBe(200);

    // Accepting creates the user on the invitation's account.
    const accepted = await t.api('POST', `/v1/invitations/accept/${token}`, {
      body: { full_name: ' New Person ', password: 'correct horse battery' },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.json).toEqual({
      user: { id: expect.any(String), full_name: 'New Person', email: 'new.person@example.com' },
      account: { id: provider.account_id, name: 'Invite MPS', role: 'provider' },
      csrf_token: expect.any(String),
    });
    const userId = accepted.json.user.id;
    // … and signs the new user in.
    const cookie = String(accepted.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toMatch(/^canopy_session=/);
    expect((await t.api('GET', '/v1/session', { headers: { cookie } })).json.user.id).toBe(userId);

    // The token works once.
    expect(
      (await t.api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: 'Someone Else', password: 'another password' } }))
        .status,
    ).toBe(404);
    const used = await t.api('GET', `/v1/invitations/accept/${token}`);
    expect(used.status).toBe(404);
    expect(used.json).toEqual({ error: 'Not Found.', code: 404, reason: 'not_found' });
    expect((await t.api('GET', `/v1/invitations/${invitation.id}`, { key })).json).toMatchObject({
      status: 'accepted',
      accepted_at: '2026-06-17T09:00:00Z',
    });

    // Users: never a password hash.
    const users = await t.api('GET', '/v1/users', { key });
    expect(users.status).toBe(200);
    expect(users.json).toHaveLength(2);
    const newUser = users.json.find((u: { id: string }) => u.id === userId);
    expect(newUser).toEqual({
      id: userId,
      account_id: provider.account_id,
      name: 'New Person',
      full_name: 'New Person',
      email: 'new.person@example.com',
      created_at: '2026-06-17T09:00:00Z',
    });
    expect(users.text).not.toMatch(/hash|scrypt|password/);
    expect((await t.api('GET', `/v1/users/${userId}`, { key })).json).toEqual(newUser);
    expect((await t.api('GET', `/v1/accounts/${provider.account_id}/users`, { key })).json).toEqual(users.json);

    // Scoping: another provider sees none of it, exactly like unknown ids.
    for (const [method, url] of [
      ['GET', `/v1/invitations/${invitation.id}`],
      ['DELETE', `/v1/invitations/${invitation.id}`],
      ['GET', `/v1/users/${userId}`],
      ['DELETE', `/v1/users/${userId}`],
      ['GET', `/v1/accounts/${provider.account_id}/users`],
      ['GET', `/v1/accounts/${provider.account_id}/invitations`],
      ['GET', '/v1/users/00000000-0000-4000-8000-000000000000'],
      ['GET', '/v1/invitations/not-a-uuid'],
    ] as const) {
      const res = await t.api(method, url, { key: other.api_key });
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(res.json).toEqual({ error: 'Not Found.', code: 404, reason: 'not_found' });
    }
    expect(
      (await t.api('POST', `/v1/accounts/${provider.account_id}/invitations`, { key: other.api_key, body: { email: 'x@example.com' } }))
        .status,
    ).toBe(404);
    expect((await t.api('GET', '/v1/users', { key: other.api_key })).json.map((u: { id: string }) => u.id)).not.toContain(userId);

    // No POST /v1/users: users join by invitation.
    expect((await t.api('POST', '/v1/users', { key, body: { email: 'direct@example.com', full_name: 'Direct' } })).status).toBe(404);

    // Deleting a user revokes their API keys; nobody deletes themselves; an account keeps one user.
    const newUserKey = await t.app().services.apiKeys.create({ accountId: provider.account_id, userId, name: 'New person key' });
    expect((await t.api('GET', '/v1/account', { key: newUserKey.key })).status).toBe(200);
    const self = await t.api('DELETE', `/v1/users/${userId}`, { key: newUserKey.key });
    expect(self.status).toBe(400);
    expect(self.json.error).toMatch(/your own user/);
    const deleted = await t.api('DELETE', `/v1/users/${userId}`, { key });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ ...newUser, deleted: true });
    expect((await t.api('GET', `/v1/users/${userId}`, { key })).status).toBe(404);
    expect((await t.api('GET', '/v1/users', { key })).json).toHaveLength(1);
    expect((await t.api('GET', '/v1/account', { key: newUserKey.key })).status).toBe(401);
    const last = await t.api('DELETE', `/v1/users/${other.user_id}`, {
      key: (await t.app().services.apiKeys.create({ accountId: other.account_id, userId: null, name: 'Integration' })).key,
    });
    expect(last.status).toBe(409);
    expect(last.json.error).toMatch(/last user/);
    expect((await t.api('DELETE', `/v1/users/${provider.user_id}`, { key })).status).toBe(400); // the key is the owner's
  });

  it('lets one concurrent acceptance win, expires after 7 days, and deletes invitations', async () => {
    const provider = await buildAccount(t.app(), { name: 'Race MPS' });
    const key = provider.api_key;
    await t.api('POST', '/v1/invitations', { key, body: { email: 'racer@example.com' } });
    const token = tokenMailedTo('racer@example.com');
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        t.api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: `Racer ${i}`, password: 'a long password' } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 404, 404, 404, 404]);
    const racers = await t.app().db.selectFrom('users').select('id').where('email', '=', 'racer@example.com').execute();
    expect(racers).toHaveLength(1);

    // Expiry: the same 404 as unknown; status says expired; a new invitation replaces the expired one.
    const late = (await t.api('POST', '/v1/invitations', { key, body: { email: 'late@example.com' } })).json;
    const lateToken = tokenMailedTo('late@example.com');
    clock.advance(7 * DAY_MS);
    expect((await t.api('GET', `/v1/invitations/accept/${lateToken}`)).status).toBe(404);
    expect(
      (await t.api('POST', `/v1/invitations/accept/${lateToken}`, { body: { full_name: 'Late', password: 'a long password' } })).status,
    ).toBe(404);
    expect((await t.api('GET', `/v1/invitations/${late.id}`, { key })).json.status).toBe('expired');
    const renewed = await t.api('POST', '/v1/invitations', { key, body: { email: 'late@example.com' } });
    expect(renewed.status).toBe(201);
    expect((await t.api('GET', `/v1/invitations/${late.id}`, { key })).status).toBe(404);
    const renewedToken = tokenMailedTo('late@example.com');
    expect(renewedToken).not.toBe(lateToken);

    // Deleting an invitation returns it with deleted: true, and its link stops working.
    const removed = await t.api('DELETE', `/v1/invitations/${renewed.json.id}`, { key });
    expect(removed.status).toBe(200);
    expect(removed.json).toEqual({ ...renewed.json, deleted: true });
    expect((await t.api('GET', `/v1/invitations/${renewed.json.id}`, { key })).status).toBe(404);
    expect((await t.api('GET', `/v1/invitations/accept/${renewedToken}`)).status).toBe(404);
    expect((await t.api('GET', '/v1/invitations/accept/not-a-token')).status).toBe(404);
  });

  it('checks input and roles: bad email is a 400 that sends nothing; a customer manages its own users', async () => {
    const provider = await buildAccount(t.app(), { name: 'Roles MPS' });
    const customer = await buildAccount(t.app(), { name: 'Roles Customer', parentId: provider.account_id });
    const mailsBefore = r.mails.length;

    for (const body of [{ email: 'not an email' }, { email: '' }, { email: 42 }, {}]) {
      const bad = await t.api('POST', '/v1/invitations', { key: provider.api_key, body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.json).toMatchObject({ code: 400, error: expect.stringMatching(/email/) });
    }
    expect((await t.api('GET', '/v1/invitations', { key: provider.api_key })).json).toEqual([]);
    expect(r.mails).toHaveLength(mailsBefore);

    // The provider invites into its customer's account and sees the customer's users.
    const toCustomer = await t.api('POST', `/v1/accounts/${customer.account_id}/invitations`, {
      key: provider.api_key,
      body: { email: 'clerk@customer.example' },
    });
    expect(toCustomer.status).toBe(201);
    expect(toCustomer.json.account_id).toBe(customer.account_id);
    expect(r.mails.at(-1)!.raw).toMatch(/Subject: You are invited to Roles Customer on Canopy/);
    expect((await t.api('GET', `/v1/users/${customer.user_id}`, { key: provider.api_key })).status).toBe(200);

    // A customer key: may read its users and manage its invitations (policy); its parent's are out of its reach.
    const ck = customer.api_key;
    expect((await t.api('GET', '/v1/users', { key: ck })).json.map((u: { id: string }) => u.id)).toEqual([customer.user_id]);
    expect((await t.api('GET', '/v1/invitations', { key: ck })).json.map((i: { id: string }) => i.id)).toEqual([toCustomer.json.id]);
    const own = await t.api('POST', '/v1/invitations', { key: ck, body: { email: 'boss@customer.example' } });
    expect(own.status).toBe(201);
    expect((await t.api('DELETE', `/v1/invitations/${own.json.id}`, { key: ck })).json).toMatchObject({ id: own.json.id, deleted: true });
    expect((await t.api('GET', `/v1/users/${provider.user_id}`, { key: ck })).status).toBe(404);
    expect(
      (await t.api('POST', `/v1/accounts/${provider.account_id}/invitations`, { key: ck, body: { email: 'up@example.com' } })).status,
    ).toBe(404);
    // …but not what the policy keeps for providers.
    const forbidden = await t.api('POST', '/v1/webhooks', { key: ck, body: { url: 'https://example.com/hook' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error).toMatch(/customer account may not create webhooks/);

    // Accepting into the customer gives the customer role; then the customer may delete that user (not itself).
    const accepted = await t.api('POST', `/v1/invitations/accept/${tokenMailedTo('clerk@customer.example')}`, {
      body: { full_name: 'Clerk', password: 'a long password' },
    });
    expect(accepted.json.account).toEqual({ id: customer.account_id, name: 'Roles Customer', role: 'customer' });
    expect((await t.api('DELETE', `/v1/users/${accepted.json.user.id}`, { key: ck })).json).toMatchObject({
      id: accepted.json.user.id,
      deleted: true,
    });
  });
});

describe('invitations without SMTP', () => {
  const database = useTestDatabase();
  const lines: string[] = [];
  let app: App | undefined;
  let dataDir = '';
  let url = '';
  let caPem = '';
  const api = apiClient(
    () => url,
    () => caPem,
  );

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-test-invitations-'));
    // Every log line at info and above is kept, to prove the token never reaches the log.
    const logger = createLogger({
      level: 'info',
      pretty: false,
      destination: {
        write: (line: string) => {
          lines.push(line);
        },
      },
    });
    app = await createApp({ config: testConfig({ dataDir }), logger, databaseUrl: database.url(), migrate: false });
    const started = await app.startHttp();
    url = started.url;
    caPem = await fs.readFile(started.caFile!, 'utf8');
  });

  afterAll(async () => {
    await api.close();
    await app?.close();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('answers the create with accept_url (shown once), logs the invitation without its token', async () => {
    const provider = await buildAccount(app!, { name: 'No Mail MPS' });
    const created = await api('POST', '/v1/invitations', { key: provider.api_key, body: { email: 'byhand@example.com' } });
    expect(created.status).toBe(201);
    expect(created.json.accept_url).toMatch(new RegExp(`^${url.replace(/[.]/g, '\\.')}/invitations/[A-Za-z0-9_-]{43}$`));
    const token = TOKEN.exec(created.json.accept_url)![1]!;
    expect((await api('GET', `/v1/invitations/${created.json.id}`, { key: provider.api_key })).json.accept_url).toBeNull();
    expect((await api('GET', '/v1/invitations', { key: provider.api_key })).json[0].accept_url).toBeNull();

    const warning = lines.map((l) => JSON.parse(l)).find((l) => l.component === 'invitations' && l.level === 40);
    expect(warning).toMatchObject({
      invitation: created.json.id,
      to: 'byhand@example.com',
      msg: expect.stringMatching(/without SMTP_URL/),
    });

    expect((await api('GET', `/v1/invitations/accept/${token}`)).json).toEqual({
      email: 'byhand@example.com',
      account_name: 'No Mail MPS',
    });
    const accepted = await api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: 'By Hand', password: 'a long password' } });
    expect(accepted.status).toBe(201);
    expect(
      (await api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: 'By Hand', password: 'a long password' } })).status,
    ).toBe(404);

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/incoming request/); // request lines are logged…
    expect(lines.join('\n')).not.toContain(token); // …but never the token
    expect(lines.join('\n')).not.toContain('a long password');
  });
});

describe('invitations when the SMTP server is down', () => {
  const t = useTestApp({ config: { smtp: { url: 'smtp://127.0.0.1:1', from: 'Canopy <canopy@canopy.test>' } } });

  it('answers 502 and saves nothing', async () => {
    const provider = await buildAccount(t.app(), { name: 'Down MPS' });
    const res = await t.api('POST', '/v1/invitations', { key: provider.api_key, body: { email: 'nobody@example.com' } });
    expect(res.status).toBe(502);
    expect(res.json).toEqual({ error: expect.stringMatching(/could not be sent/), code: 502, reason: 'smtp_unavailable' });
    expect((await t.api('GET', '/v1/invitations', { key: provider.api_key })).json).toEqual([]);
  });
});
