import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { useSimulator } from '../harness/simulator.js';

const TODAY = '2026-06-15';
const YESTERDAY = addDays(TODAY, -1);
const ACTIVATION = addDays(TODAY, -30);
const START = addDays(YESTERDAY, -4);

const s = useSimulator({ today: TODAY, customers: 3, seed: 11, stale: [{ customer: 1001, days: 3 }] });
const clock = fixedClock(new Date(`${TODAY}T09:00:00Z`));
const t = useTestApp({ clock, outboundCa: () => s.sim().ca });

type Day = { date: string; reported_standard_pages: number };
async function truth(from: string, to: string) {
  return (await s.client().json<{ reported_standard_pages: number; days: Day[] }>('GET', `/_sim/truth?customer=1001&from=${from}&to=${to}`))
    .body;
}

async function setup() {
  const provider = await buildAccount(t.app(), { name: 'Actions MPS' });
  const key = provider.api_key;
  const server = (
    await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
  ).json;
  const account = (await t.api('POST', '/v1/accounts', { key, body: { name: 'Stale customer' } })).json;
  const feed = await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
    key,
    body: { type: 'onestop', server_id: server.id, external_id: '1001', activated_at: ACTIVATION },
  });
  expect(feed.status, feed.text).toBe(201);
  return { key, server, feedId: feed.json.id as string };
}

async function depositsByDate(feedId: string) {
  const rows = await t.app().db.selectFrom('deposits').select(['date', 'pages']).where('feed_id', '=', feedId).execute();
  return new Map(rows.map((r) => [r.date, Number(r.pages)]));
}

async function jobs() {
  return (await sql<{ key: string }>`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'collect-server'`.execute(t.app().db))
    .rows;
}

const checkpointOf = async (feedId: string) =>
  (await t.app().db.selectFrom('feeds').select('checkpoint_date').where('id', '=', feedId).executeTakeFirstOrThrow()).checkpoint_date;

describe('feed resync', () => {
  it('a dry run reports what re-reading would change; the resync makes the deposits the truth', async () => {
    const { key, server, feedId } = await setup();
    const { collector } = t.app().services;
    expect((await collector.collectServer(server.id, { trigger: 'test', wait: true })).status).toBe('succeeded');
    const body = { start_date: START, end_date: YESTERDAY, dry_run: true };

    const unchanged = await t.api('POST', `/v1/feeds/${feedId}/resync`, { key, body });
    expect(unchanged.status, unchanged.text).toBe(200);
    expect(unchanged.json).toEqual({ dry_run: true, days: 5, changed_pages: 0 });

    // The agent comes back with its cached readings: the portal's counters of the stale days change.
    await s.client().json('POST', '/_sim/control', { body: { customer: 1001, dca: 'online' } });
    const stored = await depositsByDate(feedId);
    const days = (await truth(START, YESTERDAY)).days;
    const expected = days.reduce((n, d) => n + Math.abs(d.reported_standard_pages - (stored.get(d.date) ?? 0)), 0);
    expect(expected).toBeGreaterThan(0);
    const changed = await t.api('POST', `/v1/accounts/${server.account_id}/feeds/${feedId}/resync`, { key, body });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toEqual({ dry_run: true, days: 5, changed_pages: expected });
    expect(await depositsByDate(feedId)).toEqual(stored); // a dry run writes nothing

    // Bad bodies: 400 naming the field, nothing changed.
    const checkpoint = await checkpointOf(feedId);
    const before = (await jobs()).length;
    for (const [bad, field] of [
      [{ start_date: YESTERDAY, end_date: START }, 'end_date'],
      [{ start_date: `${START}T00:00:00Z`, end_date: YESTERDAY }, 'start_date'],
      [{ start_date: START, end_date: '2026-02-30' }, 'end_date'],
      [{ start_date: START, end_date: YESTERDAY, force: true }, 'force'],
      [{ end_date: YESTERDAY }, 'start_date'],
      [{ start_date: START, end_date: YESTERDAY, dry_run: 'yes' }, 'dry_run'],
      [{ start_date: addDays(ACTIVATION, -20), end_date: addDays(ACTIVATION, -10) }, 'end_date'],
      [{ start_date: TODAY, end_date: TODAY }, 'start_date'],
    ] as const) {
      const res = await t.api('POST', `/v1/feeds/${feedId}/resync`, { key, body: bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.json.error).toContain(field);
    }
    expect(await checkpointOf(feedId)).toBe(checkpoint);
    expect((await jobs()).length).toBe(before);

    // Another tenant's feed is a 404.
    const other = await buildAccount(t.app(), { name: 'Other MPS' });
    expect((await t.api('POST', `/v1/feeds/${feedId}/resync`, { key: other.api_key, body })).status).toBe(404);

    // The real resync: the checkpoint moves back, a collection is queued; running it makes the deposits the truth.
    const queued = await t.api('POST', `/v1/feeds/${feedId}/resync`, { key, body: { start_date: START, end_date: YESTERDAY } });
    expect(queued.status, queued.text).toBe(200);
    expect(queued.json).toEqual({ dry_run: false, days: 5, queued: true });
    expect(await checkpointOf(feedId)).toBe(addDays(START, -1));
    expect(await jobs()).toContainEqual({ key: `collect-server:${server.id}` });
    expect((await collector.collectServer(server.id, { trigger: 'resync', wait: true })).status).toBe('succeeded');
    const after = await depositsByDate(feedId);
    for (const d of days) expect(after.get(d.date), d.date).toBe(d.reported_standard_pages);
    const total = [...after.values()].reduce((n, p) => n + p, 0);
    expect(total).toBe((await truth(ACTIVATION, YESTERDAY)).reported_standard_pages);
    expect((await t.api('POST', `/v1/feeds/${feedId}/resync`, { key, body })).json).toEqual({ dry_run: true, days: 5, changed_pages: 0 });
  });
});

describe('server actions', () => {
  it('check now answers the health the log-in gives; collect now queues a collection', async () => {
    const { key, server } = await setup();
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'reject' } });
    const down = await t.api('POST', `/v1/servers/${server.id}/check`, { key });
    expect(down.status, down.text).toBe(200);
    expect(down.json).toMatchObject({ id: server.id, health_check: 'unhealthy', health_reason: 'credentials_rejected' });
    await s.client().json('POST', '/_sim/control', { body: { credentials: 'accept' } });
    const up = await t.api('POST', `/v1/accounts/${server.account_id}/servers/${server.id}/check`, { key });
    expect(up.json).toMatchObject({ id: server.id, health_check: 'healthy', health_reason: null });

    await sql`SELECT graphile_worker.remove_job(${`collect-server:${server.id}`})`.execute(t.app().db);
    expect(await jobs()).not.toContainEqual({ key: `collect-server:${server.id}` });
    const collect = await t.api('POST', `/v1/servers/${server.id}/collect`, { key });
    expect(collect.status, collect.text).toBe(202);
    expect(collect.json).toEqual({ queued: true });
    expect(await jobs()).toContainEqual({ key: `collect-server:${server.id}` });

    const other = await buildAccount(t.app(), { name: 'Other MPS 2' });
    expect((await t.api('POST', `/v1/servers/${server.id}/collect`, { key: other.api_key })).status).toBe(404);
    expect((await t.api('POST', `/v1/servers/${server.id}/check`, { key: other.api_key })).status).toBe(404);
  });
});
