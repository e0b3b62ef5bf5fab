import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { ensureLocalTls } from '../../src/http/local-ca.js';
import { emailStatus, sendTestEmail } from '../../src/notifications/email-tools.js';
import { createMailer } from '../../src/outbound/mailer.js';
import { createOutboundPolicy } from '../../src/outbound/outbound-policy.js';
import { trustedRoots } from '../../src/outbound/trust.js';
import { buildAccount } from '../factories/accounts.js';
import { buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { LOOPBACK_ALLOWED } from '../harness/config.js';
import { useNotificationReceivers } from '../harness/receivers.js';
import { parseAllowList } from '../../src/outbound/address-rules.js';

/**
 * Honest e-mail status (issue 19, item 3): whether SMTP is configured (never its credentials), a test e-mail that says
 * whether the relay accepted it, and each notification e-mail previewed as sent, dates as people read them.
 */
// 14:05:30 UTC on 25 Nov 2026 is 14:05 GMT in London (no summer time in November).
const clock = fixedClock(new Date('2026-11-25T14:05:30Z'));
const r = useNotificationReceivers();
const withSmtp = useTestApp({
  clock,
  outboundCa: () => r.ca(),
  config: () => ({ smtp: { url: r.smtpUrl(), from: 'Canopy <canopy@canopy.test>' } }),
});
const without = useTestApp({ clock }); // the test config has no SMTP_URL

describe('e-mail status', () => {
  it('says whether SMTP is configured, and where mail goes, never the credentials', async () => {
    const a = await buildAccount(without.app(), { name: 'Status MPS' });
    const off = await without.api('GET', '/v1/notifications/email-status', { key: a.api_key });
    expect(off.status).toBe(200);
    expect(off.json).toEqual({
      configured: false,
      from: null,
      host: null,
      port: null,
      security: null,
      setup: 'docs/operations.md#e-mail-smtp',
    });

    const b = await buildAccount(withSmtp.app(), { name: 'Status MPS' });
    const on = await withSmtp.api('GET', '/v1/notifications/email-status', { key: b.api_key });
    expect(on.json).toEqual({
      configured: true,
      from: 'Canopy <canopy@canopy.test>',
      host: 'localhost',
      port: Number(new URL(r.smtpUrl()).port),
      security: 'starttls',
      setup: 'docs/operations.md#e-mail-smtp',
    });

    // A customer account has no part in the provider's notifications or the installation's relay.
    const customer = await buildAccount(withSmtp.app(), { name: 'Status Customer', parentId: b.account_id });
    for (const [method, url] of [
      ['GET', '/v1/notifications/email-status'],
      ['POST', '/v1/notifications/test-email'],
      ['GET', '/v1/notifications/previews'],
    ] as const) {
      const res = await withSmtp.api(method, url, { key: customer.api_key, body: method === 'POST' ? {} : undefined });
      expect([url, res.status]).toEqual([url, 403]);
    }
  });
});

describe('test e-mail', () => {
  it('arrives at the relay (to the caller by default, or to `to`) and the answer says it was accepted', async () => {
    const a = await buildAccount(withSmtp.app(), { name: 'Test Mail MPS' });
    const before = r.mails.length;
    const res = await withSmtp.api('POST', '/v1/notifications/test-email', { key: a.api_key, body: {} });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ to: a.email, subject: '[Canopy] Test e-mail', accepted: true, error: null });
    expect(r.mails).toHaveLength(before + 1);
    const mail = r.mails.at(-1)!;
    expect(mail.to).toEqual([a.email]);
    expect(mail.secure).toBe(true);
    expect(mail.raw).toContain('Subject: [Canopy] Test e-mail');
    expect(mail.raw).toContain('sent 25 Nov 2026, 14:05 GMT.');

    // Another address Canopy mails for this account: a server's contact (any case).
    await buildServerRow(withSmtp.app().db, a.account_id, { contact: 'Ops@Provider.test' });
    const other = await withSmtp.api('POST', '/v1/notifications/test-email', { key: a.api_key, body: { to: ' ops@provider.test ' } });
    expect(other.json).toMatchObject({ to: 'ops@provider.test', accepted: true });
    expect(r.mails.at(-1)!.to).toEqual(['ops@provider.test']);
  });

  it('goes only to an address Canopy already mails for the account: never to a stranger', async () => {
    const a = await buildAccount(withSmtp.app(), { name: 'Careful Mail MPS' });
    const elsewhere = await buildAccount(withSmtp.app(), { name: 'Someone Else MPS' });
    const before = r.mails.length;
    for (const to of ['victim@example.net', elsewhere.email]) {
      const res = await withSmtp.api('POST', '/v1/notifications/test-email', { key: a.api_key, body: { to } });
      expect([to, res.status, res.json.reason]).toEqual([to, 400, 'unknown_recipient']);
      expect(res.json.error).toMatch(/^to: /);
    }
    expect(r.mails).toHaveLength(before);
  });

  it('a bad address is a 400 naming the field, and nothing is sent', async () => {
    const a = await buildAccount(withSmtp.app(), { name: 'Bad Address MPS' });
    const before = r.mails.length;
    for (const to of ['not-an-address', '', 42, `${'x'.repeat(250)}@example.com`]) {
      const res = await withSmtp.api('POST', '/v1/notifications/test-email', { key: a.api_key, body: { to } });
      expect([to, res.status, res.json.reason]).toEqual([to, 400, 'invalid_request']);
      expect(res.json.error).toMatch(/^body\.to: /);
    }
    expect(r.mails).toHaveLength(before);
  });

  it('at most 10 test e-mails in 10 minutes per account: the button cannot send mail in bulk', async () => {
    const a = await buildAccount(withSmtp.app(), { name: 'Many Tests MPS' });
    for (let i = 0; i < 10; i++) {
      const res = await withSmtp.api('POST', '/v1/notifications/test-email', { key: a.api_key, body: {} });
      expect([i, res.status]).toEqual([i, 200]);
    }
    const before = r.mails.length;
    const refused = await withSmtp.api('POST', '/v1/notifications/test-email', { key: a.api_key, body: {} });
    expect([refused.status, refused.json.reason, refused.headers['retry-after']]).toEqual([429, 'rate_limited', '600']);
    expect(r.mails).toHaveLength(before);
  });

  it('without SMTP: a clear 409, not a pretend success', async () => {
    const a = await buildAccount(without.app(), { name: 'No Relay MPS' });
    const res = await without.api('POST', '/v1/notifications/test-email', { key: a.api_key, body: { to: 'ops@provider.test' } });
    expect(res.status).toBe(409);
    expect(res.json.reason).toBe('email_not_configured');
    expect(res.json.error).toMatch(/^E-mail is not configured: set SMTP_URL \(and SMTP_FROM\) and restart Canopy/);
  });
});

describe('a relay that refuses', () => {
  // A relay of our own that asks for a log-in and refuses one recipient, to see the answers in words.
  let server: SMTPServer | undefined;
  let dir = '';
  let ca = '';
  let port = 0;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-refusing-relay-'));
    const tls = await ensureLocalTls(path.join(dir, 'tls'), { commonName: 'Refusing relay CA' });
    ca = tls.ca;
    server = new SMTPServer({
      key: tls.key,
      cert: tls.cert,
      logger: false,
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, cb) {
        if (auth.username === 'canopy' && auth.password === 'right-secret') cb(null, { user: 'canopy' });
        else cb(new Error('Authentication credentials invalid'));
      },
      onRcptTo(address, _session, cb) {
        if (address.address.endsWith('@refused.test'))
          cb(Object.assign(new Error('5.1.1 <nobody@refused.test>: mailbox unavailable'), { responseCode: 550 }));
        else cb();
      },
      onData(stream, _session, cb) {
        stream.resume();
        stream.on('end', () => cb());
      },
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const mailerWith = (password: string) =>
    createMailer({
      url: `smtp://canopy:${password}@localhost:${port}`,
      from: 'Canopy <canopy@canopy.test>',
      ca: trustedRoots(ca),
      outbound: createOutboundPolicy({ allow: parseAllowList(LOOPBACK_ALLOWED) }),
    });

  it('says in plain words what the relay refused, never the SMTP password', async () => {
    const wrong = mailerWith('wrong-secret-123');
    expect(JSON.stringify(emailStatus(wrong))).not.toContain('wrong-secret-123');
    expect(JSON.stringify(emailStatus(wrong))).not.toContain('canopy:');
    const refusedLogin = await sendTestEmail(wrong, { to: 'ops@provider.test', now: clock.now(), publicUrl: 'https://canopy.test' });
    expect(refusedLogin.accepted).toBe(false);
    expect(refusedLogin.error).toMatch(
      /^The SMTP server refused Canopy's log-in \(the user name or password in SMTP_URL\); it answered: 535/,
    );
    expect(refusedLogin.error).not.toContain('wrong-secret-123');

    const right = mailerWith('right-secret');
    const refusedRecipient = await sendTestEmail(right, { to: 'nobody@refused.test', now: clock.now(), publicUrl: 'https://canopy.test' });
    expect(refusedRecipient).toMatchObject({ accepted: false, to: 'nobody@refused.test' });
    expect(refusedRecipient.error).toMatch(
      /^The SMTP server refused the sender or the recipient; it answered: 550 5\.1\.1 <nobody@refused\.test>: mailbox unavailable/,
    );
    expect(await sendTestEmail(right, { to: 'ops@provider.test', now: clock.now(), publicUrl: 'https://canopy.test' })).toMatchObject({
      accepted: true,
      error: null,
    });
    wrong.close();
    right.close();
  });
});

describe('previews and dates in e-mails', () => {
  it('each kind of notification e-mail with sample data, subject and text as sent, dates in the people format', async () => {
    const a = await buildAccount(without.app(), { name: 'Preview MPS' });
    const res = await without.api('GET', '/v1/notifications/previews', { key: a.api_key });
    expect(res.status).toBe(200);
    const byKind = new Map(res.json.map((p: { kind: string }) => [p.kind, p]));
    expect([...byKind.keys()]).toEqual(['server_unhealthy', 'feed_unhealthy', 'healthy_again', 'summary', 'certificate_issued']);
    const server = byKind.get('server_unhealthy') as { subject: string; text: string; type: string };
    expect(server.type).toBe('health.changed');
    expect(server.subject).toBe('[Canopy] Server Printfleet UK (https://printfleet.example.co.uk) is unhealthy');
    expect(server.text).toMatch(
      new RegExp(
        '^Server Printfleet UK \\(https://printfleet\\.example\\.co\\.uk\\): healthy → unhealthy at 25 Nov 2026, 14:05 GMT ' +
          '\\(The portal rejected the username or password\\.\\)\\n\\nCanopy could not log in',
      ),
    );
    const feed = byKind.get('feed_unhealthy') as { subject: string; text: string };
    expect(feed.subject).toBe('[Canopy] Feed of Example Customer Ltd (portal customer 1001) is unhealthy');
    // Today is Wed 25 Nov in London; the sample's 3 business days without data are Fri 20, Mon 23 and Tue 24 Nov
    // (yesterday, the last day collected), so its counters last changed on Thu 19 Nov 2026.
    expect(feed.text).toContain(
      'Feed of Example Customer Ltd (portal customer 1001): healthy → unhealthy at 25 Nov 2026, 14:05 GMT ' +
        '(DCA stale: no new data for 3 business days (last change 19 Nov 2026).)',
    );
    expect((byKind.get('summary') as { subject: string }).subject).toBe(
      '[Canopy] 3 feeds of Printfleet UK (https://printfleet.example.co.uk) changed health: 3 unhealthy',
    );
    const cert = byKind.get('certificate_issued') as { subject: string; text: string };
    // Last month's certificate, issued by the caller: 25,000 pages / 8,333 = 3.0001 trees; × 0.0127 kg = 317.5 kg CO₂e.
    expect(cert.subject).toBe('[Preview MPS with Canopy] Your Certificate of Reforestation for October 2026');
    expect(cert.text).toContain('Example Customer Ltd: your Certificate of Reforestation for October 2026 has been issued.');
    expect(cert.text).toContain('Pages: 25,000 standard pages\nTrees: 3.00 trees\nGreenhouse gases: 317.5 kg CO₂e');
    for (const p of res.json) expect([p.kind, /\d{4}-\d{2}-\d{2}/.test(`${p.subject}\n${p.text}`)]).toEqual([p.kind, false]);
  });

  it('a logged notification carries the e-mail as it would be sent, in the new format; its data keeps ISO dates', async () => {
    const a = await buildAccount(without.app(), { name: 'Logged MPS' });
    const serverId = await buildServerRow(without.app().db, a.account_id);
    const { health, notifier } = without.app().services;
    await health.serverChecked(serverId, 'unhealthy', 'The portal rejected the username or password.', 'credentials_rejected');
    await notifier.dispatch(serverId);
    const [note] = (await without.api('GET', '/v1/notifications', { key: a.api_key })).json;
    expect(note.subject).toBe('[Canopy] Server https://portal.invalid is unhealthy');
    expect(note.text).toMatch(
      new RegExp(
        '^Server https://portal\\.invalid: pending → unhealthy at 25 Nov 2026, 14:05 GMT ' +
          '\\(The portal rejected the username or password\\.\\)\\n',
      ),
    );
    expect(note.data.change.at).toBe('2026-11-25T14:05:30Z');
  });
});
