import { describe, expect, it } from 'vitest';
import { healthMessages, SUMMARY_MIN_FEED_CHANGES, type HealthChange } from './health-messages.js';

function change(over: Partial<HealthChange>): HealthChange {
  return {
    id: `e-${Math.random()}`,
    subject_type: 'feed',
    subject_id: 'f1',
    server_id: 's1',
    server_url: 'https://portal.example',
    feed_id: 'f1',
    account_id: 'a1',
    account_name: 'Acme Ltd',
    external_id: '1001',
    old_state: 'healthy',
    new_state: 'unhealthy',
    reason: 'DCA stale: no new data for 3 business days (last change 2026-04-02).',
    at: '2026-04-10T09:00:00Z',
    ...over,
  };
}

describe('health messages', () => {
  it('send one message per change, to unhealthy and back, and nothing for a first healthy verdict', () => {
    const msgs = healthMessages(
      [
        change({}),
        change({ subject_id: 'f2', account_name: 'Beta', old_state: 'unhealthy', new_state: 'healthy', reason: null }),
        change({ subject_id: 'f3', old_state: 'pending', new_state: 'healthy' }),
      ],
      'https://canopy.example',
    );
    expect(msgs.map((m) => m.subject)).toEqual([
      '[Canopy] Feed of Acme Ltd (portal customer 1001) is unhealthy',
      '[Canopy] Feed of Beta (portal customer 1001) is healthy',
    ]);
    expect(msgs[0]!.text).toContain('DCA stale');
    expect(msgs[0]!.text).toContain('https://canopy.example');
  });

  it(`summarise ${SUMMARY_MIN_FEED_CHANGES} or more feed changes of one server, but never a server change`, () => {
    const feeds = Array.from({ length: 5 }, (_, i) =>
      change({ subject_id: `f${i}`, new_state: i < 4 ? 'unhealthy' : 'healthy', old_state: i < 4 ? 'healthy' : 'unhealthy' }),
    );
    const server = change({
      subject_type: 'server',
      subject_id: 's1',
      feed_id: null,
      account_id: null,
      account_name: null,
      external_id: null,
      reason: 'credentials rejected',
    });
    const msgs = healthMessages([server, ...feeds], 'https://canopy.example');
    expect(msgs.map((m) => m.type)).toEqual(['health.changed', 'health.summary']);
    expect(msgs[0]!.subject).toBe('[Canopy] Server https://portal.example is unhealthy');
    expect(msgs[1]!.subject).toBe('[Canopy] 5 feeds of https://portal.example changed health: 4 unhealthy, 1 healthy');
    expect(msgs[1]!.eventIds).toEqual(feeds.map((f) => f.id));
    expect(healthMessages(feeds.slice(0, SUMMARY_MIN_FEED_CHANGES - 1), '').every((m) => m.type === 'health.changed')).toBe(true);
  });
});
