import { useId, useState, type FormEvent } from 'react';
import { ApiError, fieldErrorOf, messageOf, retryText } from '../api/client';
import { setServerCa } from '../api/servers';
import type { Server } from '../api/types';
import { now } from '../clock';
import { portalProblem, portalSaid, trustWords } from '../portal-words';
import { CaCertificateField } from './CaCertificateField';
import './ServerTrust.css';

interface TrustError {
  text: string;
  reason: string | null;
}

/** What to do when a CA change fails, where it differs from the register form's advice. */
function trustFix(reason: string, removing: boolean): string | null {
  if (reason === 'credentials_rejected') return 'Check the portal password (the one Canopy logs in with).';
  if (reason === 'tls_untrusted')
    return removing
      ? 'The portal needs this CA certificate: without it Canopy cannot trust the portal. Keep it, or replace it with a newer one.'
      : "This certificate does not make the portal trusted: check that it is the CA that issued the portal's certificate (the " +
          'message names its issuer).';
  if (reason === 'tls_expired') return "The portal's administrator must renew its certificate.";
  return null;
}

/** The error of a CA change, in words: the portal's problem and what to do, or the API's message. */
function trustErrorOf(err: unknown, removing: boolean): TrustError {
  const reason = err instanceof ApiError ? err.reason : null;
  if (err instanceof ApiError && err.status === 429) return { text: retryText(err), reason };
  const field = fieldErrorOf(err);
  if (field?.field === 'ca_pem') return { text: `The CA certificate is not usable: ${field.detail}`, reason };
  const said = portalSaid(messageOf(err));
  const problem = portalProblem(reason, said);
  if (!problem || !reason) return { text: `The CA certificate was not changed: ${said}`, reason };
  const fix = trustFix(reason, removing) ?? problem.fix;
  return { text: `The CA certificate was not changed. ${problem.title}: ${said} ${fix}`, reason };
}

/**
 * Whom the server trusts: its own CA certificate (subject, fingerprint, expiry) or the system roots only, and the
 * actions that replace or remove it. Either asks for the portal password again: Canopy logs in with the new trust
 * before it saves it (PATCH /v1/servers/:id with ca_pem and password).
 */
export function ServerTrust({ server, onSaved }: { server: Server; onSaved(): void }) {
  const id = useId();
  const [mode, setMode] = useState<'view' | 'replace' | 'remove'>('view');
  const [pem, setPem] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<TrustError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const ca = server.ca_certificate;
  const expired = ca !== null && Date.parse(ca.valid_to) < now().getTime();

  function open(next: 'replace' | 'remove') {
    setMode(next);
    setPem('');
    setPassword('');
    setError(null);
    setSaved(null);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (mode === 'replace' && pem.trim() === '') {
      setError({ text: 'Choose the CA certificate file, or paste its PEM text.', reason: null });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await setServerCa(server.id, mode === 'replace' ? pem : null, password);
      setSaved(mode === 'replace' ? 'CA certificate saved: Canopy logged in to the portal with it.' : 'CA certificate removed.');
      setMode('view');
      onSaved();
    } catch (err) {
      setError(trustErrorOf(err, mode === 'remove'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="server-trust">
      <span data-testid="server-trust" data-fingerprint={ca?.fingerprint_sha256 ?? ''} className="break">
        {trustWords(ca)}
      </span>
      {ca && ca.certificates > 1 && <span className="muted small"> · {ca.certificates} certificates</span>}
      {expired && <span className="server-trust-expired"> · expired</span>}
      {mode === 'view' && (
        <span className="server-trust-actions">
          <button type="button" className="btn btn-small btn-secondary" onClick={() => open('replace')}>
            {ca ? 'Replace CA certificate' : 'Add CA certificate'}
          </button>
          {ca && (
            <button type="button" className="btn btn-small btn-secondary" onClick={() => open('remove')}>
              Remove<span className="sr-only"> CA certificate</span>
            </button>
          )}
        </span>
      )}
      {saved && mode === 'view' && (
        <p className="muted small" role="status">
          {saved}
        </p>
      )}
      {mode !== 'view' && (
        <form className="server-trust-form" onSubmit={save} data-testid="server-trust-form">
          {mode === 'replace' ? (
            <CaCertificateField value={pem} onChange={setPem} />
          ) : (
            <p className="small">Canopy will trust the system roots only for this portal.</p>
          )}
          <div className="field">
            <label htmlFor={`${id}-password`}>Portal password</label>
            <input
              id={`${id}-password`}
              type="password"
              required
              autoComplete="off"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-describedby={`${id}-password-hint${error ? ` ${id}-error` : ''}`}
            />
            <p id={`${id}-password-hint`} className="hint">
              Canopy logs in to the portal with the new trust before it saves it, so it needs the password again.
            </p>
          </div>
          {error && (
            <p
              id={`${id}-error`}
              className="notice notice-error"
              role="alert"
              data-testid="server-trust-error"
              data-reason={error.reason ?? ''}
            >
              {error.text}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
              {busy ? 'Logging in to the portal…' : mode === 'replace' ? 'Save CA certificate' : 'Remove CA certificate'}
            </button>
            <button type="button" className="btn btn-small btn-secondary" onClick={() => setMode('view')} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
