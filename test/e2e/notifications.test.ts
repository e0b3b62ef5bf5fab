import { addDays } from '../../src/calendar.js';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useNotificationReceivers } from '../harness/receivers.js';
import { useSimulator } from '../harness/simulator.js';

const TODAY = '2026-06-17';
const clock = fixedClock(new Date(`${TODAY}T09:00:00Z`));
const r = useNotificationReceivers();
const s = useSimulator({ today: TODAY, customers: 5, seed: 33, stale: [1001, 1002, 1003].map((customer) => ({ customer, days: 8 })) });
const t = useTestApp({
  clock,
  outboundCa: () => s.sim().ca + r.ca(),
  config: () => ({ smtp: { url: r.smtpUrl(), from: 'Canopy <canopy@canopy.test>' } }),
});

function hmac(secret: string, raw: string): string {
  return `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
}

describe('health notifications', () => {
  it('emails the contact, POSTs a signed webhook: one summary for many feeds, one per server change, retried until delivered', async () => {
    const owner = await buildAccount(t.app(), { name: 'Notify MPS' });
    const key = owner.api_key;
    const hook = (await t.api('POST', '/v1/webhooks', { key, body: { url: r.webhookUrl() } })).json;
    expect(hook.secret).toMatch(/^whsec_/);
    expect((await t.api('GET', `/v1/webhooks/${hook.id}`, { key })).json.secret).toBeNull();
    const server = (
      await t.api('POST', '/v1/servers', {
        key,
        body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password', contact: 'ops@provider.test' },
      })
    ).json;
    for (const ext of ['1001', '1002', '1003', '1004']) {
      const account = (await t.api('POST', '/v1/accounts', { key, body: { name: `Customer ${ext}` } })).json;
      await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
        key,
        body: { type: 'onestop', server_id: server.id, external_id: ext, activated_at: addDays(TODAY, -40) },
      });
    }
    const { collector, checks, notifier } = t.app().services;

    // Three feeds go stale in one run: one summary, not three messages.
    await collector.collectServer(server.id, { trigger: 'test', wait: true });
    expect(await notifier.deliverDue()).toBe(2); // the email and the webhook
    expect(r.mails).toHaveLength(1);
    expect(r.mails[0]!.to).toEqual(['ops@provider.test']);
    expect(r.mails[0]!.secure).toBe(true); // STARTTLS was required
    expect(r.mails[0]!.raw).toMatch(/Subject: \[Canopy\] 3 feeds of .* changed health: 3 unhealthy/);
    expect(r.mails[0]!.raw).toMatch(/Customer 1001/);
    expect(r.posts).toHaveLength(1);
    const post = r.posts[0]!;
    expect(post.headers['x-canopy-signature']).toBe(hmac(hook.secret, post.raw));
    expect(post.headers['x-canopy-signature']).not.toBe(hmac('whsec_wrong', post.raw));
    const body = JSON.parse(post.raw);
    expect(body).toMatchObject({ type: 'health.summary', server_id: server.id, data: { unhealthy: 3, healthy: 0 } });
    expect(String(body.timestamp)).toBe(post.headers['x-canopy-timestamp']);
    expect(body.data.changes.map((c: { external_id: string }) => c.external_id).sort()).toEqual(['1001', '1002', '1003']);

    // Nothing changed: nothing is sent again.
    await collector.collectServer(server.id, { trigger: 'test', wait: true });
    expect(await notifier.deliverDue()).toBe(0);

    // The portal rejects the log-in: one message about the server; the webhook endpoint is down for the first try.
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'reject' } });
    r.failNext(1);
    expect((await checks.checkServer(server.id))?.ok).toBe(false);
    expect(await notifier.deliverDue()).toBe(2);
    expect(r.mails).toHaveLength(2);
    expect(r.mails[1]!.raw).toMatch(/Subject: \[Canopy\] Server https:\/\/.* is unhealthy/);
    let list = (await t.api('GET', '/v1/notifications', { key })).json;
    expect(list).toHaveLength(2);
    const webhookDelivery = list[0].deliveries.find((d: { channel: string }) => d.channel === 'webhook');
    expect(webhookDelivery).toMatchObject({
      status: 'pending',
      attempts: 1,
      response_status: 500,
      last_error: 'the endpoint answered HTTP 500',
    });
    expect(await notifier.deliverDue()).toBe(0); // not before its backoff
    clock.advance(61_000);
    expect(await notifier.deliverDue()).toBe(1);
    list = (await t.api('GET', '/v1/notifications', { key })).json;
    expect(list[0].deliveries.find((d: { channel: string }) => d.channel === 'webhook')).toMatchObject({
      status: 'delivered',
      attempts: 2,
      response_status: 200,
    });
    expect(list[0].deliveries.find((d: { channel: string }) => d.channel === 'email')).toMatchObject({
      status: 'delivered',
      target: 'ops@provider.test',
    });
    const retried = r.posts.at(-1)!;
    expect(JSON.parse(retried.raw)).toMatchObject({
      type: 'health.changed',
      data: { change: { subject_type: 'server', new_state: 'unhealthy' } },
    });
    expect(retried.headers['x-canopy-signature']).toBe(hmac(hook.secret, retried.raw));

    // Back to healthy: one more message.
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'accept' } });
    expect((await checks.checkServer(server.id))?.ok).toBe(true);
    await notifier.deliverDue();
    expect(r.mails.at(-1)!.raw).toMatch(/is healthy/);
    expect((await t.api('GET', '/v1/notifications', { key })).json).toHaveLength(3);
  });

  it('lets only providers manage webhooks, over https only, within their own tree', async () => {
    const provider = await buildAccount(t.app(), { name: 'Hooks MPS' });
    const other = await buildAccount(t.app(), { name: 'Other MPS' });
    const customer = (await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: 'A customer' } })).json;
    const bad = await t.api('POST', '/v1/webhooks', { key: provider.api_key, body: { url: 'http://example.test/hook' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/https/);
    expect(
      (await t.api('POST', `/v1/accounts/${customer.id}/webhooks`, { key: provider.api_key, body: { url: r.webhookUrl() } })).status,
    ).toBe(403);
    const hook = (await t.api('POST', '/v1/webhooks', { key: provider.api_key, body: { url: r.webhookUrl() } })).json;
    expect((await t.api('GET', `/v1/webhooks/${hook.id}`, { key: other.api_key })).status).toBe(404);
    expect((await t.api('DELETE', `/v1/webhooks/${hook.id}`, { key: other.api_key })).status).toBe(404);
    const deleted = (await t.api('DELETE', `/v1/webhooks/${hook.id}`, { key: provider.api_key })).json;
    expect(deleted).toMatchObject({ id: hook.id, deleted: true, secret: null });
    expect((await t.api('GET', '/v1/webhooks', { key: provider.api_key })).json).toEqual([]);
  });
});
