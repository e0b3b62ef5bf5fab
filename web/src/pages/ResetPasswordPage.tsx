import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, messageOf } from '../api/client';
import { getPasswordReset, passwordResetKeys } from '../api/passwordResets';
import { useAuth } from '../auth';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordFields, type NewPasswordField } from '../components/NewPasswordFields';
import { ErrorMessage, Loading } from '../components/Status';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useResource } from '../hooks/useResource';
import { newPasswordProblem } from '../passwords';

type Field = NewPasswordField;

/** The e-mailed link `/reset-password/:token`: choose a new password, then the person is signed in. */
export default function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { token = '' } = useParams();
  const { resetPassword } = useAuth();
  const navigate = useNavigate();
  const preview = useResource(() => getPasswordReset(token), passwordResetKeys.preview(token));
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ message: string; field?: Field } | null>(null);
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
      else if (err instanceof ApiError && err.status === 400) setError({ message: messageOf(err), field: 'new' });
      else setError({ message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  }

  const invalid = (f: Field) => (error?.field === f ? true : undefined);
  const describedBy = (f: Field, hint?: string) => [hint, error?.field === f ? 'reset-error' : null].filter(Boolean).join(' ') || undefined;
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
          {/* Tells password managers which account the new password belongs to. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <NewPasswordFields
            ids={{ password: 'reset-password', confirm: 'reset-confirm' }}
            password={password}
            confirm={confirm}
            onPasswordChange={setPassword}
            onConfirmChange={setConfirm}
            invalid={invalid}
            describedBy={describedBy}
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
