import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError, messageOf, retryText } from '../api/client';
import { requestPasswordReset } from '../api/passwordResets';
import { AuthCard } from '../components/AuthCard';

/**
 * Asks for a reset link. The server answers the same whether or not the address has a user, and so does this
 * page: only a refusal to try (429), a failure to reach Canopy or a server fault is shown as an error.
 */
export default function ForgotPasswordPage() {
  const location = useLocation();
  const [email, setEmail] = useState((location.state as { email?: string } | null)?.email ?? '');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  /** Set when the person swaps the form and the notice (submitting, "Use another address"): focus follows. */
  const moveFocus = useRef(false);

  // The element focused is replaced: focus goes to what replaces it (the notice, or the email again), not to <body>.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (sent ? noticeRef.current : emailRef.current)?.focus();
  }, [sent]);

  function show(next: boolean) {
    moveFocus.current = true;
    setSent(next);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await requestPasswordReset(email.trim());
      show(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 429) setError(retryText(err, 'reset requests'));
      else if (err instanceof ApiError && (err.status === 0 || err.status >= 500)) setError(messageOf(err));
      // Any other answer gets the same message as a success, so the page never tells who has an account.
      else show(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard title="Reset your password">
      {sent ? (
        <>
          <div ref={noticeRef} tabIndex={-1} className="notice notice-success" role="status" data-testid="password-message">
            If an account exists for that address, we have sent a link to reset its password. The link works for one hour.
          </div>
          <p className="muted">Nothing arrived? Check your spam folder, or ask again in a few minutes.</p>
          <p className="auth-links">
            <button type="button" className="btn btn-small btn-secondary" onClick={() => show(false)}>
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
                ref={emailRef}
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
