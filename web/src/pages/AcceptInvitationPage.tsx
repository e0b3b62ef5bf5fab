import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { getInvitationPreview, invitationKeys } from '../api/invitations';
import { useAuth } from '../auth';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { Async } from '../components/Status';
import { useResource } from '../hooks/useResource';
import { type NewPasswordField, newPasswordProblem, type PasswordFormError, passwordFormError } from '../passwords';

type Field = 'name' | NewPasswordField;

/** The request's fields, as the form's. */
const FIELDS = {
  full_name: { field: 'name', label: 'Full name' },
  password: { field: 'new', label: 'Password' },
} as const;

export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { acceptInvitation } = useAuth();
  const navigate = useNavigate();
  const invitation = useResource(() => getInvitationPreview(token), invitationKeys.preview(token));
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<PasswordFormError<Field> | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      await acceptInvitation(token, fullName.trim(), password);
      navigate('/', { replace: true });
    } catch (err) {
      setError(passwordFormError<Field>(err, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard title="Accept invitation">
      <Async data={invitation.data} error={invitation.error} label="Checking the invitation…">
        {(inv) => (
          <>
            <p className="muted">
              You are invited to join <strong>{inv.account_name}</strong> as <strong>{inv.email}</strong>. Canopy stores only your name and
              email.
            </p>
            {error && (
              <div className="notice notice-error" role="alert" id="inv-error">
                {error.message}
              </div>
            )}
            <form onSubmit={onSubmit}>
              <div className="field">
                <label htmlFor="inv-name">Full name</label>
                <input
                  id="inv-name"
                  autoComplete="name"
                  required
                  maxLength={200}
                  aria-invalid={error?.field === 'name' || undefined}
                  aria-describedby={error?.field === 'name' ? 'inv-error' : undefined}
                  value={fullName}
                  onChange={(e) => setFullName(e.target.value)}
                />
              </div>
              <NewPasswordFields
                ids={{ password: 'inv-password', confirm: 'inv-confirm' }}
                labels={{ password: 'Password', confirm: 'Confirm password' }}
                password={password}
                confirm={confirm}
                onPasswordChange={setPassword}
                onConfirmChange={setConfirm}
                errorField={error?.field}
                errorId="inv-error"
                username={inv.email}
              />
              <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
                {busy ? 'Joining…' : 'Accept and sign in'}
              </button>
            </form>
          </>
        )}
      </Async>
    </AuthCard>
  );
}
