import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/client';
import { invitationKeys, invite as sendInvitation, listInvitations, withdrawInvitation } from '../../api/invitations';
import type { Invitation } from '../../api/types';
import { listUsers, removeUser, userKeys } from '../../api/users';
import { useSession } from '../../auth';
import { DataTable } from '../../components/DataTable';
import { SecretBox } from '../../components/SecretBox';
import { StatusBadge } from '../../components/HealthBadge';
import { Async, Empty } from '../../components/Status';
import { formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';

/** The users and invitations of the signed-in account, or (for a provider) of one of its customer accounts. */
export function UsersSection({ accountId, accountName }: { accountId?: string; accountName?: string } = {}) {
  const session = useSession();
  const users = useResource(() => listUsers(accountId), userKeys.list(accountId));
  const invitations = useResource(() => listInvitations(accountId), invitationKeys.list(accountId));
  const [link, setLink] = useState<Invitation | null>(null);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function invite(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const inv = await sendInvitation(email.trim(), accountId);
      if (inv.accept_url) setLink(inv);
      else setNotice(`Invitation emailed to ${inv.email}.`);
      setEmail('');
      await invitations.reload();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function act(fn: () => Promise<unknown>, done: string) {
    setError(null);
    setNotice(null);
    try {
      await fn();
      setNotice(done);
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <section className="card" id={accountId ? 'customer-users' : 'users'} aria-labelledby="users-heading">
      <h2 id="users-heading">{accountId ? 'Users' : 'Users and invitations'}</h2>
      <p className="muted">
        People who sign in to {accountName ?? session.account.name}. Canopy stores only each person's full name and email.
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {notice && (
        <div className="notice notice-success" role="status">
          {notice}
        </div>
      )}
      {link?.accept_url && (
        <SecretBox
          label={`No email is configured: pass this invitation link to ${link.email}.`}
          secret={link.accept_url}
          onDone={() => setLink(null)}
        />
      )}
      <Async data={users.data} error={users.error} reload={users.reload}>
        {(list) =>
          list.length === 0 ? (
            <Empty>No user.</Empty>
          ) : (
            <DataTable
              rows={list}
              rowKey={(u) => u.id}
              testId="users-table"
              columns={[
                {
                  header: 'Name',
                  rowHeader: true,
                  cell: (u) => (
                    <>
                      {u.full_name}
                      {u.id === session.user.id && <span className="muted small"> (you)</span>}
                    </>
                  ),
                },
                { header: 'Email', className: 'break', cell: (u) => u.email },
                { header: 'Since', cell: (u) => formatDateTime(u.created_at) },
              ]}
              actions={[
                {
                  label: 'Remove',
                  srLabel: (u) => u.full_name,
                  variant: 'danger',
                  show: (u) => u.id !== session.user.id,
                  confirm: {
                    title: 'Remove this user?',
                    confirmLabel: 'Remove user',
                    danger: true,
                    body: (u) => (
                      <p>
                        {u.full_name} ({u.email}) will no longer be able to sign in. Their name and email are deleted.
                      </p>
                    ),
                  },
                  run: (u) =>
                    act(async () => {
                      await removeUser(u.id);
                      await users.reload();
                    }, `${u.full_name} can no longer sign in.`),
                },
              ]}
            />
          )
        }
      </Async>

      <h3>Invitations</h3>
      <form className="inline-form" onSubmit={invite}>
        <div className="field">
          <label htmlFor="invite-email">Email to invite</label>
          <input id="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Send invitation
        </button>
      </form>
      <Async data={invitations.data} error={invitations.error} reload={invitations.reload}>
        {(list) =>
          list.length === 0 ? (
            <Empty>No invitation pending.</Empty>
          ) : (
            <DataTable
              rows={list}
              rowKey={(i) => i.id}
              columns={[
                { header: 'Email', rowHeader: true, className: 'break', cell: (i) => i.email },
                { header: 'Status', cell: (i) => <StatusBadge status={i.status} /> },
                { header: 'Expires', cell: (i) => formatDateTime(i.expires_at) },
              ]}
              actions={[
                {
                  label: 'Withdraw',
                  srLabel: (i) => `invitation for ${i.email}`,
                  variant: 'secondary',
                  show: (i) => i.status === 'pending',
                  run: (i) =>
                    act(async () => {
                      await withdrawInvitation(i.id);
                      await invitations.reload();
                    }, `Invitation for ${i.email} withdrawn.`),
                },
              ]}
            />
          )
        }
      </Async>
    </section>
  );
}
