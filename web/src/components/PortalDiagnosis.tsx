import type { ReactNode } from 'react';
import type { PortalProbe, ProbeStep } from '../api/types';
import { formatDay, formatPages, hostOf, plural } from '../format';
import { healthReasonWords } from '../health-reasons';
import { authWords, clientRejected, isTlsReason, portalProblem, portalSaid, shortFingerprint } from '../portal-words';
import './PortalDiagnosis.css';

/** One step of the diagnosis: passed, failed, or not tried (an earlier step failed). */
interface StepView {
  step: ProbeStep;
  state: 'ok' | 'failed' | 'skipped';
  title: string;
  lines: ReactNode[];
}

const ICON = { ok: '✓', failed: '✗', skipped: '–' } as const;
const SAY = { ok: 'passed', failed: 'failed', skipped: 'not tried' } as const;

/** A failure's reason in words: the health words for a server's reasons, else the problem's title. */
function reasonWords(reason: string, message = ''): string {
  if (reason === 'credentials_rejected' && clientRejected(message)) return 'The portal rejects the OAuth2 client id or secret';
  const words = healthReasonWords(reason);
  return words !== reason ? words : (portalProblem(reason)?.title ?? reason);
}

const day = (instant: string) => formatDay(instant.slice(0, 10));

function tlsStep(p: PortalProbe): StepView {
  const { tls, failure } = p;
  const tlsFailure = failure && isTlsReason(failure.reason) ? failure : null;
  const given = p.would_store.ca_certificate;
  const withCa = given ? [<>Checked with the CA certificate you gave: {given.subject}</>] : [];
  if (!tls) {
    if (tlsFailure)
      return {
        step: 'tls',
        state: 'failed',
        title: `TLS: ${reasonWords(tlsFailure.reason)}`,
        lines: [portalSaid(tlsFailure.message), ...withCa],
      };
    if (failure?.step === 'login' && /unreachable|timeout|refused/.test(failure.reason))
      return { step: 'tls', state: 'failed', title: 'TLS: no connection to the portal', lines: [failure.message] };
    return { step: 'tls', state: 'ok', title: 'TLS: the connection is trusted', lines: withCa };
  }
  const trusted = tls.trusted && !tlsFailure;
  const reason = tls.reason ?? tlsFailure?.reason ?? 'tls_untrusted';
  const lines: ReactNode[] = [
    <>
      Subject: <span className="break">{tls.subject}</span>
    </>,
    <>
      Issuer: <span className="break">{tls.issuer}</span>
    </>,
    <>
      Valid {day(tls.valid_from)} to {day(tls.valid_to)}
    </>,
    <>
      SHA-256 <code title={tls.fingerprint_sha256}>{shortFingerprint(tls.fingerprint_sha256)}</code>
      {tls.protocol && <span className="muted"> · {tls.protocol}</span>}
    </>,
  ];
  if (tls.chain.length > 1)
    lines.push(
      <>
        Chain sent: <span className="break">{tls.chain.map((c) => c.subject).join(' ← ')}</span>
      </>,
    );
  if (!trusted && tls.detail) lines.push(<span className="muted">TLS error {tls.detail}</span>);
  lines.push(...withCa);
  return {
    step: 'tls',
    state: trusted ? 'ok' : 'failed',
    title: trusted ? 'TLS: the certificate is trusted' : `TLS: ${reasonWords(reason)}`,
    lines,
  };
}

function loginStep(p: PortalProbe, before: StepView): StepView {
  if (before.state !== 'ok')
    return { step: 'login', state: 'skipped', title: 'Log-in: not tried (the connection is not trusted)', lines: [] };
  const style = p.login.style ?? (p.login.auth && p.login.token_path ? `${authWords(p.login.auth)} at ${p.login.token_path}` : null);
  if (p.failure?.step === 'login')
    return {
      step: 'login',
      state: 'failed',
      title: `Log-in: ${reasonWords(p.failure.reason, p.failure.message)}`,
      lines: [portalSaid(p.failure.message), ...(style ? [`Log-in style tried: ${style}`] : [])],
    };
  return { step: 'login', state: 'ok', title: style ? `Log-in: worked with the ${style}` : 'Log-in: worked', lines: [] };
}

function customersStep(p: PortalProbe, before: StepView): StepView {
  if (before.state !== 'ok') return { step: 'customers', state: 'skipped', title: 'Customers: not listed', lines: [] };
  if (p.failure?.step === 'customers' || !p.customers)
    return {
      step: 'customers',
      state: 'failed',
      title: `Customers: ${p.failure ? reasonWords(p.failure.reason) : 'not listed'}`,
      lines: p.failure ? [p.failure.message] : [],
    };
  const c = p.customers;
  return {
    step: 'customers',
    state: 'ok',
    title: `Customers: ${plural(c.count, 'customer')} listed`,
    lines: [`customer list: ${c.customer_list} · ids: ${c.id_type}`],
  };
}

function readingStep(p: PortalProbe, before: StepView): StepView {
  if (before.state !== 'ok') return { step: 'reading', state: 'skipped', title: 'Sample reading: not tried', lines: [] };
  const latency = p.latency_ms
    ? [`Latency over ${plural(p.latency_ms.reads, 'read')}: p50 ${p.latency_ms.p50} ms · p95 ${p.latency_ms.p95} ms`]
    : [];
  const s = p.sample;
  if (!s) {
    if (p.failure?.step === 'reading')
      return { step: 'reading', state: 'failed', title: `Sample reading: ${reasonWords(p.failure.reason)}`, lines: [p.failure.message] };
    return { step: 'reading', state: 'skipped', title: 'Sample reading: none (the portal lists no customer)', lines: [] };
  }
  const whose = `${s.name} (${s.external_id}), ${formatDay(s.date)}`;
  if (s.valid && s.counters)
    return {
      step: 'reading',
      state: 'ok',
      title: 'Sample reading: valid',
      lines: [`${whose}: ${formatPages(s.counters.deviceTotal)} pages on the device counter`, ...latency],
    };
  const problem = s.problem ?? p.failure?.message ?? 'the answer was not a valid reading';
  const title = p.failure?.step === 'reading' ? reasonWords(p.failure.reason) : 'not valid';
  return { step: 'reading', state: 'failed', title: `Sample reading: ${title}`, lines: [`${whose}: ${problem}`, ...latency] };
}

/** The steps of a diagnosis, each passed, failed or not tried. */
export function diagnosisSteps(p: PortalProbe): StepView[] {
  const tls = tlsStep(p);
  const login = loginStep(p, tls);
  const customers = customersStep(p, login);
  return [tls, login, customers, readingStep(p, customers)];
}

/** What Canopy found at the portal, step by step (POST /v1/servers/probe), under a registration's error. */
export function PortalDiagnosis({ probe }: { probe: PortalProbe }) {
  const steps = diagnosisSteps(probe);
  return (
    <section className="probe" data-testid="probe-diagnosis" data-ok={probe.ok} aria-labelledby="probe-heading">
      <h3 id="probe-heading">
        Diagnosis of {hostOf(probe.url)}
        {probe.ok && <span className="muted"> · every step works now: try registering again</span>}
      </h3>
      <ol className="plain-list probe-steps">
        {steps.map((s) => (
          <li key={s.step} className={`probe-step probe-${s.state}`} data-step={s.step} data-ok={s.state === 'ok'}>
            <span className="probe-icon" aria-hidden="true">
              {ICON[s.state]}
            </span>
            <div>
              <div className="probe-title">
                <span className="sr-only">{SAY[s.state]}: </span>
                {s.title}
              </div>
              {s.lines.length > 0 && (
                <ul className="plain-list probe-lines">
                  {s.lines.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a step's lines are fixed in order and never reordered
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
