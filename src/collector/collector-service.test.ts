import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { retryDelayMs } from '../servers/server-checks.js';
import { buildFeed, buildServerRow } from '../../test/factories/servers.js';
import { buildAccount } from '../../test/factories/accounts.js';
import { useTestApp } from '../../test/harness/app.js';

// Winter: London is UTC. Yesterday is 2026-01-14.
const clock = fixedClock(new Date('2026-01-15T01:30:00Z'));
const t = useTestApp({ clock });
let owner: string;
let customer: string;

beforeAll(async () => {
  const p = await buildAccount(t.app(), { name: 'Due Provider' });
  owner = p.account_id;
  customer = (await buildAccount(t.app(), { name: 'Due Customer', parentId: owner })).account_id;
});

async function serverWithFeed(
  feed: { checkpoint: string | null },
  server: { lastCollectedFor?: string | null; timeZone?: string; unhealthySince?: Date; failures?: number } = {},
) {
  const db = t.app().db;
  const id = await buildServerRow(db, owner, {
    time_zone: server.timeZone ?? 'Europe/London',
    health_check_checked_at: server.unhealthySince ?? null,
    health_check_changed_at: server.unhealthySince ?? null,
    last_collected_for: server.lastCollectedFor ?? null,
    ...(server.unhealthySince ? { health_check: 'unhealthy' as const, health_check_failures: server.failures ?? 1 } : {}),
  });
  await buildFeed(db, customer, id, { activation_date: '2025-12-01', checkpoint_date: feed.checkpoint });
  return id;
}

describe('due servers', () => {
  it('are due at once for a new feed or one more than a day behind, and nightly from the collect hour', async () => {
    const fresh = await serverWithFeed({ checkpoint: null });
    const behind = await serverWithFeed({ checkpoint: '2026-01-10' }, { lastCollectedFor: '2026-01-10' });
    const nightly = await serverWithFeed({ checkpoint: '2026-01-13' }, { lastCollectedFor: '2026-01-13' });
    const done = await serverWithFeed({ checkpoint: '2026-01-14' }, { lastCollectedFor: '2026-01-14' });
    // 10:30 on the 15th there
    const tokyo = await serverWithFeed({ checkpoint: '2026-01-14' }, { lastCollectedFor: '2026-01-14', timeZone: 'Asia/Tokyo' });

    clock.set(new Date('2026-01-15T01:30:00Z'));
    let due = await t.app().services.collector.dueServers();
    expect(due).toContain(fresh);
    expect(due).toContain(behind);
    expect(due).not.toContain(nightly); // 01:30 in London: before the collect hour
    expect(due).not.toContain(done);
    expect(due).not.toContain(tokyo); // Tokyo's yesterday is already the 14th... and it has it

    clock.set(new Date('2026-01-15T02:30:00Z'));
    due = await t.app().services.collector.dueServers();
    expect(due).toContain(nightly);
    expect(due).not.toContain(done);
  });

  it('leave unhealthy servers paused; their log-in check is due after 10, 20, 40 minutes, then hourly', async () => {
    clock.set(new Date('2026-01-15T03:00:00Z'));
    const failing = await serverWithFeed({ checkpoint: null }, { unhealthySince: new Date('2026-01-15T02:55:00Z'), failures: 1 });
    const healthy = await serverWithFeed({ checkpoint: '2026-01-14' }, { lastCollectedFor: '2026-01-14' });
    await t
      .app()
      .db.updateTable('servers')
      .set({ health_check: 'healthy', health_check_checked_at: new Date('2026-01-15T02:30:00Z') })
      .where('id', '=', healthy)
      .execute();
    const { collector, checks } = t.app().services;
    expect(await collector.dueServers()).not.toContain(failing);
    expect(await checks.dueChecks()).not.toContain(failing);
    expect(await checks.dueChecks()).not.toContain(healthy);
    clock.set(new Date('2026-01-15T03:06:00Z'));
    expect(await checks.dueChecks()).toContain(failing);
    expect(await collector.dueServers()).not.toContain(failing); // still paused until a check passes

    // Three failures in a row: the wait is 40 minutes.
    await t
      .app()
      .db.updateTable('servers')
      .set({ health_check_failures: 3, health_check_checked_at: new Date('2026-01-15T03:30:00Z') })
      .where('id', '=', failing)
      .execute();
    clock.set(new Date('2026-01-15T04:05:00Z'));
    expect(await checks.dueChecks()).not.toContain(failing);
    clock.set(new Date('2026-01-15T04:11:00Z'));
    expect(await checks.dueChecks()).toContain(failing);
    expect(await checks.dueChecks()).toContain(healthy); // checked 02:30, hourly
    expect([1, 2, 3, 4, 9].map(retryDelayMs)).toEqual([600_000, 1_200_000, 2_400_000, 3_600_000, 3_600_000]);
  });
});
