import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../../api/client';
import { changePassword } from '../../api/session';
import { useSession } from '../../auth';
import { NewPasswordFields, type NewPasswordField } from '../../components/NewPasswordFields';
import { newPasswordProblem } from '../../passwords';

type Field = 'current' | NewPasswordField;

/** The signed-in person's own password; changing it ends their other sessions, this one stays signed in. */
export function PasswordSection() {
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ message: string; field?: Field } | null>(null);
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
      const message = messageOf(err);
      if (err instanceof ApiError && err.status === 400 && /current/i.test(message)) {
        setError({ message, field: 'current' });
        setCurrent('');
      } else if (err instanceof ApiError && err.status === 400) setError({ message, field: 'new' });
      else setError({ message });
    } finally {
      setBusy(false);
    }
  }

  const invalid = (f: Field) => (error?.field === f ? true : undefined);
  const describedBy = (f: Field, hint?: string) =>
    [hint, error?.field === f ? 'password-error' : null].filter(Boolean).join(' ') || undefined;
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
        {/* Tells password managers which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={session.user.email} readOnly hidden />
        <div className="form-grid">
          <div className="field span-2">
            <label htmlFor="password-current">Current password</label>
            <input
              id="password-current"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={invalid('current')}
              aria-describedby={describedBy('current')}
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
            invalid={invalid}
            describedBy={describedBy}
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
