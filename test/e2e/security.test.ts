import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import tls from 'node:tls';
import { AsnConvert } from '@peculiar/asn1-schema';
import { NameConstraints } from '@peculiar/asn1-x509';
import * as x509 from '@peculiar/x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { ensureLocalTls } from '../../src/http/local-ca.js';
import { createMailer } from '../../src/outbound/mailer.js';
import { createWebhookSender } from '../../src/notifications/webhook-sender.js';
import { parseAllowList } from '../../src/outbound/address-rules.js';
import { createOutboundPolicy, type ResolveAll } from '../../src/outbound/outbound-policy.js';
import { buildAccount } from '../factories/accounts.js';
import { buildServer } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { useNotificationReceivers } from '../harness/receivers.js';

/**
 * The audit's attacks, replayed over real HTTPS against the real app and database, with real listeners on loopback.
 * Each block fails on the code the audit broke. DNS answers for *.example names are simulated (a resolver this test
 * controls); every other name goes to the system resolver.
 */

/** A TCP listener on loopback that counts connections and answers nothing: "was anything sent here?" */
function useListener() {
  let v4: net.Server | undefined;
  let v6: net.Server | undefined;
  const state = { connections: 0, port: 0 };
  beforeAll(async () => {
    const onConnection = (s: net.Socket) => {
      state.connections++;
      s.destroy();
    };
    v4 = net.createServer(onConnection);
    await new Promise<void>((resolve) => v4!.listen(0, '127.0.0.1', () => resolve()));
    state.port = (v4.address() as AddressInfo).port;
    // The same port on ::1, so an IPv6 loopback form would be counted too (skipped where IPv6 is off).
    v6 = net.createServer(onConnection);
    await new Promise<void>((resolve) => {
      v6!.once('error', () => resolve());
      v6!.listen(state.port, '::1', () => resolve());
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (v4 ? v4.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (v6?.listening ? v6.close(() => resolve()) : resolve()));
  });
  return state;
}

/** Simulated DNS: queued answers per name (the last one repeats); other names go to the system resolver. */
const dnsAnswers = new Map<string, string[][]>();
const resolveAll: ResolveAll = async (host) => {
  const queue = dnsAnswers.get(host.toLowerCase());
  if (!queue) {
    const { promises } = await import('node:dns');
    return (await promises.lookup(host, { all: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  }
  const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
  return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

const logLines: string[] = [];
const logSink = new Writable({
  write(chunk, _enc, cb) {
    logLines.push(chunk.toString());
    cb();
  },
});

const clock = fixedClock(new Date('2026-11-30T10:00:00Z'));
const listener = useListener();
const receivers = useNotificationReceivers();
// Only "localhost" is opted in (the receivers); every literal address and every other name must pass the rule.
const t = useTestApp({
  clock,
  resolveAll,
  outboundCa: () => receivers.ca(),
  log: { destination: logSink, level: 'trace' },
  config: () => ({
    outboundAllowHosts: parseAllowList('localhost'),
    rateLimitPerMinute: 100_000,
    smtp: { url: receivers.smtpUrl(), from: 'Canopy <canopy@canopy.test>' },
  }),
});

/** Every form the audit found accepted, as the host of an https URL on the listener's port. */
const FORBIDDEN_HOSTS = [
  '127.0.0.1',
  '127.1.2.3',
  '2130706433',
  '0x7f.0.0.1',
  '[::1]',
  '[::ffff:127.0.0.1]',
  '[::ffff:7f00:1]',
  '[0:0:0:0:0:ffff:7f00:1]',
  '10.0.0.1',
  '172.16.5.4',
  '192.168.1.10',
  '[::ffff:192.168.1.10]',
  '100.64.0.1',
  '100.127.255.254',
  '169.254.169.254',
  '[::ffff:169.254.169.254]',
  '[fe80::1]',
  '[fc00::1]',
  '[fd12:3456::1]',
  '0.0.0.0',
  '0.1.2.3',
  '[::]',
  '224.0.0.1',
  '239.255.255.250',
  '[ff02::1]',
  '255.255.255.255',
  'loopback.example',
  'private.example',
  'metadata.example',
  'mixed.example',
  'v6loop.example',
];

beforeAll(() => {
  dnsAnswers.set('loopback.example', [['127.0.0.1']]);
  dnsAnswers.set('private.example', [['10.1.2.3']]);
  dnsAnswers.set('metadata.example', [['169.254.169.254']]);
  dnsAnswers.set('mixed.example', [['93.184.216.34', '192.168.0.7']]);
  dnsAnswers.set('v6loop.example', [['::ffff:127.0.0.1']]);
});

describe('1. the stored portal password never leaves for a new destination', () => {
  it('refuses a url or username change without the password, and sends nothing anywhere', async () => {
    const owner = await buildAccount(t.app(), { name: 'Exfil Target MPS' });
    const server = await buildServer(t.app(), owner.account_id, {
      url: 'https://portal.example.com',
      username: 'canopy',
      password: 'the-real-portal-password',
    });
    const attacker = `https://localhost:${listener.port}/x`; // allowed by OUTBOUND_ALLOW_HOSTS: only the new rule stops it
    const before = listener.connections;
    for (const body of [
      { url: attacker },
      { username: 'someone-else' },
      { url: attacker, username: 'x' },
      { url: attacker, contact: 'a@b.example' },
    ]) {
      const res = await t.api('PATCH', `/v1/servers/${server.id}`, { key: owner.api_key, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json).toEqual({
        error: 'password is required when url, username or ca_pem changes',
        code: 400,
        reason: 'invalid_request',
      });
    }
    expect(listener.connections).toBe(before);
    const stored = await t.app().db.selectFrom('servers').selectAll().where('id', '=', server.id).executeTakeFirstOrThrow();
    expect([stored.url, stored.username]).toEqual(['https://portal.example.com', 'canopy']);
    expect(await t.app().services.servers.credentialsOf(stored)).toMatchObject({ password: 'the-real-portal-password' });

    // With the password in the same request, the new destination is tried (and only gets the password just given).
    const withPassword = await t.api('PATCH', `/v1/servers/${server.id}`, {
      key: owner.api_key,
      body: { url: attacker, password: 'typed-just-now' },
    });
    expect([withPassword.status, withPassword.json.reason]).toEqual([502, 'portal_unreachable']);
    expect(withPassword.json.error).toMatch(/Could not log in to the portal/);
    expect(listener.connections).toBeGreaterThan(before); // tried (and retried: the listener hangs up)
    // The failed log-in changed nothing: the stored destination and credentials are still the old ones.
    const afterFailure = await t.app().db.selectFrom('servers').selectAll().where('id', '=', server.id).executeTakeFirstOrThrow();
    expect([afterFailure.url, afterFailure.username]).toEqual(['https://portal.example.com', 'canopy']);
    expect(await t.app().services.servers.credentialsOf(afterFailure)).toEqual({
      url: 'https://portal.example.com',
      username: 'canopy',
      password: 'the-real-portal-password',
    });
    // The same URL again is no change: other fields update without a password.
    const same = await t.api('PATCH', `/v1/servers/${server.id}`, {
      key: owner.api_key,
      body: { url: 'https://portal.example.com', contact: 'ops@dealer.example' },
    });
    expect(same.status).toBe(200);
    expect(same.json.contact).toBe('ops@dealer.example');
  });
});

describe('2. no server-side request forgery', () => {
  it('refuses every forbidden address form at registration, for portals and webhooks, and contacts none', async () => {
    const owner = await buildAccount(t.app(), { name: 'SSRF MPS' });
    const before = listener.connections;
    for (const host of FORBIDDEN_HOSTS) {
      const url = `https://${host}:${listener.port}/api`;
      const server = await t.api('POST', '/v1/servers', {
        key: owner.api_key,
        body: { type: 'onestop', url, username: 'u', password: 'p' },
      });
      expect([server.status, server.json.reason], url).toEqual([400, 'outbound_refused']);
      expect(server.json.error, url).toMatch(
        /^The portal URL is not allowed\. Refusing to connect: .+ Canopy only connects to public internet addresses/,
      );
      const hook = await t.api('POST', '/v1/webhooks', { key: owner.api_key, body: { url } });
      expect(hook.status, url).toBe(400);
      expect(hook.json.error, url).toMatch(/^The webhook URL is not allowed\. Refusing to connect/);
    }
    expect(listener.connections).toBe(before);
    expect(await t.app().db.selectFrom('servers').select('id').where('account_id', '=', owner.account_id).execute()).toEqual([]);
    expect((await t.api('GET', '/v1/webhooks', { key: owner.api_key })).json).toEqual([]);
    // The reason names the address and its kind.
    const meta = await t.api('POST', '/v1/servers', {
      key: owner.api_key,
      body: { type: 'onestop', url: 'https://metadata.example/api', username: 'u', password: 'p' },
    });
    expect(meta.json.error).toContain('metadata.example resolves to 169.254.169.254, the cloud metadata address');
  });

  it('checks again at every connection, on the address it connects to (DNS rebinding does not get through)', async () => {
    const owner = await buildAccount(t.app(), { name: 'Rebind MPS' });
    const before = listener.connections;
    // Public when registration looks, loopback when the connection looks up the name again.
    dnsAnswers.set('rebind.example', [['93.184.216.34'], ['127.0.0.1']]);
    const res = await t.api('POST', '/v1/servers', {
      key: owner.api_key,
      body: { type: 'onestop', url: `https://rebind.example:${listener.port}/api`, username: 'u', password: 'p' },
    });
    expect([res.status, res.json.reason]).toEqual([400, 'outbound_refused']);
    expect(res.json.error).toMatch(
      new RegExp(
        [
          String.raw`Could not log in to the portal: The portal at https://rebind\.example:\d+ was not contacted\. `,
          String.raw`Refusing to connect: rebind\.example resolves to 127\.0\.0\.1, a loopback address`,
        ].join(''),
      ),
    );

    // Servers stored before the rule (or rebound since): the log-in check refuses them and says why.
    for (const host of ['127.0.0.1', '[::1]', '10.0.0.1', 'loopback.example', 'v6loop.example']) {
      const stored = await buildServer(t.app(), owner.account_id, { url: `https://${host}:${listener.port}` });
      const outcome = await t.app().services.checks.checkServer(stored.id);
      expect(outcome, host).toMatchObject({ ok: false, message: expect.stringMatching(/was not contacted\. Refusing to connect/) });
      const row = await t
        .app()
        .db.selectFrom('servers')
        .select(['health_check', 'health_check_reason'])
        .where('id', '=', stored.id)
        .executeTakeFirstOrThrow();
      expect(row.health_check).toBe('unhealthy');
    }

    // Webhook deliveries and SMTP go through the same rule.
    const policy = createOutboundPolicy({ allow: parseAllowList('localhost'), resolveAll });
    const sender = createWebhookSender({ outbound: policy });
    for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '169.254.169.254', 'loopback.example']) {
      const sent = await sender.post({
        url: `https://${host}:${listener.port}/hook`,
        secret: 's',
        deliveryId: 'd',
        event: 'e',
        body: {},
        now: clock.now(),
      });
      expect(sent, host).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/^Refusing to connect/) });
    }
    await sender.close();
    for (const host of ['127.0.0.1', 'loopback.example', '[::1]']) {
      const mailer = createMailer({ url: `smtp://${host}:${listener.port}`, from: 'x@canopy.test', outbound: policy });
      await expect(mailer.send('a@b.example', 'hi', 'text'), host).rejects.toThrow(/^Refusing to connect/);
    }
    expect(listener.connections).toBe(before);
  });

  it('lets an operator opt a host in with OUTBOUND_ALLOW_HOSTS (names, addresses, CIDR ranges)', () => {
    const policy = (allow: string) => createOutboundPolicy({ allow: parseAllowList(allow), resolveAll });
    return Promise.all([
      expect(policy('10.0.0.0/8').resolve('10.20.30.40')).resolves.toEqual([{ address: '10.20.30.40', family: 4 }]),
      expect(policy('10.0.0.0/8').resolve('192.168.1.1')).rejects.toThrow(
        /Refusing to connect: 192\.168\.1\.1 is a private network address \(RFC 1918\)/,
      ),
      expect(policy('10.0.0.0/8').resolve('11.0.0.1')).resolves.toHaveLength(1),
      expect(policy('10.1.2.3').resolve('private.example')).resolves.toEqual([{ address: '10.1.2.3', family: 4 }]),
      expect(policy('loopback.example').resolve('loopback.example')).resolves.toEqual([{ address: '127.0.0.1', family: 4 }]),
      expect(policy('').resolve('localhost')).rejects.toThrow(/Refusing to connect: localhost/),
      expect(policy('::1').resolve('[::1]')).resolves.toHaveLength(1),
      expect(policy('::ffff:10.0.0.0/104').resolve('10.9.9.9')).resolves.toHaveLength(1),
      expect(policy('').resolve('93.184.216.34')).resolves.toHaveLength(1),
    ]);
  });
});

describe('3. sign-in limits that headers cannot reset', () => {
  it('limits 14 wrong sign-ins with a fresh random Authorization header (and X-Forwarded-For) each by the 11th', async () => {
    const victim = await buildAccount(t.app(), { name: 'Guessed MPS' });
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await t.api('POST', '/v1/session', {
        body: { email: victim.email, password: `guess-${i}` },
        headers: {
          authorization: `Bearer ${randomBytes(16).toString('hex')}`,
          cookie: `canopy_session=${randomBytes(16).toString('hex')}`,
          'x-forwarded-for': `203.0.113.${i}`,
        },
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    // The right password is limited too (the limit is not an oracle), and another person from the same address is not.
    expect((await t.api('POST', '/v1/session', { body: { email: victim.email, password: victim.password } })).status).toBe(429);
    const bystander = await buildAccount(t.app(), { name: 'Bystander MPS' });
    expect((await t.api('POST', '/v1/session', { body: { email: bystander.email, password: bystander.password } })).status).toBe(200);
  });
});

describe('3b. behind a trusted proxy: per address from X-Forwarded-For, and per e-mail across addresses', () => {
  const proxied = useTestApp({ config: { trustProxy: '127.0.0.1', rateLimitPerMinute: 100_000 } });

  it('slows guessing one e-mail from many addresses, without locking others out', async () => {
    const victim = await buildAccount(proxied.app(), { name: 'Spread MPS' });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof proxied.api>> | undefined;
    for (let i = 0; i < 12; i++) {
      last = await proxied.api('POST', '/v1/session', {
        body: { email: victim.email, password: `guess-${i}` },
        headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    expect(last!.json.error).toMatch(/Too many failed sign-ins for this e-mail address: please try again in 30 seconds/);
    expect(last!.headers['retry-after']).toBe('30');
    // Different e-mails from one address (taken from X-Forwarded-For): the per-address-and-e-mail limit does not apply,
    // and 11 attempts are far below the 50 per address.
    const other = await buildAccount(proxied.app(), { name: 'Other Spread MPS' });
    const fromOne: number[] = [];
    for (let i = 0; i < 11; i++) {
      fromOne.push(
        (
          await proxied.api('POST', '/v1/session', {
            body: { email: `nobody-${i}@example.com`, password: 'x' },
            headers: { 'x-forwarded-for': '198.51.100.200' },
          })
        ).status,
      );
    }
    expect(fromOne).toEqual(Array(11).fill(401));
    expect(
      (
        await proxied.api('POST', '/v1/session', {
          body: { email: other.email, password: other.password },
          headers: { 'x-forwarded-for': '198.51.100.201' },
        })
      ).status,
    ).toBe(200);
  });

  it('refuses the 11th attempt for one e-mail from one X-Forwarded-For address', async () => {
    const email = `pair-${randomBytes(3).toString('hex')}@example.com`;
    const answers: Array<Awaited<ReturnType<typeof proxied.api>>> = [];
    for (let i = 0; i < 11; i++) {
      answers.push(
        await proxied.api('POST', '/v1/session', {
          body: { email, password: `guess-${i}` },
          headers: { 'x-forwarded-for': '192.0.2.61' },
        }),
      );
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(10).fill(401), 429]);
    // The limit per address and e-mail (15 minutes), not the backoff per e-mail, which would say 30 seconds.
    expect(answers[10]!.json.error).toBe(
      'Too many sign-in attempts for this e-mail address from your network: please try again in 15 minutes.',
    );
    expect(Number(answers[10]!.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });

  it('refuses the 51st attempt from one X-Forwarded-For address, whatever the e-mail, and only from that address', async () => {
    const run = randomBytes(3).toString('hex');
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof proxied.api>> | undefined;
    for (let i = 0; i < 51; i++) {
      last = await proxied.api('POST', '/v1/session', {
        body: { email: `many-${run}-${i}@example.com`, password: 'x' },
        headers: { 'x-forwarded-for': '192.0.2.62' },
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(50).fill(401), 429]);
    expect(last!.json.error).toBe('Too many sign-in attempts from your network: please try again in 15 minutes.');
    const elsewhere = await proxied.api('POST', '/v1/session', {
      body: { email: `many-${run}-elsewhere@example.com`, password: 'x' },
      headers: { 'x-forwarded-for': '192.0.2.63' },
    });
    expect(elsewhere.status).toBe(401);
  });
});

describe('4. no tokens in logs', () => {
  it('redacts link tokens from every logged URL: dashboard links, invitation and reset routes, query strings', async () => {
    const owner = await buildAccount(t.app(), { name: 'Log MPS' });
    const invited = await t.api('POST', '/v1/invitations', { key: owner.api_key, body: { email: 'log.person@example.com' } });
    expect(invited.status).toBe(201);
    const mail = await waitFor(() => receivers.mails.find((m) => m.to.includes('log.person@example.com')));
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail.raw)![1]!;
    const html = { accept: 'text/html' };
    // Each request, and the form its URL must have in the log (written from the rule: a path segment of 20 or more
    // URL-safe characters is a secret, and so is any value of a parameter named like one).
    const sent: Array<[string, string, () => Promise<unknown>]> = [
      ['GET', '/invitations/[redacted]', () => t.api('GET', `/invitations/${token}`, { headers: html })],
      ['GET', '/v1/invitations/accept/[redacted]', () => t.api('GET', `/v1/invitations/accept/${token}`)],
      ['GET', '/v1/invitations/accept/[redacted]?ref=[redacted]', () => t.api('GET', `/v1/invitations/accept/${token}?ref=${token}`)],
      [
        'POST',
        '/v1/invitations/accept/[redacted]',
        () => t.api('POST', `/v1/invitations/accept/${token}`, { body: { full_name: 'Log Person', password: 'short' } }),
      ],
      ['GET', '/reset-password/[redacted]', () => t.api('GET', `/reset-password/${token}`, { headers: html })],
      ['GET', '/v1/password_resets/[redacted]', () => t.api('GET', `/v1/password_resets/${token}`)],
      [
        'POST',
        '/v1/password_resets/[redacted]',
        () => t.api('POST', `/v1/password_resets/${token}`, { body: { password: 'long enough password' } }),
      ],
      [
        'GET',
        '/anything/[redacted]/else?token=[redacted]',
        () => t.api('GET', `/anything/${token}/else?token=${token}`, { headers: html }),
      ],
      ['GET', '/v1/accounts?key=[redacted]', () => t.api('GET', `/v1/accounts?key=${owner.api_key}`, { key: owner.api_key })],
    ];
    for (const [, , send] of sent) await send();
    // The request lines logged (method and URL of every logged request), polled until each one sent is there.
    const logged = () => {
      const out = new Set<string>();
      for (const line of logLines.join('').split('\n')) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as { req?: { method?: string; url?: string } };
        if (entry.req?.method && entry.req.url) out.add(`${entry.req.method} ${entry.req.url}`);
      }
      return out;
    };
    const expected = sent.map(([method, url]) => `${method} ${url}`);
    await waitFor(() => (expected.every((e) => logged().has(e)) ? true : undefined), 5_000).catch(() => undefined);
    expect(expected.filter((e) => !logged().has(e))).toEqual([]);
    const log = logLines.join('');
    expect(log).not.toContain(token);
    expect(log).not.toContain(owner.api_key);
    expect(log).not.toContain(owner.api_key.slice(4));
  });
});

describe('5. strings: NUL bytes and lone surrogates are a 400, never a 500', () => {
  it('refuses them on the unauthenticated sign-in and in any part of a request', async () => {
    const owner = await buildAccount(t.app(), { name: 'Text MPS' });
    const nul = await t.api('POST', '/v1/session', { body: { email: 'a\u0000@example.com', password: 'x' } });
    expect(nul.status).toBe(400);
    expect(nul.json.error).toBe('body.email: must not contain NUL bytes or unpaired surrogates');
    const lone = await t.api('POST', '/v1/session', {
      rawBody: '{"email":"a@example.com","password":"\\ud800"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(lone.status).toBe(400);
    expect(lone.json.error).toBe('body.password: must not contain NUL bytes or unpaired surrogates');
    const key = await t.api('POST', '/v1/accounts', {
      key: owner.api_key,
      rawBody: '{"name":"ok","x\\u0000":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(key.status).toBe(400);
    expect(key.json.error).toBe('body.(a key): must not contain NUL bytes or unpaired surrogates'); // the key is not echoed
    const param = await t.api('GET', '/v1/accounts/%00', { key: owner.api_key });
    expect([param.status, param.json.error]).toEqual([400, 'params.id: must not contain NUL bytes or unpaired surrogates']);
    const query = await t.api('GET', '/v1/accounts?name=%00', { key: owner.api_key });
    expect([query.status, query.json.error]).toEqual([400, 'querystring.name: must not contain NUL bytes or unpaired surrogates']);
    const paired = await t.api('POST', '/v1/accounts', { key: owner.api_key, body: { name: 'Tree 🌳 Ltd' } });
    expect(paired.status).toBe(201); // a real astral character (a surrogate pair) is fine
    expect(paired.json.name).toBe('Tree 🌳 Ltd');
  });
});

describe('6. no account enumeration through invitations', () => {
  it('answers an invitation to a user elsewhere exactly as one to a stranger', async () => {
    const inviter = await buildAccount(t.app(), { name: 'Curious MPS' });
    const elsewhere = await buildAccount(t.app(), { name: 'Elsewhere MPS' });
    const a = await t.api('POST', '/v1/invitations', { key: inviter.api_key, body: { email: elsewhere.email } });
    const b = await t.api('POST', '/v1/invitations', {
      key: inviter.api_key,
      body: { email: `stranger-${randomBytes(3).toString('hex')}@example.com` },
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(Object.keys(a.json).sort()).toEqual(Object.keys(b.json).sort());
    expect([a.json.status, a.json.accept_url]).toEqual([b.json.status, b.json.accept_url]);
    // Read back: the same shape (the same fields, of the same types) and the same status.
    const shape = (o: Record<string, unknown>) =>
      Object.entries(o)
        .map(([k, v]) => `${k}:${v === null ? 'null' : typeof v}`)
        .sort();
    const [readA, readB] = [
      await t.api('GET', `/v1/invitations/${a.json.id}`, { key: inviter.api_key }),
      await t.api('GET', `/v1/invitations/${b.json.id}`, { key: inviter.api_key }),
    ];
    expect([readA.status, readB.status]).toEqual([200, 200]);
    expect(shape(readA.json)).toEqual(shape(readB.json));
    expect([readA.json.status, readB.json.status]).toEqual(['pending', 'pending']);
    expect([readA.json.email, readB.json.email]).toEqual([elsewhere.email, b.json.email]);
    // Invited again: the same conflict for both, in the same words (only the address differs).
    const againA = await t.api('POST', '/v1/invitations', { key: inviter.api_key, body: { email: elsewhere.email } });
    const againB = await t.api('POST', '/v1/invitations', { key: inviter.api_key, body: { email: b.json.email } });
    expect([againA.status, againB.status]).toEqual([409, 409]);
    expect(againA.json.error).toBe(`${elsewhere.email} already has a pending invitation to this account.`);
    expect(againB.json.error).toBe(`${b.json.email} already has a pending invitation to this account.`);
    expect({ ...againA.json, error: undefined }).toEqual({ ...againB.json, error: undefined });
  });
});

describe('7. TLS', () => {
  it('accepts only ECDHE with AEAD ciphers on TLS 1.2, TLS 1.3 as before, nothing older', async () => {
    const accepted: string[] = [];
    for (const cipher of tls.getCiphers()) {
      if (cipher.startsWith('tls_')) continue; // TLS 1.3 suites are not chosen by this list
      // SECLEVEL=0: the client offers even the suites it would refuse itself, so only the server decides.
      if ((await handshake({ maxVersion: 'TLSv1.2', ciphers: `${cipher.toUpperCase()}:@SECLEVEL=0` })).ok) accepted.push(cipher);
    }
    // The local certificate is ECDSA, so the RSA-authenticated twins of these cannot be negotiated with it.
    expect(accepted.sort()).toEqual(['ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-chacha20-poly1305']);
    expect(await handshake({ minVersion: 'TLSv1.3' })).toEqual({ ok: true, protocol: 'TLSv1.3' });
  });

  it('refuses TLS 1.0 and 1.1: the server answers a protocol_version alert to a client willing to speak them', async () => {
    // Node's client refuses TLS < 1.2 at its default security level by itself: SECLEVEL=0 lifts that, so a refusal
    // can only come from the server.
    const old = { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'ALL:@SECLEVEL=0' } as const;
    expect(await handshake(old)).toEqual({ ok: false, code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
    // The same client does speak TLS 1.1 with a server that allows it.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-tls11-'));
    const local = await ensureLocalTls(path.join(dir, 'tls'));
    const permissive = tls.createServer({ key: local.key, cert: local.cert, minVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=0' }, (s) =>
      s.end(),
    );
    try {
      await new Promise<void>((resolve) => permissive.listen(0, '127.0.0.1', () => resolve()));
      const port = (permissive.address() as AddressInfo).port;
      expect(await handshake({ ...old, port, ca: local.ca })).toEqual({ ok: true, protocol: 'TLSv1.1' });
    } finally {
      await new Promise<void>((resolve) => permissive.close(() => resolve()));
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('verifies webhook and SMTP certificates even with NODE_TLS_REJECT_UNAUTHORIZED=0', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-untrusted-'));
    const untrusted = await ensureLocalTls(path.join(dir, 'tls'), { commonName: 'Nobody trusts this CA' });
    let requests = 0;
    const server = https.createServer({ key: untrusted.key, cert: untrusted.cert }, (_req, res) => {
      requests++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      const policy = createOutboundPolicy({ allow: parseAllowList('localhost') });
      const sender = createWebhookSender({ outbound: policy });
      const delivery = { url: `https://localhost:${port}/hook`, secret: 's', deliveryId: 'd', event: 'e', body: {}, now: clock.now() };
      const sent = await sender.post(delivery);
      expect(sent.ok).toBe(false);
      expect(sent.error).toMatch(/certificate/i);
      await sender.close();
      // The same receiver, its CA trusted: delivered (so the failure above was the certificate check).
      const trusting = createWebhookSender({ outbound: policy, ca: untrusted.ca });
      expect((await trusting.post(delivery)).ok).toBe(true);
      await trusting.close();
      expect(requests).toBe(1);
      // SMTP: the receivers' server, its CA not given.
      const mailsBefore = receivers.mails.length;
      const mailer = createMailer({ url: receivers.smtpUrl(), from: 'x@canopy.test', outbound: policy });
      await expect(mailer.send('a@b.example', 'untrusted', 'text')).rejects.toThrow(/certificate/i);
      expect(receivers.mails.length).toBe(mailsBefore);
    } finally {
      if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('gives the local CA that users trust name constraints (localhost and loopback only)', () => {
    const ext = new x509.X509Certificate(t.caPem()).getExtension('2.5.29.30');
    expect(ext?.critical).toBe(true);
    const permitted = (AsnConvert.parse(ext!.value, NameConstraints).permittedSubtrees ?? []).map((sub) =>
      sub.base.dNSName !== undefined ? `DNS:${sub.base.dNSName}` : `IP:${sub.base.iPAddress}`,
    );
    expect(permitted).toEqual(['DNS:localhost', 'IP:127.0.0.1/32', 'IP:::1/128']); // PUBLIC_URL is https://localhost here
  });
});

describe('8. credentials and keys', () => {
  it('stores only a hash of the CSRF token', async () => {
    const owner = await buildAccount(t.app(), { name: 'CSRF MPS' });
    const signedIn = await t.api('POST', '/v1/session', { body: { email: owner.email, password: owner.password } });
    const csrf = signedIn.json.csrf_token as string;
    const rows = await t.app().db.selectFrom('sessions').selectAll().where('user_id', '=', owner.user_id).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(csrf);
    expect(rows[0]!.csrf_hash).toBe(createHash('sha256').update(csrf).digest('hex'));
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
    expect((await t.api('GET', '/v1/session', { headers: { cookie } })).json.csrf_token).toBe(csrf); // the same token after a reload
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const owner = await buildAccount(t.app(), { name: 'Change MPS' });
    const one = await signIn(owner.email, owner.password);
    const two = await signIn(owner.email, owner.password);
    const wrong = await t.api('POST', '/v1/session/password', {
      headers: one.headers,
      body: { current_password: 'not it', new_password: 'a brand new password' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual({ code: 400, error: 'The current password is not correct.', reason: 'current_password_incorrect' });
    const short = await t.api('POST', '/v1/session/password', {
      headers: one.headers,
      body: { current_password: owner.password, new_password: 'short' },
    });
    expect(short.status).toBe(400);
    const noCsrf = await t.api('POST', '/v1/session/password', {
      headers: { cookie: one.headers.cookie },
      body: { current_password: owner.password, new_password: 'a brand new password' },
    });
    expect(noCsrf.status).toBe(403);
    const byKey = await t.api('POST', '/v1/session/password', {
      key: owner.api_key,
      body: { current_password: owner.password, new_password: 'a brand new password' },
    });
    expect(byKey.status).toBe(403);
    const ok = await t.api('POST', '/v1/session/password', {
      headers: one.headers,
      body: { current_password: owner.password, new_password: 'a brand new password' },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ changed: true });
    expect((await t.api('GET', '/v1/session', { headers: { cookie: one.headers.cookie } })).status).toBe(200);
    expect((await t.api('GET', '/v1/session', { headers: { cookie: two.headers.cookie } })).status).toBe(401);
    expect((await t.api('POST', '/v1/session', { body: { email: owner.email, password: owner.password } })).status).toBe(401);
    expect((await t.api('POST', '/v1/session', { body: { email: owner.email, password: 'a brand new password' } })).status).toBe(200);
  });

  it('resets a forgotten password with an e-mailed one-use link that works for an hour', async () => {
    const owner = await buildAccount(t.app(), { name: 'Reset MPS' });
    const before = await signIn(owner.email, owner.password);
    const known = await t.api('POST', '/v1/password_resets', { body: { email: owner.email.toUpperCase() } });
    const unknown = await t.api('POST', '/v1/password_resets', { body: { email: `nobody-${randomBytes(3).toString('hex')}@example.com` } });
    expect([known.status, known.json, unknown.status, unknown.json]).toEqual([202, { requested: true }, 202, { requested: true }]);
    const mail = await waitFor(() => receivers.mails.find((m) => m.to.includes(owner.email) && /Reset your Canopy password/.test(m.raw)));
    const token = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.raw)![1]!;
    const stored = await t.app().db.selectFrom('password_resets').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.map((r) => r.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));

    expect((await t.api('GET', `/v1/password_resets/${token}`)).json).toEqual({ email: owner.email });
    const done = await t.api('POST', `/v1/password_resets/${token}`, { body: { password: 'reset to this one' } });
    expect(done.status).toBe(200);
    expect(done.json.user.id).toBe(owner.user_id);
    expect(String(done.headers['set-cookie'])).toMatch(/canopy_session=/);
    expect((await t.api('GET', '/v1/session', { headers: { cookie: before.headers.cookie } })).status).toBe(401); // other sessions ended
    expect((await t.api('POST', `/v1/password_resets/${token}`, { body: { password: 'and again to this' } })).status).toBe(404); // one use
    expect((await t.api('POST', '/v1/session', { body: { email: owner.email, password: 'reset to this one' } })).status).toBe(200);

    // A fresh link works for an hour: still at 59 min 59 s, no longer 2 s later. (The clock is the file's: later
    // tests only need it to move forward.)
    const later = await t.api('POST', '/v1/password_resets', { body: { email: owner.email } });
    expect(later.status).toBe(202);
    const second = await waitFor(
      () => receivers.mails.filter((m) => m.to.includes(owner.email) && /Reset your Canopy password/.test(m.raw))[1],
    );
    const token2 = /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(second.raw)![1]!;
    clock.advance(59 * 60_000 + 59_000);
    const justInTime = await t.api('GET', `/v1/password_resets/${token2}`);
    expect([justInTime.status, justInTime.json]).toEqual([200, { email: owner.email }]);
    clock.advance(2_000);
    expect((await t.api('GET', `/v1/password_resets/${token2}`)).status).toBe(404);

    // Three requests per e-mail per hour, then 429; an unknown address gets the very same answers.
    const fourRequests = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await t.api('POST', '/v1/password_resets', { body: { email } }));
      expect(answers.slice(0, 3).map((a) => [a.status, a.json])).toEqual(Array(3).fill([202, { requested: true }]));
      expect(answers[3]!.status, email).toBe(429);
      return answers[3]!;
    };
    const limited = await fourRequests(owner.email);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const limitedUnknown = await fourRequests(`nobody-${randomBytes(3).toString('hex')}@example.com`);
    expect(limitedUnknown.json).toEqual(limited.json);
    expect(limitedUnknown.headers['retry-after']).toBe(limited.headers['retry-after']);
    expect(limited.json.error).toBe('Too many password-reset requests for this e-mail address: please try again in 60 minutes.');
  });

  it('gives API keys scopes: a read key only reads, cannot make a stronger key, and keys made by a key die with it', async () => {
    const owner = await buildAccount(t.app(), { name: 'Scoped MPS' });
    const read = await t.api('POST', '/v1/api_keys', { key: owner.api_key, body: { name: 'Reporting', scope: 'read' } });
    expect(read.status).toBe(201);
    expect(read.json).toMatchObject({ scope: 'read', created_by_key_id: expect.any(String) });
    const readKey = read.json.key as string;
    expect((await t.api('GET', '/v1/account', { key: readKey })).status).toBe(200);
    const write = await t.api('POST', '/v1/accounts', { key: readKey, body: { name: 'Should not exist' } });
    expect(write.status).toBe(403);
    expect(write.json.error).toMatch(/read-only/);
    expect((await t.api('POST', '/v1/api_keys', { key: readKey, body: { name: 'Escalate', scope: 'full' } })).status).toBe(403);
    expect((await t.api('POST', '/v1/api_keys', { key: readKey, body: { name: 'Escalate' } })).status).toBe(403);
    expect((await t.api('DELETE', `/v1/api_keys/${read.json.id}`, { key: readKey })).status).toBe(403);

    // A full key makes a key, which makes another: revoking the first revokes both.
    const first = (await t.api('POST', '/v1/api_keys', { key: owner.api_key, body: { name: 'First' } })).json;
    expect(first.scope).toBe('full');
    const second = (await t.api('POST', '/v1/api_keys', { key: first.key, body: { name: 'Second' } })).json;
    const third = (await t.api('POST', '/v1/api_keys', { key: second.key, body: { name: 'Third', scope: 'read' } })).json;
    expect([second.created_by_key_id, third.created_by_key_id]).toEqual([first.id, second.id]);
    expect((await t.api('DELETE', `/v1/api_keys/${first.id}`, { key: owner.api_key })).status).toBe(200);
    for (const k of [first, second, third]) expect((await t.api('GET', '/v1/account', { key: k.key })).status).toBe(401);
    expect((await t.api('GET', '/v1/account', { key: readKey })).status).toBe(200); // made by the owner's key, which lives
  });
});

async function signIn(email: string, password: string) {
  const res = await t.api('POST', '/v1/session', { body: { email, password } });
  expect(res.status).toBe(200);
  return { headers: { cookie: String(res.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': res.json.csrf_token as string } };
}

async function waitFor<T>(get: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A TLS handshake (with the app unless `port` says otherwise): the protocol negotiated, or the error's code. */
function handshake(options: tls.ConnectionOptions): Promise<{ ok: true; protocol: string | null } | { ok: false; code: string }> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port: t.port(), servername: 'localhost', ca: t.caPem(), ...options }, () => {
      const protocol = socket.getProtocol();
      socket.end();
      resolve({ ok: true, protocol });
    });
    socket.on('error', (err: NodeJS.ErrnoException) => resolve({ ok: false, code: err.code ?? err.message }));
  });
}
