import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError, messageOf } from '../api/client';
import { requestPasswordReset } from '../api/passwordResets';
import { AuthCard } from '../components/AuthCard';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

/**
 * Asks for a reset link. The server answers the same whether or not the address has a user, and so does this
 * page: only a refusal to try (429), a failure to reach Canopy or a server fault is shown as an error.
 */
export default function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const location = useLocation();
  const [email, setEmail] = useState((location.state as { email?: string } | null)?.email ?? '');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 429)
        setError(`${messageOf(err)}${err.retryAfter ? ` Wait ${err.retryAfter} seconds and try again.` : ''}`);
      else if (err instanceof ApiError && (err.status === 0 || err.status >= 500)) setError(messageOf(err));
      // Any other answer gets the same message as a success, so the page never tells who has an account.
      else setSent(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard title="Reset your password">
      {sent ? (
        <>
          <div className="notice notice-success" role="status" data-testid="password-message">
            If an account exists for that address, we have sent a link to reset its password. The link works for one hour.
          </div>
          <p className="muted">Nothing arrived? Check your spam folder, or ask again in a few minutes.</p>
          <p className="auth-links">
            <button type="button" className="btn btn-small btn-secondary" onClick={() => setSent(false)}>
              Use another address
            </button>
            <Link to="/login">Back to sign in</Link>
          </p>
        </>
      ) : (
        <>
          <p className="muted">Enter the email you sign in with. We will send you a link to choose a new password.</p>
          {error && (
            <div className="notice notice-error" role="alert" id="forgot-error" data-testid="password-message">
              {error}
            </div>
          )}
          <form onSubmit={onSubmit} data-testid="forgot-password-form">
            <div className="field">
              <label htmlFor="forgot-email">Email</label>
              <input
                id="forgot-email"
                type="email"
                autoComplete="username"
                required
                value={email}
                aria-describedby={error ? 'forgot-error' : undefined}
                onChange={(e) => setEmail(e.target.value)}
              />
            </div>
            <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
              {busy ? 'Sending…' : 'Send reset link'}
            </button>
          </form>
          <p className="auth-links">
            <Link to="/login">Back to sign in</Link>
          </p>
        </>
      )}
    </AuthCard>
  );
}
