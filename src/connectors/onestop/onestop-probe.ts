import { addDays, portalYesterday } from '../../calendar.js';
import type { Clock } from '../../clock.js';
import { caInfo, type CaCertificateInfo } from '../../outbound/trust.js';
import type { Connector, Counters } from '../connector.js';
import { apiReasonOf, isTlsKind, PortalError } from '../portal-error.js';
import { parsePortalUrl } from '../read-only-http.js';
import type { TlsReport } from '../tls-inspect.js';
import type { ConnectionProfile } from './capture-format.js';
import { describeStyle } from './login-styles.js';

/**
 * `canopy portal probe` and the register form's diagnosis: what Canopy finds at a portal, step by step, stopping at
 * the first step that fails and saying why. Read-only like every connector call; nothing is stored.
 */
export interface ProbeReport {
  url: string;
  ok: boolean;
  failure: { step: 'tls' | 'login' | 'customers' | 'reading'; reason: string; message: string } | null;
  tls: TlsReport | null;
  login: { style: string | null; auth: ConnectionProfile['auth'] | null; token_path: string | null };
  customers: { count: number; customer_list: ConnectionProfile['customer_list']; id_type: ConnectionProfile['id_type'] } | null;
  sample: { external_id: string; name: string; date: string; counters: Counters | null; valid: boolean; problem: string | null } | null;
  latency_ms: { reads: number; p50: number; p95: number } | null;
  would_store: { connection_profile: ConnectionProfile | null; ca_certificate: CaCertificateInfo | null };
}

export const LATENCY_READS = 5;

/** The nearest-rank percentile of `values` (p in 0..100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function probePortal(opts: {
  url: string;
  caPem?: string;
  timeZone: string;
  clock: Clock;
  connector: Connector;
  inspect: () => Promise<TlsReport>;
  /** Elapsed-time source for latencies, in ms (performance.now by default). */
  elapsed?: () => number;
}): Promise<ProbeReport> {
  const { connector } = opts;
  const elapsed = opts.elapsed ?? (() => performance.now());
  parsePortalUrl(opts.url);
  const report: ProbeReport = {
    url: opts.url,
    ok: false,
    failure: null,
    tls: null,
    login: { style: null, auth: null, token_path: null },
    customers: null,
    sample: null,
    latency_ms: null,
    would_store: { connection_profile: null, ca_certificate: caInfo(opts.caPem ?? null) },
  };
  const failed = (step: NonNullable<ProbeReport['failure']>['step'], err: unknown): ProbeReport => {
    if (!(err instanceof PortalError)) throw err;
    report.failure = { step, reason: apiReasonOf(err.kind), message: err.message };
    return report;
  };
  try {
    report.tls = await opts.inspect();
  } catch {
    // No handshake at all (nothing listening, a refused address): the log-in below says why in the connector's words.
    report.tls = null;
  }
  try {
    await connector.check();
  } catch (err) {
    // A connection that could not be trusted failed before any log-in was sent: the TLS step's failure.
    return failed(err instanceof PortalError && isTlsKind(err.kind) ? 'tls' : 'login', err);
  } finally {
    const p = connector.profile?.();
    if (p) report.login = { style: describeStyle(p), auth: p.auth, token_path: p.token_path };
  }
  let customers: Awaited<ReturnType<Connector['listCustomers']>>;
  try {
    customers = await connector.listCustomers();
  } catch (err) {
    return failed('customers', err);
  }
  const profile = connector.profile?.() ?? null;
  report.would_store.connection_profile = profile;
  report.customers = { count: customers.length, customer_list: profile?.customer_list ?? 'paged', id_type: profile?.id_type ?? 'integer' };
  const first = customers[0];
  if (!first) {
    report.ok = true;
    return report;
  }
  const yesterday = portalYesterday(opts.clock.now(), opts.timeZone);
  report.sample = { external_id: first.externalId, name: first.name, date: yesterday, counters: null, valid: false, problem: null };
  const times: number[] = [];
  let problem: PortalError | undefined;
  for (let i = 0; i < LATENCY_READS; i++) {
    const date = addDays(yesterday, -i);
    const t0 = elapsed();
    try {
      const counters = await connector.readCounters(first.externalId, date);
      if (i === 0) Object.assign(report.sample, { counters, valid: true });
    } catch (err) {
      if (i === 0 && err instanceof PortalError && (err.kind === 'invalid_answer' || err.kind === 'schema_changed')) {
        report.sample.problem = err.message;
        problem = err;
      } else if (i === 0) {
        return failed('reading', err);
      }
    }
    times.push(elapsed() - t0);
  }
  report.latency_ms = { reads: times.length, p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) };
  report.ok = report.sample.valid;
  if (problem) report.failure = { step: 'reading', reason: apiReasonOf(problem.kind), message: problem.message };
  return report;
}
