import { addDays } from '../../src/calendar.js';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

const TODAY = '2026-06-15';
const YESTERDAY = addDays(TODAY, -1);
const ACTIVATION = addDays(TODAY, -120);

const s = useSimulator({
  today: TODAY,
  customers: 12,
  seed: 7,
  tokenTtlS: 20,
  faults: { error_rate: 0.1, reset_rate: 0.05, timeout_rate: 0.02, malformed_rate: 0.05 },
});
const clock = fixedClock(new Date(`${TODAY}T09:00:00Z`));
const t = useTestApp({ clock, outboundCa: () => s.sim().ca, config: { portalTimeoutMs: 500 } });

async function truth(customer: string, from: string, to: string) {
  const res = await s
    .client()
    .json<{ reported_standard_pages: number; actual_standard_pages: number }>(
      'GET',
      `/_sim/truth?customer=${customer}&from=${from}&to=${to}`,
    );
  return res.body;
}

describe('collection from a faulty portal', () => {
  it('deposits exactly the reported standard pages for every feed, once per day, without writing to the portal', async () => {
    const provider = await buildAccount(t.app(), { name: 'Faulty Portal MPS' });
    const server = await t.api('POST', '/v1/servers', {
      key: provider.api_key,
      body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password', contact: 'ops@example.com' },
    });
    expect(server.status, server.text).toBe(201);
    expect(server.json.password).toBeNull();

    const dropdown = await t.api('GET', `/v1/servers/${server.json.id}/customers`, { key: provider.api_key });
    expect(dropdown.status, dropdown.text).toBe(200);
    expect(dropdown.json).toHaveLength(12);
    const chosen = dropdown.json.slice(0, 6) as Array<{ external_id: string; name: string }>;

    const feeds: Array<{ id: string; external_id: string }> = [];
    for (const c of chosen) {
      const account = await t.api('POST', '/v1/accounts', { key: provider.api_key, body: { name: c.name } });
      const feed = await t.api('POST', `/v1/accounts/${account.json.id}/feeds`, {
        key: provider.api_key,
        body: { type: 'onestop', server_id: server.json.id, external_id: c.external_id, activated_at: ACTIVATION },
      });
      expect(feed.status, feed.text).toBe(201);
      expect(feed.json).toMatchObject({ status: 'active', activated_at: `${ACTIVATION}T00:00:00Z`, health_check: 'pending' });
      feeds.push(feed.json);
    }
    await s.client().call('POST', '/_sim/stats/reset');

    // Faults may exhaust a request's retries now and then; a run resumes from its checkpoints.
    let status = '';
    for (let run = 0; run < 5 && status !== 'succeeded'; run++) {
      status = (await t.app().services.collector.collectServer(server.json.id, { trigger: 'test', wait: true })).status;
    }
    expect(status).toBe('succeeded');

    const db = t.app().db;
    for (const feed of feeds) {
      const rows = await db
        .selectFrom('deposits')
        .select(['date', 'pages', 'status'])
        .where('feed_id', '=', feed.id)
        .orderBy('date')
        .execute();
      expect(rows).toHaveLength(120);
      expect(rows[0]!.date).toBe(ACTIVATION);
      expect(rows.at(-1)!.date).toBe(YESTERDAY);
      expect(new Set(rows.map((r) => r.date)).size).toBe(rows.length);
      const total = rows.reduce((n, r) => n + Number(r.pages), 0);
      expect(total, `feed of customer ${feed.external_id}`).toBe(
        (await truth(feed.external_id, ACTIVATION, YESTERDAY)).reported_standard_pages,
      );
      expect(rows.every((r) => r.status === 'deposited')).toBe(true);
    }
    const stats = await s
      .client()
      .json<{ write_attempts: number; statuses: Record<string, number>; max_concurrent: number }>('GET', '/_sim/stats');
    expect(stats.body.write_attempts).toBe(0);
    expect(stats.body.max_concurrent).toBe(1); // politeness: one request at a time (the server's concurrency is 1)
    expect(Object.keys(stats.body.statuses).some((code) => code !== '200')).toBe(true); // faults really happened

    // Running again changes nothing.
    const before = await db
      .selectFrom('deposits')
      .select((eb) => [eb.fn.sum<string>('pages').as('p'), eb.fn.countAll<string>().as('n')])
      .executeTakeFirstOrThrow();
    const again = await t.app().services.collector.collectServer(server.json.id, { trigger: 'test', wait: true });
    expect(['succeeded', 'partial']).toContain(again.status);
    const after = await db
      .selectFrom('deposits')
      .select((eb) => [eb.fn.sum<string>('pages').as('p'), eb.fn.countAll<string>().as('n')])
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);

    // The API shows the same figures: deposits, volume and the account totals.
    const customerId = (await db.selectFrom('feeds').select('account_id').where('id', '=', feeds[0]!.id).executeTakeFirstOrThrow())
      .account_id;
    const listed = await t.api('GET', `/v1/accounts/${customerId}/deposits?start_date=${ACTIVATION}&end_date=${YESTERDAY}`, {
      key: provider.api_key,
    });
    expect(listed.status).toBe(200);
    expect(listed.json).toHaveLength(120);
    const daily = await t.api('GET', `/v1/accounts/${customerId}/volume?period=daily&start_date=${ACTIVATION}&end_date=${YESTERDAY}`, {
      key: provider.api_key,
    });
    const monthly = await t.api('GET', `/v1/accounts/${customerId}/volume?start_date=${ACTIVATION}&end_date=${YESTERDAY}`, {
      key: provider.api_key,
    });
    const sum = (xs: Array<{ pages: number }>) => xs.reduce((n, x) => n + x.pages, 0);
    const expected = (await truth(feeds[0]!.external_id, ACTIVATION, YESTERDAY)).reported_standard_pages;
    expect(sum(daily.json)).toBe(expected);
    expect(sum(monthly.json)).toBe(expected);
    const account = await t.api('GET', `/v1/accounts/${customerId}`, { key: provider.api_key });
    expect(account.json.ltd_pages).toBe(expected);

    const syncs = await t.api('GET', `/v1/servers/${server.json.id}/syncs`, { key: provider.api_key });
    expect(syncs.status).toBe(200);
    expect(syncs.json.length).toBeGreaterThanOrEqual(2);
    expect(syncs.json.some((r: { retries: number }) => r.retries > 0)).toBe(true);
  }, 180_000);
});
