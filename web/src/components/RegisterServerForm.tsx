import { useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldErrorOf, messageOf, retryText } from '../api/client';
import { probeServer, registerServer, type ProbeInput } from '../api/servers';
import type { PortalProbe, Server } from '../api/types';
import { clientRejected, diagnosedReason, isPortalReason, isTlsReason, portalProblem, portalSaid } from '../portal-words';
import { CaCertificateField } from './CaCertificateField';
import { PortalDiagnosis } from './PortalDiagnosis';
import { SETTINGS_DEFAULTS, SETTINGS_LABELS, ServerSettingsFields, type SettingsField } from './ServerSettingsFields';
import './RegisterServerForm.css';

type Field = 'url' | 'username' | 'password' | 'contact' | 'client_id' | 'client_secret' | 'ca_pem' | SettingsField;

interface Problem {
  /** What went wrong, in a few words. */
  title: string;
  detail: string;
  /** What to do about it (portal failures). */
  fix?: string;
  field?: Field;
  /** The API's reason, or the diagnosis's when it is more precise. */
  reason: string | null;
}

/** The field a portal failure points at. */
function fieldOf(reason: string | null, said: string): Field | undefined {
  if (reason === 'credentials_rejected') return clientRejected(said) ? 'client_id' : 'password';
  if (reason === 'tls_untrusted') return 'ca_pem';
  return reason ? 'url' : undefined;
}

/** The problem of a portal failure's reason, with what the portal or the diagnosis said. */
function portalFailure(reason: string, said: string): Problem | null {
  const problem = portalProblem(reason, said);
  if (!problem) return null;
  return { title: problem.title, detail: said, fix: problem.fix, field: fieldOf(reason, said), reason };
}

/**
 * Sorts the API's answer into the cases a person can act on: a field to correct, not https, a certificate that is not
 * trusted (or not for this address, or expired), rejected credentials, a portal that cannot be reached or answers oddly.
 */
function explainServerError(err: unknown): Problem {
  const message = messageOf(err);
  const field = fieldErrorOf(err);
  const reason = err instanceof ApiError ? err.reason : null;
  if (field && Object.hasOwn(LABELS, field.field)) {
    const name = field.field as Field;
    if (name === 'url' && /https/i.test(message))
      return { title: 'The API URL must use https://', detail: 'Canopy only connects to portals over HTTPS.', field: 'url', reason };
    return { title: 'Check this field', detail: `${LABELS[name]} ${field.detail}`, field: name, reason };
  }
  if (err instanceof ApiError && err.status === 429) return { title: 'Not now', detail: retryText(err), reason };
  return portalFailure(reason ?? '', portalSaid(message)) ?? { title: 'The server was not registered', detail: message, reason };
}

const LABELS: Record<Field, string> = {
  url: 'API URL',
  username: 'Username',
  password: 'Password',
  contact: 'Contact email',
  client_id: 'OAuth2 client id',
  client_secret: 'OAuth2 client secret',
  ca_pem: 'Portal CA certificate (PEM)',
  ...SETTINGS_LABELS,
};
const ADVANCED: readonly Field[] = ['client_id', 'client_secret', 'ca_pem'];

type Diagnosis = { state: 'running' } | { state: 'done'; probe: PortalProbe } | { state: 'failed'; message: string };

export function RegisterServerForm({ onRegistered, onCancel }: { onRegistered(server: Server): void; onCancel(): void }) {
  const [values, setValues] = useState<Record<Field, string>>({
    url: '',
    username: '',
    password: '',
    contact: '',
    client_id: '',
    client_secret: '',
    ca_pem: '',
    name: '',
    ...SETTINGS_DEFAULTS,
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const [advanced, setAdvanced] = useState(false);
  const attempt = useRef(0);

  const setValue = (k: Field, value: string) => {
    setValues((v) => ({ ...v, [k]: value }));
    // A field error goes once the field changes; a portal failure and its diagnosis stay until the next attempt.
    if (problem?.field === k) setProblem(diagnosis ? { ...problem, field: undefined } : null);
  };
  const set = (k: Field) => (e: { target: { value: string } }) => setValue(k, e.target.value);

  /** Shows a problem; the Advanced fields open when the problem is about one of them. */
  function show(p: Problem) {
    setProblem(p);
    if (p.field && ADVANCED.includes(p.field)) setAdvanced(true);
  }

  /** Asks the portal again, step by step, with the same fields: what the registration's error could not say. */
  async function diagnose(input: ProbeInput, first: Problem, id: number) {
    setDiagnosis({ state: 'running' });
    try {
      const probe = await probeServer(input);
      if (attempt.current !== id) return;
      setDiagnosis({ state: 'done', probe });
      const reason = diagnosedReason(first.reason, probe);
      if (reason !== first.reason && reason) {
        const said = isTlsReason(probe.failure?.reason) ? portalSaid(probe.failure.message) : (probe.tls?.detail ?? first.detail);
        show(portalFailure(reason, said) ?? first);
      }
    } catch (err) {
      if (attempt.current !== id) return;
      setDiagnosis({ state: 'failed', message: err instanceof ApiError && err.status === 429 ? retryText(err) : messageOf(err) });
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const id = ++attempt.current;
    setDiagnosis(null);
    const url = values.url.trim();
    if (!/^https:\/\//i.test(url)) {
      show({
        title: 'The API URL must use https://',
        detail: 'Canopy only connects to portals over HTTPS, e.g. https://portal.example.com.',
        field: 'url',
        reason: null,
      });
      return;
    }
    const clientId = values.client_id.trim();
    const input: ProbeInput = {
      url,
      username: values.username.trim(),
      password: values.password,
      ...(clientId ? { client_id: clientId } : {}),
      ...(values.client_secret ? { client_secret: values.client_secret } : {}),
      ...(values.ca_pem.trim() ? { ca_pem: values.ca_pem } : {}),
      time_zone: values.time_zone.trim(),
    };
    setBusy(true);
    setProblem(null);
    try {
      const name = values.name.trim();
      const server = await registerServer({
        type: 'onestop',
        ...input,
        contact: values.contact.trim() || null,
        ...(name ? { name } : {}),
        holiday_region: values.holiday_region.trim(),
        paper_profile: values.paper_profile === 'letter' ? 'letter' : 'a4',
      });
      onRegistered(server);
    } catch (err) {
      const first = explainServerError(err);
      show(first);
      if (err instanceof ApiError && isPortalReason(err.reason) && !fieldErrorOf(err)) await diagnose(input, first, id);
    } finally {
      if (attempt.current === id) setBusy(false);
    }
  }

  const invalid = (k: Field) => (problem?.field === k ? true : undefined);
  const describedBy = (k: Field, hint?: string) =>
    [hint, problem?.field === k ? 'server-form-error' : null].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={onSubmit} className="form" aria-describedby="server-form-help">
      <p id="server-form-help" className="muted">
        Canopy logs in to the portal to test the connection before it saves anything. The password is encrypted at rest and never shown
        again.
      </p>
      {problem && (
        <div className="register-error" data-testid="register-error" data-reason={problem.reason ?? ''}>
          <div className="notice notice-error" role="alert" id="server-form-error" data-testid="server-error">
            <strong>{problem.title}.</strong> {problem.detail}
          </div>
          {diagnosis?.state === 'running' && (
            <p className="muted" data-testid="probe-running">
              Diagnosing the connection step by step…
            </p>
          )}
          {diagnosis?.state === 'done' && <PortalDiagnosis probe={diagnosis.probe} />}
          {diagnosis?.state === 'failed' && (
            <p className="muted" data-testid="probe-failed">
              No diagnosis: {diagnosis.message}
            </p>
          )}
          {problem.fix && (
            <p className="notice notice-info register-fix" data-testid="register-fix">
              <strong>What to do:</strong> {problem.fix}
            </p>
          )}
        </div>
      )}
      <div className="form-grid">
        <div className="field span-2">
          <label htmlFor="server-url">API URL</label>
          <input
            id="server-url"
            type="url"
            inputMode="url"
            required
            placeholder="https://portal.example.com"
            value={values.url}
            onChange={set('url')}
            aria-invalid={invalid('url')}
            aria-describedby={describedBy('url', 'server-url-hint')}
          />
          <p id="server-url-hint" className="hint">
            The base URL of the OneStop MPS Portal API; https:// only.
          </p>
        </div>
        <div className="field">
          <label htmlFor="server-username">Username</label>
          <input
            id="server-username"
            required
            autoComplete="off"
            value={values.username}
            onChange={set('username')}
            aria-invalid={invalid('username')}
            aria-describedby={describedBy('username')}
          />
        </div>
        <div className="field">
          <label htmlFor="server-password">Password</label>
          <input
            id="server-password"
            type="password"
            required
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            aria-invalid={invalid('password')}
            aria-describedby={describedBy('password')}
          />
        </div>
        <div className="field span-2">
          <label htmlFor="server-contact">Contact email</label>
          <input
            id="server-contact"
            type="email"
            autoComplete="email"
            value={values.contact}
            onChange={set('contact')}
            aria-invalid={invalid('contact')}
            aria-describedby={describedBy('contact', 'server-contact-hint')}
          />
          <p id="server-contact-hint" className="hint">
            Who is emailed when the server or one of its feeds becomes unhealthy (optional: otherwise the users of your account).
          </p>
        </div>
        <ServerSettingsFields
          idPrefix="server"
          values={{
            name: values.name,
            time_zone: values.time_zone,
            holiday_region: values.holiday_region,
            paper_profile: values.paper_profile === 'letter' ? 'letter' : 'a4',
          }}
          onChange={setValue}
          invalid={invalid}
          describedBy={describedBy}
          nameHint="What the dashboard calls this server (optional: otherwise the API URL's host, e.g. portal.example.com)."
        />
      </div>
      <details className="register-advanced" open={advanced} onToggle={(e) => setAdvanced(e.currentTarget.open)}>
        <summary>Advanced: OAuth2 client, portal CA certificate</summary>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="server-client-id">OAuth2 client id</label>
            <input
              id="server-client-id"
              autoComplete="off"
              value={values.client_id}
              onChange={set('client_id')}
              aria-invalid={invalid('client_id')}
              aria-describedby={describedBy('client_id', 'server-client-hint')}
            />
          </div>
          <div className="field">
            <label htmlFor="server-client-secret">OAuth2 client secret</label>
            <input
              id="server-client-secret"
              type="password"
              autoComplete="new-password"
              value={values.client_secret}
              onChange={set('client_secret')}
              aria-invalid={invalid('client_secret')}
              aria-describedby={describedBy('client_secret', 'server-client-hint')}
            />
          </div>
          <p id="server-client-hint" className="hint span-2 register-client-hint">
            Only if the portal logs in with the OAuth2 password grant and needs a client: Canopy finds the log-in style itself. The secret
            is encrypted at rest and never shown again.
          </p>
          <CaCertificateField
            value={values.ca_pem}
            onChange={(pem) => setValue('ca_pem', pem)}
            invalid={invalid('ca_pem')}
            describedBy={problem?.field === 'ca_pem' ? 'server-form-error' : undefined}
          />
        </div>
      </details>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Testing the connection…' : 'Register server'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        {busy && (
          <span role="status" className="muted">
            {diagnosis?.state === 'running' ? 'Diagnosing the connection…' : 'Logging in to the portal…'}
          </span>
        )}
      </div>
    </form>
  );
}
