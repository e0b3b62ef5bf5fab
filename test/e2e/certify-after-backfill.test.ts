import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser } from '../harness/browser.js';
import { useSimulator } from '../harness/simulator.js';

// Issue 19, item 4: after a backfill, the closed months of the new feed are certified at once (the run queues the
// month close), not at the next hourly close; meanwhile the customer page says they are being issued.
const TODAY = '2026-06-15'; // a Monday: May's grace period (5 business days) is over, June is open
const ACTIVATION = '2026-03-15'; // three months back
const CLOSED = ['2026-03', '2026-04', '2026-05'];
/** Well under the hourly schedule: the queued close runs as soon as the worker sees it. */
const PROMPTLY_MS = 20_000;

const s = useSimulator({ today: TODAY, customers: 4, seed: 7 });
const clock = fixedClock(new Date(`${TODAY}T09:00:00Z`));
const t = useTestApp({ clock, outboundCa: () => s.sim().ca });
let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Cert {
  id: string;
  kind: string;
  period_start: string;
  pages: number;
  adjustment_pages: number;
}

/** The certificate's month (YYYY-MM): period_start is London's midnight in UTC, the day before in summer. */
const monthOf = (c: Cert) => new Date(Date.parse(c.period_start) + 12 * 3600_000).toISOString().slice(0, 7);

async function truth(customer: string, from: string, to: string): Promise<number> {
  const res = await s.client().json<{ reported_standard_pages: number }>('GET', `/_sim/truth?customer=${customer}&from=${from}&to=${to}`);
  return res.body.reported_standard_pages;
}

/** What the portal says each closed month of the feed holds (March from the activation day). */
async function truthByMonth(customer: string): Promise<number[]> {
  const ends: Record<string, string> = { '2026-03': '2026-03-31', '2026-04': '2026-04-30', '2026-05': '2026-05-31' };
  return Promise.all(CLOSED.map((m) => truth(customer, m === '2026-03' ? ACTIVATION : `${m}-01`, ends[m]!)));
}

/** Close-months jobs waiting or running. */
async function queuedCloses(): Promise<number> {
  const r = await sql<{ n: string }>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'close-months'`.execute(
    t.app().db,
  );
  return Number(r.rows[0]!.n);
}

async function poll<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = PROMPTLY_MS): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('certificates right after a backfill', () => {
  it('certifies the closed months of a new feed at once, equal to the portal, and never twice', async () => {
    const provider = await buildAccount(t.app(), { name: 'Prompt MPS' });
    const key = provider.api_key;
    const server = (
      await t.api('POST', '/v1/servers', { key, body: { type: 'onestop', url: s.sim().url, username: 'demo', password: 'demo-password' } })
    ).json as { id: string };
    const portal = (await t.api('GET', `/v1/servers/${server.id}/customers`, { key })).json as Array<{ external_id: string; name: string }>;
    const connect = async (c: { external_id: string; name: string }) => {
      const account = (await t.api('POST', '/v1/accounts', { key, body: { name: c.name } })).json as { id: string };
      const feed = await t.api('POST', `/v1/accounts/${account.id}/feeds`, {
        key,
        body: { type: 'onestop', server_id: server.id, external_id: c.external_id, activated_at: ACTIVATION },
      });
      expect(feed.status, feed.text).toBe(201);
      return { accountId: account.id, feedId: feed.json.id as string, externalId: c.external_id };
    };
    const certificatesOf = async (accountId: string) =>
      ((await t.api('GET', `/v1/accounts/${accountId}/certificates`, { key })).json as Cert[]).filter((c) => c.kind === 'account');
    const expectTruth = async (customer: { accountId: string; externalId: string }) => {
      const certs = await certificatesOf(customer.accountId);
      expect(certs.map(monthOf)).toEqual(CLOSED);
      expect(certs.map((c) => c.pages)).toEqual(await truthByMonth(customer.externalId));
      expect(certs.every((c) => c.pages > 0 && c.adjustment_pages === 0)).toBe(true);
    };
    const { collector, monthClose } = t.app().services;
    expect(monthClose.firstOpenMonth()).toBe('2026-06-01');

    // Two backfills before any worker runs: each queues the month close, and the two coalesce into one job.
    const a = await connect(portal[0]!);
    const b = await connect(portal[1]!);
    expect(await queuedCloses()).toBe(0);
    for (const c of [a, b]) {
      expect((await collector.collectServer(server.id, { trigger: 'test', feedId: c.feedId, wait: true })).status).toBe('succeeded');
    }
    expect(await queuedCloses()).toBe(1);

    // Until the close runs, the account names the closed months being certified; the page never says "no certificate yet".
    const account = (await t.api('GET', `/v1/accounts/${a.accountId}`, { key })).json;
    expect(account.certificates_pending_months).toEqual(CLOSED);
    expect(await certificatesOf(a.accountId)).toEqual([]);
    const page: Page = await (await browser!.newContext({ ignoreHTTPSErrors: true, baseURL: t.url() })).newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(provider.email);
    await page.getByLabel('Password').fill(provider.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/$/);
    await page.goto(`/customers/${a.accountId}`);
    const pending = page.getByTestId('certificates-pending');
    await pending.waitFor();
    expect(await pending.textContent()).toMatch(/Certificates for March 2026, April 2026 and May 2026 are being issued/);
    expect(await page.getByText(/No certificate yet/).count()).toBe(0);

    // The worker takes the queued close at once (the hourly schedule stays, but nothing waits for it).
    const started = Date.now();
    await t.app().startWorker();
    await poll(
      'the certificates of both backfills',
      async () => (await certificatesOf(b.accountId)).length,
      (n) => n === CLOSED.length,
    );
    expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);
    await expectTruth(a);
    await expectTruth(b);
    expect((await t.api('GET', `/v1/accounts/${a.accountId}`, { key })).json.certificates_pending_months).toEqual([]);
    // The page looks again while months are waiting: the certificates replace the notice.
    await page
      .getByTestId('certificates-table')
      .locator('tbody tr')
      .nth(CLOSED.length - 1)
      .waitFor({ timeout: PROMPTLY_MS });
    expect(await pending.count()).toBe(0);
    await page.context().close();

    // A feed connected while the worker runs: certified right after its backfill.
    const c = await connect(portal[2]!);
    expect((await collector.collectServer(server.id, { trigger: 'test', wait: true })).status).toBe('succeeded');
    await poll(
      'the new feed certified',
      async () => (await certificatesOf(c.accountId)).length,
      (n) => n === CLOSED.length,
    );
    await expectTruth(c);

    // A second run re-reading the closed months (its checkpoint moved back), a queued close and two closes at once: no
    // certificate twice.
    await t.app().db.updateTable('feeds').set({ checkpoint_date: '2026-04-10' }).where('id', '=', c.feedId).execute();
    expect((await collector.collectServer(server.id, { trigger: 'test', feedId: c.feedId, wait: true })).status).toBe('succeeded');
    const again = await Promise.all([monthClose.closeDue(), monthClose.closeDue()]);
    expect(again.map((r) => r.issued)).toEqual([0, 0]);
    await poll('the queued closes done', queuedCloses, (n) => n === 0);
    for (const x of [a, b, c]) await expectTruth(x);
    const all = (await t.api('GET', '/v1/certificates?include_descendants=true', { key })).json as Array<Cert & { account_id: string }>;
    const keys = all.map((x) => `${x.account_id} ${x.kind} ${monthOf(x)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.filter((x) => x.kind === 'account')).toHaveLength(3 * CLOSED.length);
  }, 120_000);
});
