import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

// Easter 2026 in England and Wales: Good Friday 3 April and Easter Monday 6 April are bank holidays.
// Customer 1001's agent stops after Thursday 2 April.
const s = useSimulator({ today: '2026-04-09', customers: 2, seed: 5, stale: [{ customer: 1001, days: 6 }] });
const clock = fixedClock(new Date('2026-04-09T09:00:00Z'));
const t = useTestApp({ clock, outboundCa: () => s.sim().ca });

describe('feed health across a weekend and bank holidays', () => {
  it('stays healthy after 2 business days without new data and turns unhealthy on the 3rd', async () => {
    const owner = await buildAccount(t.app(), { name: 'Easter MPS' });
    const key = owner.api_key;
    const server = (
      await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
    ).json;
    const account = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Easter customer' } })).json;
    const feed = (
      await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
        key,
        body: { type: 'onestop', server_id: server.id, external_id: '1001', activated_at: '2026-03-01' },
      })
    ).json;
    const { collector } = t.app().services;

    // Thursday 9 April: data up to Wednesday 8. Since Thursday 2: Fri 3 (holiday), weekend, Mon 6 (holiday), Tue 7, Wed 8.
    await collector.collectServer(server.id, { trigger: 'test', wait: true });
    const after2 = (await t.api('GET', `/v1/feeds/${feed.id}`, { key })).json;
    expect(after2.health_check).toBe('healthy');

    // Friday 10 April: Thursday 9 is the third business day without new data.
    await s.client().json('POST', '/_sim/control', { body: { today: '2026-04-10' } });
    clock.set(new Date('2026-04-10T09:00:00Z'));
    await collector.collectServer(server.id, { trigger: 'test', wait: true });
    const after3 = (await t.api('GET', `/v1/feeds/${feed.id}`, { key })).json;
    expect(after3.health_check).toBe('unhealthy');
    expect(after3.health_check_reason).toBe('DCA stale: no new data for 3 business days (last change 2 Apr 2026).');
    expect(after3.health_check_changed_at).toBe('2026-04-10T09:00:00Z');
  });
});
