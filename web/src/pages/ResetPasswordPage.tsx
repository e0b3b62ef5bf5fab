import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { getPasswordReset, passwordResetKeys } from '../api/passwordResets';
import { useAuth } from '../auth';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { ErrorMessage, Loading } from '../components/Status';
import { useResource } from '../hooks/useResource';
import { type NewPasswordField, newPasswordProblem, type PasswordFormError, passwordFormError } from '../passwords';

/** The request's field, as the form's. */
const FIELDS = { password: { field: 'new', label: 'New password' } } as const;

/** The e-mailed link `/reset-password/:token`: choose a new password, then the person is signed in. */
export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { resetPassword } = useAuth();
  const navigate = useNavigate();
  const preview = useResource(() => getPasswordReset(token), passwordResetKeys.preview(token));
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<PasswordFormError<NewPasswordField> | null>(null);
  /** The link stopped working while the page was open (used elsewhere or expired). */
  const [gone, setGone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await resetPassword(token, password);
      navigate('/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setGone(true);
      else setError(passwordFormError<NewPasswordField>(err, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const expired = gone || (preview.error instanceof ApiError && preview.error.status === 404);

  let body: ReactNode;
  if (expired) {
    body = (
      <>
        <div className="notice notice-error" role="alert" data-testid="password-message">
          <strong>This reset link no longer works.</strong> A link works once, for one hour.
        </div>
        <p className="auth-links">
          <Link to="/forgot-password">Request a new link</Link>
          <Link to="/login">Back to sign in</Link>
        </p>
      </>
    );
  } else if (preview.error !== undefined && preview.data === undefined) {
    body = <ErrorMessage error={preview.error} retry={() => void preview.reload()} title="Could not check the reset link" />;
  } else if (preview.data === undefined) {
    body = <Loading label="Checking the reset link…" />;
  } else {
    const { email } = preview.data;
    body = (
      <>
        <p className="muted">
          Choose a new password for <strong className="break">{email}</strong>. You will be signed in afterwards, and signed out everywhere
          else.
        </p>
        {error && (
          <div className="notice notice-error" role="alert" id="reset-error" data-testid="password-message">
            {error.message}
          </div>
        )}
        <form onSubmit={onSubmit} data-testid="reset-password-form">
          <NewPasswordFields
            ids={{ password: 'reset-password', confirm: 'reset-confirm' }}
            password={password}
            confirm={confirm}
            onPasswordChange={setPassword}
            onConfirmChange={setConfirm}
            errorField={error?.field}
            errorId="reset-error"
            username={email}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
            {busy ? 'Saving…' : 'Set password and sign in'}
          </button>
        </form>
      </>
    );
  }

  return <AuthCard title="Choose a new password">{body}</AuthCard>;
}
