import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { messageOf } from '../api/client';
import { getInvitationPreview, invitationKeys } from '../api/invitations';
import { useAuth } from '../auth';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { Async } from '../components/Status';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useResource } from '../hooks/useResource';
import { newPasswordProblem } from '../passwords';

export default function AcceptInvitationPage() {
  useDocumentTitle('Accept invitation');
  const { token = '' } = useParams();
  const { acceptInvitation } = useAuth();
  const navigate = useNavigate();
  const invitation = useResource(() => getInvitationPreview(token), invitationKeys.preview(token));
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const problem = newPasswordProblem(password, confirm);
    if (problem) return setError(problem.message);
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
    <AuthCard title="Accept invitation">
      <Async data={invitation.data} error={invitation.error} label="Checking the invitation…">
        {(inv) => (
          <>
            <p className="muted">
              You are invited to join <strong>{inv.account_name}</strong> as <strong>{inv.email}</strong>. Canopy stores only your name and
              email.
            </p>
            {error && (
              <div className="notice notice-error" role="alert">
                {error}
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
