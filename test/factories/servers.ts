import { randomUUID } from 'node:crypto';
import type { App } from '../../src/app.js';
import { encryptSecret } from '../../src/servers/credential-cipher.js';

/**
 * A registered portal server row, its password encrypted as the service stores it, without the log-in test that
 * registration makes (for tests whose portal is unreachable, or must never be contacted).
 */
export async function buildServer(app: App, accountId: string, overrides: { url?: string; username?: string; password?: string } = {}) {
  const id = randomUUID();
  const now = app.clock.now();
  const password = overrides.password ?? `pw-${randomUUID()}`;
  await app.db.insertInto('servers').values({
    id, account_id: accountId, type: 'onestop', url: overrides.url ?? 'https://portal.example.com', username: overrides.username ?? 'canopy',
    password_encrypted: encryptSecret(app.keyring(), password, id), contact: null, paper_profile: 'a4', time_zone: 'Europe/London',
    holiday_region: 'GB-ENG', concurrency: 1, health_check: 'healthy', health_check_checked_at: now, health_check_changed_at: now,
    created_at: now, updated_at: now,
  }).execute();
  return { id, password };
}
