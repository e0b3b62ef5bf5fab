import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar.js';
import { fixedClock } from '../../src/clock.js';
import { startSimulator, type RunningSimulator } from '../../src/simulator/sim-server.js';
import { simClient } from '../../src/simulator/sim-test-client.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

/**
 * The portals that exist (issue 17): every combination of log-in style, customer-list shape and id type, registered
 * through the API (each portal with its own CA, uploaded with its server), detected and stored as the server's
 * connection profile, and collected exactly as the simulator's own truth says.
 */
const TODAY = '2026-06-15';
const YESTERDAY = addDays(TODAY, -1);
const ACTIVATION = addDays(TODAY, -21);
const clock = fixedClock(new Date(`${TODAY}T09:00:00Z`));
const t = useTestApp({ clock });

const dirs: string[] = [];
const sims: RunningSimulator[] = [];
afterAll(async () => {
  for (const s of sims) await s.close();
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function variantSim(opts: Parameters<typeof startSimulator>[0]) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-variant-'));
  dirs.push(dir);
  const s = await startSimulator({ customers: 3, seed: 21, historyDays: 60, today: TODAY, ...opts, tlsDir: dir });
  sims.push(s);
  return s;
}

const VARIANTS = (['json', 'oauth-password'] as const).flatMap((auth) =>
  (['paged', 'array'] as const).flatMap((customerList) => (['integer', 'string'] as const).map((ids) => ({ auth, customerList, ids }))),
);

describe('every portal variant, registered and collected exactly', () => {
  for (const v of VARIANTS) {
    it(`log-in ${v.auth}, customer list ${v.customerList}, ids ${v.ids}`, async () => {
      const sim = await variantSim(v);
      const provider = await buildAccount(t.app(), { name: `Variant ${v.auth} ${v.customerList} ${v.ids}` });
      const key = provider.api_key;

      // Without its CA the portal is not trusted; with it (uploaded), the registration detects the variant.
      const untrusted = await t.api('POST', '/v1/servers', {
        key,
        body: { type: 'onestop', url: sim.url, username: 'demo', password: 'demo-password' },
      });
      expect([untrusted.status, untrusted.json.reason]).toEqual([502, 'tls_untrusted']);
      const server = await t.api('POST', '/v1/servers', {
        key,
        body: { type: 'onestop', url: sim.url, username: 'demo', password: 'demo-password', ca_pem: sim.ca },
      });
      expect(server.status, server.text).toBe(201);
      expect(server.json.connection_profile).toEqual({
        auth: v.auth,
        token_path: v.auth === 'json' ? '/api/v1/token' : '/token',
        customer_list: v.customerList,
        id_type: v.ids,
        detected_at: `${TODAY}T09:00:00Z`,
      });

      // The dropdown: ids as text whatever the portal sends (1001 or "CUST-1001").
      const customers = await t.api('GET', `/v1/servers/${server.json.id}/customers`, { key });
      expect(customers.status, customers.text).toBe(200);
      const ids = (customers.json as Array<{ external_id: string }>).map((c) => c.external_id);
      expect(ids).toEqual(v.ids === 'string' ? ['CUST-1001', 'CUST-1002', 'CUST-1003'] : ['1001', '1002', '1003']);

      const feeds: Array<{ accountId: string; externalId: string }> = [];
      for (const externalId of ids.slice(0, 2)) {
        const account = await t.api('POST', '/v1/accounts', { key, body: { name: `Customer ${externalId}` } });
        const feed = await t.api('POST', `/v1/accounts/${account.json.id}/feeds`, {
          key,
          body: { type: 'onestop', server_id: server.json.id, external_id: externalId, activated_at: ACTIVATION },
        });
        expect(feed.status, feed.text).toBe(201);
        feeds.push({ accountId: account.json.id, externalId });
      }
      const run = await t.app().services.collector.collectServer(server.json.id, { trigger: 'test' });
      expect(run.status).toBe('succeeded');

      const client = simClient(sim);
      try {
        for (const f of feeds) {
          const truth = await client.json<{ reported_standard_pages: number }>(
            'GET',
            `/_sim/truth?customer=${encodeURIComponent(f.externalId)}&from=${ACTIVATION}&to=${YESTERDAY}`,
          );
          expect(truth.status).toBe(200);
          const deposits = (await t.api('GET', `/v1/accounts/${f.accountId}/deposits`, { key })).json as Array<{ pages: number }>;
          const pages = deposits.reduce((n, d) => n + d.pages, 0);
          expect([f.externalId, pages]).toEqual([f.externalId, truth.body.reported_standard_pages]);
          expect(pages).toBeGreaterThan(0);
        }
        const stats = (await client.json<{ write_attempts: number; token_grants: Record<string, number> }>('GET', '/_sim/stats')).body;
        expect(stats.write_attempts).toBe(0);
        // The log-in style that worked is the one used: no further tries of the others once the profile is known.
        expect(stats.token_grants[v.auth === 'json' ? 'json' : 'password']).toBeGreaterThan(0);
      } finally {
        await client.close();
      }
    });
  }
});
