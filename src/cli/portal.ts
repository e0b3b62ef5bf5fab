import fs from 'node:fs/promises';
import { addDays, portalYesterday } from '../calendar.js';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config/config.js';
import { ASSUMED_PROFILE, createOnestopConnector } from '../connectors/onestop/onestop-client.js';
import { probePortal, type ProbeReport } from '../connectors/onestop/onestop-probe.js';
import { createCaptureRecorder } from '../connectors/onestop/portal-capture.js';
import { PortalError } from '../connectors/portal-error.js';
import { parsePortalUrl } from '../connectors/read-only-http.js';
import { inspectTls } from '../connectors/tls-inspect.js';
import { BadRequestError } from '../errors.js';
import { createOutboundPolicy } from '../outbound/outbound-policy.js';
import { parseCaPem, trustedRoots } from '../outbound/trust.js';
import { findServerById } from '../servers/server-queries.js';
import { openContext } from './context.js';
import { readSecret } from './secret-input.js';

export interface ProbeOptions {
  url: string;
  username: string;
  clientId?: string;
  ca?: string;
  timeZone?: string;
  json?: boolean;
}

/**
 * `canopy portal probe`: what Canopy finds at a portal before it is registered (onestop-probe.ts): the TLS certificate
 * and whether it is trusted, the log-in style that worked, the customers, one sample reading and its validation, the
 * latency over 5 reads, and the connection profile Canopy would store. Needs no database. Exits 0 only if all worked.
 */
export async function probeCommand(opts: ProbeOptions): Promise<void> {
  const config = loadConfig();
  parsePortalUrl(opts.url);
  const caPem = opts.ca ? parseCaPem(await readFile(opts.ca, '--ca'), '--ca').pem : undefined;
  const password = await readSecret(`Portal password for ${opts.username}: `);
  const clientSecret = opts.clientId ? process.env.CANOPY_PORTAL_CLIENT_SECRET : undefined;
  const outbound = createOutboundPolicy({ allow: config.outboundAllowHosts });
  const ca = trustedRoots(caPem);
  const connector = createOnestopConnector({
    url: opts.url,
    username: opts.username,
    password,
    clientId: opts.clientId ?? null,
    clientSecret: clientSecret ?? null,
    outbound,
    ca,
    timeouts: { connectMs: Math.min(10_000, config.portalTimeoutMs), headersMs: config.portalTimeoutMs, bodyMs: config.portalTimeoutMs },
    retry: { maxAttempts: 2 },
  });
  let report: ProbeReport;
  try {
    report = await probePortal({
      url: opts.url,
      ...(caPem ? { caPem } : {}),
      timeZone: opts.timeZone ?? 'Europe/London',
      clock: systemClock,
      connector,
      inspect: () => inspectTls(new URL(opts.url).origin, { outbound, ca, timeoutMs: 10_000 }),
    });
  } finally {
    await connector.close();
  }
  process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatProbe(report));
  if (!report.ok) process.exitCode = 1;
}

/** The probe as a person reads it: one line per step, ✓ or ✗, then what Canopy would store. */
export function formatProbe(r: ProbeReport): string {
  const lines = [`Portal ${r.url}`];
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  if (r.tls) {
    lines.push(
      `${mark(r.tls.trusted)} TLS ${r.tls.protocol ?? ''}: ` +
        (r.tls.trusted ? 'chain trusted' : `NOT trusted (${r.tls.reason}: ${r.tls.detail})`),
      `    subject ${r.tls.subject}`,
      `    issuer  ${r.tls.issuer}`,
      `    valid   ${r.tls.valid_from.slice(0, 10)} to ${r.tls.valid_to.slice(0, 10)}; sha256 ${r.tls.fingerprint_sha256}`,
    );
  } else lines.push('✗ TLS: no handshake (see below)');
  lines.push(r.login.style ? `✓ log-in: ${r.login.style}` : `✗ log-in: ${r.failure?.step === 'login' ? r.failure.message : 'not reached'}`);
  if (r.customers) lines.push(`✓ customers: ${r.customers.count} (list: ${r.customers.customer_list}, ids: ${r.customers.id_type})`);
  else if (r.failure?.step === 'customers') lines.push(`✗ customers: ${r.failure.message}`);
  if (r.sample) {
    const c = r.sample.counters;
    lines.push(
      r.sample.valid && c
        ? `✓ sample reading: customer ${r.sample.external_id} (${r.sample.name}) on ${r.sample.date}: device ${c.deviceTotal}, ` +
            `mono ${c.monoTotal}, colour ${c.colourTotal}, duplex ${c.duplexTotal}, large ${c.largeTotal}, scans ${c.scanTotal}: valid`
        : `✗ sample reading: customer ${r.sample.external_id} on ${r.sample.date}: ${r.sample.problem ?? r.failure?.message ?? 'failed'}`,
    );
  }
  if (r.latency_ms) lines.push(`  latency over ${r.latency_ms.reads} reads: p50 ${r.latency_ms.p50} ms, p95 ${r.latency_ms.p95} ms`);
  const p = r.would_store.connection_profile;
  lines.push(
    p
      ? `Canopy would store: log-in ${p.auth} at ${p.token_path}, customer list ${p.customer_list}, ids ${p.id_type}` +
          (r.would_store.ca_certificate
            ? `, CA ${r.would_store.ca_certificate.subject} (${r.would_store.ca_certificate.fingerprint_sha256})`
            : '')
      : 'Canopy would store nothing: the portal cannot be registered as it is.',
  );
  if (r.failure) lines.push(`${r.failure.reason}: ${r.failure.message}`);
  return `${lines.join('\n')}\n`;
}

export interface CaptureOptions {
  server: string;
  customers?: number;
  days?: number;
  pseudonymise?: boolean;
  out: string;
}

/**
 * `canopy portal capture`: records a redacted session with a registered server's portal (portal-capture.ts): its
 * log-in answer (tokens redacted), its customer list, and N customers' counters for the last D days and the day before
 * them, as a JSON fixture that `canopy onestop-sim --replay FILE` serves.
 */
export async function captureCommand(opts: CaptureOptions): Promise<void> {
  const n = opts.customers ?? 3;
  const days = opts.days ?? 7;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new BadRequestError('--customers: must be a whole number from 1 to 1000.');
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw new BadRequestError('--days: must be a whole number from 1 to 3660.');
  const ctx = await openContext({ oneShot: true });
  try {
    const server = await findServerById(ctx.app.db, opts.server);
    if (!server) throw new BadRequestError(`--server: no server ${opts.server}.`);
    const creds = await ctx.app.services.servers.credentialsOf(server);
    const recorder = createCaptureRecorder([creds.username, creds.password, creds.clientSecret]);
    const connector = await ctx.app.services.servers.connectorOf(server, undefined, { onExchange: recorder.record });
    const to = portalYesterday(ctx.app.clock.now(), server.time_zone);
    const from = addDays(to, -days);
    let chosen: string[] = [];
    try {
      await connector.check();
      chosen = (await connector.listCustomers()).slice(0, n).map((c) => c.externalId);
      for (const id of chosen) {
        for (let d = from; d <= to; d = addDays(d, 1)) {
          await connector.readCounters(id, d).catch((err: unknown) => {
            if (!(err instanceof PortalError) || err.kind === 'credentials_rejected') throw err; // a bad answer is captured too
          });
        }
      }
    } finally {
      await connector.close();
    }
    const capture = recorder.finish({
      capturedAt: ctx.app.clock.now().toISOString(),
      origin: new URL(server.url).origin,
      profile: connector.profile?.() ?? ASSUMED_PROFILE,
      customers: chosen,
      from,
      to,
      pseudonymise: opts.pseudonymise ?? false,
    });
    await fs.writeFile(opts.out, `${JSON.stringify(capture, null, 2)}\n`);
    process.stdout.write(
      `Captured ${capture.exchanges.length} answers (${chosen.length} customers, ${from} to ${to}) to ${opts.out}; ` +
        `no credentials or tokens${opts.pseudonymise ? ', names pseudonymised' : ''}.\n`,
    );
  } finally {
    await ctx.shutdown();
  }
}

async function readFile(file: string, option: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new BadRequestError(`${option}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}
