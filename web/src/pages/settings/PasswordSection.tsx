import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../../api/client';
import { changePassword } from '../../api/session';
import { useSession } from '../../auth';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { type NewPasswordField, newPasswordProblem, type PasswordFormError, passwordFormError } from '../../passwords';

type Field = 'current' | NewPasswordField;

/** The request's fields, as the form's. */
const FIELDS = {
  current_password: { field: 'current', label: 'Current password' },
  new_password: { field: 'new', label: 'New password' },
} as const;

/** The signed-in person's own password; changing it ends their other sessions, this one stays signed in. */
export function PasswordSection() {
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<PasswordFormError<Field> | null>(null);
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setChanged(false);
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await changePassword(current, password);
      setChanged(true);
      setCurrent('');
      setPassword('');
      setConfirm('');
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'current_password_incorrect') {
        setError({ message: messageOf(err), field: 'current' });
        setCurrent('');
      } else setError(passwordFormError<Field>(err, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const clear = (f: Field) => {
    setChanged(false);
    if (error?.field === f) setError(null);
  };

  return (
    <section className="card" id="password" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <p className="muted">
        The password you sign in with as <strong className="break">{session.user.email}</strong>. Changing it signs you out everywhere else;
        you stay signed in here.
      </p>
      {error && (
        <div className="notice notice-error" role="alert" id="password-error" data-testid="password-message">
          {error.message}
        </div>
      )}
      {changed && (
        <div className="notice notice-success" role="status" data-testid="password-message">
          Your password has been changed. Your other sessions have been signed out; you stay signed in here.
        </div>
      )}
      <form className="form" onSubmit={onSubmit} data-testid="change-password-form">
        <div className="form-grid">
          <div className="field span-2">
            <label htmlFor="password-current">Current password</label>
            <input
              id="password-current"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={error?.field === 'current' || undefined}
              aria-describedby={error?.field === 'current' ? 'password-error' : undefined}
              value={current}
              onChange={(e) => {
                setCurrent(e.target.value);
                clear('current');
              }}
            />
          </div>
          <NewPasswordFields
            ids={{ password: 'password-new', confirm: 'password-confirm' }}
            password={password}
            confirm={confirm}
            onPasswordChange={(value) => {
              setPassword(value);
              clear('new');
            }}
            onConfirmChange={(value) => {
              setConfirm(value);
              clear('confirm');
            }}
            errorField={error?.field}
            errorId="password-error"
            username={session.user.email}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}
