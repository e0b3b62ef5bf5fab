import { describe, expect, it } from 'vitest';
import { healthMessages, SUMMARY_MIN_FEED_CHANGES, type HealthChange } from './health-messages.js';

function change(over: Partial<HealthChange>): HealthChange {
  return {
    id: `e-${Math.random()}`,
    subject_type: 'feed',
    subject_id: 'f1',
    server_id: 's1',
    server_url: 'https://portal.example',
    server_name: 'portal.example',
    feed_id: 'f1',
    account_id: 'a1',
    account_name: 'Acme Ltd',
    external_id: '1001',
    old_state: 'healthy',
    new_state: 'unhealthy',
    reason: 'DCA stale: no new data for 3 business days (last change 2026-04-02).',
    health_reason: 'dca_stale',
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
    // 2026-04-10T09:00:00Z is 10:00 in London (BST since 29 March); the reason's ISO day reads as people read it.
    expect(msgs[0]!.text).toContain(
      'Feed of Acme Ltd (portal customer 1001): healthy → unhealthy at 10 Apr 2026, 10:00 BST ' +
        '(DCA stale: no new data for 3 business days (last change 2 Apr 2026).)',
    );
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

describe('health messages: advice by reason', () => {
  const server = (health_reason: string | null, reason: string) =>
    change({ subject_type: 'server', subject_id: 's1', feed_id: null, account_name: null, external_id: null, health_reason, reason });

  it('a TLS failure says what is wrong with the certificate and how to fix it, never to check the credentials', () => {
    const reason = 'The portal at https://portal.example is not trusted: … (subject CN=portal.example; issuer CN=Private CA; …).';
    const [m] = healthMessages([server('tls_untrusted', reason)], 'https://canopy.example/');
    expect(m!.text).toContain('subject CN=portal.example; issuer CN=Private CA');
    expect(m!.text).toContain("add the portal's CA certificate (PEM) to the server in Canopy");
    expect(m!.text).not.toMatch(/check the credentials/i);
    for (const [code, words] of [
      ['tls_hostname_mismatch', 'not valid for the host name'],
      ['tls_expired', 'has expired'],
      ['schema_changed', 'changed shape'],
      ['unreachable', 'could not reach the portal'],
    ] as const) {
      const [x] = healthMessages([server(code, 'why')], 'https://canopy.example/');
      expect([code, x!.text.includes(words), /check the credentials/i.test(x!.text)]).toEqual([code, true, false]);
    }
  });

  it('rejected credentials still say to check them', () => {
    const [m] = healthMessages([server('credentials_rejected', 'The portal rejected the username or password.')], 'https://c.example/');
    expect(m!.text).toContain('check the credentials in the portal and in Canopy');
  });

  it('name a server by its URL, after its name when someone gave it one', () => {
    const unnamed = healthMessages([change({ subject_type: 'server', feed_id: null, reason: null })], '');
    expect(unnamed[0]!.subject).toBe('[Canopy] Server https://portal.example is unhealthy');
    const named = healthMessages([change({ subject_type: 'server', feed_id: null, reason: null, server_name: 'Leeds fleet' })], '');
    expect(named[0]!.subject).toBe('[Canopy] Server Leeds fleet (https://portal.example) is unhealthy');
    expect(named[0]!.text).toMatch(/^Server Leeds fleet \(https:\/\/portal\.example\): healthy → unhealthy at 10 Apr 2026, 10:00 BST\n/);
  });
});
