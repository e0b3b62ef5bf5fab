import { useState, type FormEvent } from 'react';
import { api, messageOf } from '../../api';
import { ConfirmDialog } from '../../components/Confirm';
import { StatusBadge } from '../../components/HealthBadge';
import { SecretBox } from '../../components/SecretBox';
import { Async, Empty } from '../../components/Status';
import { formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';
import type { Webhook } from '../../types';

export function WebhooksSection() {
  const hooks = useResource(() => api.get<Webhook[]>('/v1/webhooks'), 'webhooks');
  const [url, setUrl] = useState('');
  const [created, setCreated] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!/^https:\/\//i.test(url.trim())) return setError('The webhook URL must start with https://.');
    setBusy(true);
    try {
      setCreated(await api.post<Webhook>('/v1/webhooks', { url: url.trim() }));
      setUrl('');
      await hooks.reload();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function run(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      await hooks.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <section className="card" id="webhooks" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p className="muted">
        Health changes of your servers and feeds are emailed to each server's contact and POSTed, signed (<code>X-Canopy-Signature</code>), to these URLs.
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {created?.secret && <SecretBox label="The signing secret of the new webhook." secret={created.secret} onDone={() => setCreated(null)} />}
      <form className="inline-form" onSubmit={create}>
        <div className="field grow">
          <label htmlFor="webhook-url">Webhook URL</label>
          <input id="webhook-url" type="url" required placeholder="https://example.com/canopy-events" value={url} onChange={(e) => setUrl(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Add webhook
        </button>
      </form>
      <Async data={hooks.data} error={hooks.error} reload={hooks.reload}>
        {(list) =>
          list.length === 0 ? (
            <Empty>No webhook: notifications are sent by email only.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">URL</th>
                    <th scope="col">Status</th>
                    <th scope="col">Added</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((w) => (
                    <tr key={w.id}>
                      <th scope="row" className="break">
                        {w.url}
                      </th>
                      <td>
                        <StatusBadge status={w.status} />
                      </td>
                      <td>{formatDateTime(w.created_at)}</td>
                      <td className="actions">
                        <button
                          type="button"
                          className="btn btn-small btn-secondary"
                          onClick={() => run(() => api.patch(`/v1/webhooks/${w.id}`, { status: w.status === 'active' ? 'inactive' : 'active' }))}
                        >
                          {w.status === 'active' ? 'Pause' : 'Resume'}
                          <span className="sr-only"> {w.url}</span>
                        </button>
                        <button type="button" className="btn btn-small btn-danger" onClick={() => setDeleting(w)}>
                          Delete<span className="sr-only"> {w.url}</span>
                        </button>
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
        open={deleting !== null}
        title="Delete this webhook?"
        confirmLabel="Delete webhook"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const w = deleting;
          setDeleting(null);
          if (w) void run(() => api.delete(`/v1/webhooks/${w.id}`));
        }}
      >
        <p className="break">{deleting?.url} will no longer receive notifications.</p>
      </ConfirmDialog>
    </section>
  );
}
