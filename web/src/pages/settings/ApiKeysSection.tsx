import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../../api';
import { ConfirmDialog } from '../../components/Confirm';
import { SecretBox } from '../../components/SecretBox';
import { Async, Empty } from '../../components/Status';
import { formatAgo, formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';
import type { ApiKey } from '../../types';

export function ApiKeysSection() {
  const keys = useResource(() => api.get<ApiKey[]>('/v1/api_keys'), 'api-keys');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<ApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const key = await api.post<ApiKey>('/v1/api_keys', { name: name.trim() || 'API key' });
      setCreated(key);
      setName('');
      await keys.reload();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(k: ApiKey) {
    setRevoking(null);
    setError(null);
    try {
      await api.delete(`/v1/api_keys/${k.id}`);
      await keys.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <section className="card" id="api-keys" aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading">API keys</h2>
      <p className="muted">Keys let your software call the Canopy API (PrintReleaf API v1 compatible). A key acts for this account.</p>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {created?.key && <SecretBox label={`Your new key “${created.name}”.`} secret={created.key} onDone={() => setCreated(null)} />}
      <form className="inline-form" onSubmit={create}>
        <div className="field">
          <label htmlFor="key-name">Key name</label>
          <input id="key-name" maxLength={100} placeholder="e.g. Billing integration" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Create API key
        </button>
      </form>
      <Async data={keys.data} error={keys.error} reload={keys.reload}>
        {(list) => {
          const live = list.filter((k) => !k.revoked_at);
          return live.length === 0 ? (
            <Empty>No active key.</Empty>
          ) : (
            <div className="table-wrap">
              <table data-testid="api-keys-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Key</th>
                    <th scope="col">Created</th>
                    <th scope="col">Last used</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {live.map((k) => (
                    <tr key={k.id}>
                      <th scope="row">{k.name}</th>
                      <td>
                        <code>{k.prefix}…</code>
                      </td>
                      <td>{formatDateTime(k.created_at)}</td>
                      <td>{k.last_used_at ? formatAgo(k.last_used_at) : <span className="muted">never</span>}</td>
                      <td className="actions">
                        <button type="button" className="btn btn-small btn-danger" onClick={() => setRevoking(k)}>
                          Revoke<span className="sr-only"> {k.name}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </Async>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this API key?"
        confirmLabel="Revoke key"
        danger
        onConfirm={() => revoking && void revoke(revoking)}
        onCancel={() => setRevoking(null)}
      >
        <p>
          Software using <code>{revoking?.prefix}…</code> ({revoking?.name}) stops working at once. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
