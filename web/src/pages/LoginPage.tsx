import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError, messageOf, retryText } from '../api/client';
import { useAuth } from '../auth';
import { AuthCard } from '../components/AuthCard';

export default function LoginPage() {
  const { session, expired, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={from} replace />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(from, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setError('The email or password is not right. Check them and try again.');
      else if (err instanceof ApiError && err.status === 429) setError(retryText(err, 'sign-in attempts'));
      else setError(messageOf(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard title="Sign in">
      <p className="muted">Print volume turned into Certificates of Reforestation.</p>
      {expired && !error && (
        <div className="notice notice-info" role="status">
          Your session has ended. Sign in again to continue.
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert" data-testid="login-error">
          {error}
        </div>
      )}
      <form onSubmit={onSubmit} noValidate={false}>
        <div className="field">
          <label htmlFor="login-email">Email</label>
          <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/forgot-password" state={{ email: email.trim() }}>
          Forgot your password?
        </Link>
      </p>
    </AuthCard>
  );
}
