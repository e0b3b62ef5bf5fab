import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, messageOf } from '../api';
import { useAuth } from '../auth';
import { Logo } from '../components/Logo';
import { Async } from '../components/Status';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useResource } from '../hooks/useResource';
import type { InvitationPreview } from '../types';

const MIN_PASSWORD = 10;

export default function AcceptInvitationPage() {
  useDocumentTitle('Accept invitation');
  const { token = '' } = useParams();
  const { acceptInvitation } = useAuth();
  const navigate = useNavigate();
  const invitation = useResource(() => api.quiet.get<InvitationPreview>(`/v1/invitations/accept/${encodeURIComponent(token)}`), token);
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (password.length < MIN_PASSWORD) return setError(`Choose a password of at least ${MIN_PASSWORD} characters.`);
    if (password !== confirm) return setError('The two passwords differ.');
    setBusy(true);
    try {
      await acceptInvitation(token, fullName.trim(), password);
      navigate('/', { replace: true });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="auth-page" id="main">
      <div className="auth-card">
        <div className="auth-brand">
          <Logo size={40} />
          <span>Canopy</span>
        </div>
        <h1>Accept invitation</h1>
        <Async data={invitation.data} error={invitation.error} label="Checking the invitation…">
          {(inv) => (
            <>
              <p className="muted">
                You are invited to join <strong>{inv.account_name}</strong> as <strong>{inv.email}</strong>. Canopy stores only your
                name and email.
              </p>
              {error && (
                <div className="notice notice-error" role="alert">
                  {error}
                </div>
              )}
              <form onSubmit={onSubmit}>
                <div className="field">
                  <label htmlFor="inv-name">Full name</label>
                  <input id="inv-name" autoComplete="name" required maxLength={200} value={fullName} onChange={(e) => setFullName(e.target.value)} />
                </div>
                <div className="field">
                  <label htmlFor="inv-password">Password</label>
                  <input
                    id="inv-password"
                    type="password"
                    autoComplete="new-password"
                    required
                    minLength={MIN_PASSWORD}
                    aria-describedby="inv-password-hint"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                  />
                  <p id="inv-password-hint" className="hint">
                    At least {MIN_PASSWORD} characters.
                  </p>
                </div>
                <div className="field">
                  <label htmlFor="inv-confirm">Confirm password</label>
                  <input id="inv-confirm" type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />
                </div>
                <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
                  {busy ? 'Joining…' : 'Accept and sign in'}
                </button>
              </form>
            </>
          )}
        </Async>
      </div>
    </main>
  );
}
