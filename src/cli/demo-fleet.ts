import { latestAccountCertificateId } from '../certificates/certificate-queries.js';
import { mappedExternalIds } from '../feeds/feed-queries.js';
import { DateTime } from 'luxon';
import type { App } from '../app.js';
import { collectItems } from '../http/listing.js';
import type { Principal } from '../access/principal.js';
import type { CollectProgress } from '../collector/collector-service.js';
import type { RunningSimulator } from '../simulator/sim-server.js';
import { caInfo } from '../outbound/trust.js';

/** The demo simulator's log-in (its defaults: src/simulator/sim-options.ts). */
const DEMO_PORTAL_PASSWORD = 'demo-password';

/** Activation dates of the demo feeds, in days before today: up to two years of backfill. */
const DEMO_FEED_AGES = [730, 600, 450, 365, 270, 180, 120, 60];

/**
 * The demo provider's OneStop server (the in-process simulator) and a customer account with a feed for several of
 * its portal customers. Idempotent: a restart finds what exists and only points the server at the simulator's new URL.
 */
export async function ensureDemoFleet(app: App, accountId: string, sim: RunningSimulator, contact: string): Promise<string> {
  const p: Principal = { accountId, role: 'provider', scope: 'full', keyId: null, userId: null };
  const { servers, feeds, accounts } = app.services;
  const existing = (await collectItems(await servers.list(p)))[0];
  // The simulator's CA is the demo server's own CA (trusted for it alone, besides the usual roots), so every command on
  // this data directory trusts the demo portal as the service does, and NODE_EXTRA_CA_CERTS keeps working beside it.
  const fingerprint = caInfo(sim.ca)?.fingerprint_sha256;
  const server = existing
    ? existing.url === sim.url && existing.ca_certificate?.fingerprint_sha256 === fingerprint
      ? existing
      : // A new URL or CA must come with the password (it is never re-sent to a new destination on its own).
        await servers.update(p, existing.id, { url: sim.url, password: DEMO_PORTAL_PASSWORD, ca_pem: sim.ca })
    : await servers.create(p, undefined, {
        type: 'onestop',
        url: sim.url,
        username: 'demo',
        password: DEMO_PORTAL_PASSWORD,
        ca_pem: sim.ca,
        contact,
      });

  const mapped = await mappedExternalIds(app.db, server.id);
  const customers = (await servers.portalCustomers(p, server.id)).slice(0, DEMO_FEED_AGES.length);
  const today = DateTime.now().setZone('Europe/London');
  for (const [i, c] of customers.entries()) {
    if (mapped.has(c.external_id)) continue;
    const account = await accounts.create(p, undefined, { name: c.name, external_id: c.external_id, role: 'customer' });
    await feeds.create(p, account.id, {
      type: 'onestop',
      server_id: server.id,
      external_id: c.external_id,
      activated_at: today.minus({ days: DEMO_FEED_AGES[i]! }).toISODate()!,
    });
  }
  return server.id;
}

/** Runs the demo server's backfill now, logging progress every tenth of the way. */
export async function backfillWithProgress(app: App, serverId: string, signal: AbortSignal): Promise<void> {
  let total = 0;
  let done = 0;
  let lastTenth = -1;
  const onProgress = (e: CollectProgress) => {
    if (e.type === 'server') {
      total = e.days;
      app.logger.info({ feeds: e.feeds, days: e.days }, `demo backfill: ${e.feeds} feeds, ${e.days} customer-days to collect`);
    } else if (e.type === 'day' && total > 0) {
      done++;
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        app.logger.info({ done, total }, `demo backfill ${Math.round((done / total) * 100)}% (${done}/${total} customer-days)`);
      }
    }
  };
  const r = await app.services.collector.collectServer(serverId, { trigger: 'demo', wait: true, onProgress, signal });
  app.logger.info({ status: r.status, days: r.days }, 'demo backfill finished');
  await app.services.notifier.deliverDue(); // health changes found by the backfill (logged: the demo has no SMTP)
  const certified = await app.services.monthClose.closeDue();
  const latest = await latestAccountCertificateId(app.db);
  const example = latest ? (await app.services.certificates.publicView(latest))?.pageUrl : undefined;
  app.logger.info(
    { issued: certified.issued, months: certified.months, example },
    `demo certificates: ${certified.issued} issued for the closed months${example ? `; e.g. ${example}` : ''}`,
  );
}
