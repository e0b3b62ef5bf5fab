import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../../api';
import { useSession } from '../../auth';
import { ConfirmDialog } from '../../components/Confirm';
import { SecretBox } from '../../components/SecretBox';
import { StatusBadge } from '../../components/HealthBadge';
import { Async, Empty } from '../../components/Status';
import { formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';
import type { Invitation, User } from '../../types';

/** The users and invitations of the signed-in account, or (for a provider) of one of its customer accounts. */
export function UsersSection({ accountId, accountName }: { accountId?: string; accountName?: string } = {}) {
  const session = useSession();
  const base = accountId ? `/v1/accounts/${accountId}` : '/v1';
  const users = useResource(() => api.get<User[]>(`${base}/users`), `users-${base}`);
  const invitations = useResource(() => api.get<Invitation[]>(`${base}/invitations`), `invitations-${base}`);
  const [link, setLink] = useState<Invitation | null>(null);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<User | null>(null);
  const [busy, setBusy] = useState(false);

  async function invite(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const inv = await api.post<Invitation>(`${base}/invitations`, { email: email.trim() });
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
      <p className="muted">People who sign in to {accountName ?? session.account.name}. Canopy stores only each person's full name and email.</p>
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
        <SecretBox label={`No email is configured: pass this invitation link to ${link.email}.`} secret={link.accept_url} onDone={() => setLink(null)} />
      )}
      <Async data={users.data} error={users.error} reload={users.reload}>
        {(list) =>
          list.length === 0 ? (
            <Empty>No user.</Empty>
          ) : (
            <div className="table-wrap">
              <table data-testid="users-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Since</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">
                        {u.full_name}
                        {u.id === session.user.id && <span className="muted small"> (you)</span>}
                      </th>
                      <td className="break">{u.email}</td>
                      <td>{formatDateTime(u.created_at)}</td>
                      <td className="actions">
                        {u.id !== session.user.id && (
                          <button type="button" className="btn btn-small btn-danger" onClick={() => setRemoving(u)}>
                            Remove<span className="sr-only"> {u.full_name}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Status</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((i) => (
                    <tr key={i.id}>
                      <th scope="row" className="break">
                        {i.email}
                      </th>
                      <td>
                        <StatusBadge status={i.status} />
                      </td>
                      <td>{formatDateTime(i.expires_at)}</td>
                      <td className="actions">
                        {i.status === 'pending' && (
                          <button
                            type="button"
                            className="btn btn-small btn-secondary"
                            onClick={() => act(async () => { await api.delete(`/v1/invitations/${i.id}`); await invitations.reload(); }, `Invitation for ${i.email} withdrawn.`)}
                          >
                            Withdraw<span className="sr-only"> invitation for {i.email}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this user?"
        confirmLabel="Remove user"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const u = removing;
          setRemoving(null);
          if (u) void act(async () => { await api.delete(`/v1/users/${u.id}`); await users.reload(); }, `${u.full_name} can no longer sign in.`);
        }}
      >
        <p>
          {removing?.full_name} ({removing?.email}) will no longer be able to sign in. Their name and email are deleted.
        </p>
      </ConfirmDialog>
    </section>
  );
}
