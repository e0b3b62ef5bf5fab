import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrorOf, messageOf } from '../api/client';
import { registerServer } from '../api/servers';
import type { Server } from '../api/types';

type Field = 'url' | 'username' | 'password' | 'contact';

interface Problem {
  /** What went wrong, in a few words. */
  title: string;
  detail: string;
  field?: Field;
}

/** Sorts the API's answer into the cases a person can act on: not https, credentials rejected, portal unreachable. */
function explainServerError(err: unknown): Problem {
  const message = messageOf(err);
  const field = fieldErrorOf(err);
  if (field && Object.hasOwn(LABELS, field.field)) {
    const name = field.field as Field;
    if (name === 'url' && /https/i.test(message))
      return { title: 'The API URL must use https://', detail: 'Canopy only connects to portals over HTTPS.', field: 'url' };
    return { title: 'Check this field', detail: `${LABELS[name]} ${field.detail}`, field: name };
  }
  const portalSaid = message.replace(/^Could not log in to the portal:\s*/i, '');
  const reason = err instanceof ApiError ? err.reason : null;
  if (reason === 'credentials_rejected') {
    return {
      title: 'The portal rejected the username or password',
      detail: 'Canopy reached the portal, but it refused these credentials. Check the username and password of the portal API user.',
      field: 'password',
    };
  }
  if (reason === 'tls_untrusted') {
    return {
      title: "The portal's certificate is not trusted",
      detail: `${portalSaid} If the portal uses a private CA, an operator must add it to Canopy's trusted certificates.`,
      field: 'url',
    };
  }
  if (reason === 'outbound_refused') {
    return { title: 'This address is not allowed', detail: `${portalSaid}`, field: 'url' };
  }
  if (reason && /^portal_(unreachable|timeout|error|bad_response|throttled|paused)$/.test(reason)) {
    return {
      title: 'The portal could not be reached',
      detail: `${portalSaid} Check the API URL and that the portal is online.`,
      field: 'url',
    };
  }
  return { title: 'The server was not registered', detail: message };
}

const LABELS: Record<Field, string> = { url: 'API URL', username: 'Username', password: 'Password', contact: 'Contact email' };

export function RegisterServerForm({ onRegistered, onCancel }: { onRegistered(server: Server): void; onCancel(): void }) {
  const [values, setValues] = useState<Record<Field, string>>({ url: '', username: '', password: '', contact: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const set = (k: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [k]: e.target.value }));
    if (problem?.field === k) setProblem(null);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const url = values.url.trim();
    if (!/^https:\/\//i.test(url)) {
      setProblem({
        title: 'The API URL must use https://',
        detail: 'Canopy only connects to portals over HTTPS, e.g. https://portal.example.com.',
        field: 'url',
      });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const server = await registerServer({
        type: 'onestop',
        url,
        username: values.username.trim(),
        password: values.password,
        contact: values.contact.trim() || null,
      });
      onRegistered(server);
    } catch (err) {
      setProblem(explainServerError(err));
    } finally {
      setBusy(false);
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
        <div className="notice notice-error" role="alert" id="server-form-error" data-testid="server-error">
          <strong>{problem.title}.</strong> {problem.detail}
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
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Testing the connection…' : 'Register server'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        {busy && (
          <span role="status" className="muted">
            Logging in to the portal…
          </span>
        )}
      </div>
    </form>
  );
}
