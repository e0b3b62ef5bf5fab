import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/client';
import type { Webhook } from '../../api/types';
import { createWebhook, deleteWebhook, listWebhooks, setWebhookStatus, webhookKeys } from '../../api/webhooks';
import { DataTable } from '../../components/DataTable';
import { StatusBadge } from '../../components/HealthBadge';
import { SecretBox } from '../../components/SecretBox';
import { Async, Empty } from '../../components/Status';
import { formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';

export function WebhooksSection() {
  const hooks = useResource(listWebhooks, webhookKeys.list);
  const [url, setUrl] = useState('');
  const [created, setCreated] = useState<Webhook | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!/^https:\/\//i.test(url.trim())) return setError('The webhook URL must start with https://.');
    setBusy(true);
    try {
      setCreated(await createWebhook(url.trim()));
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
        Health changes of your servers and feeds are emailed to each server's contact and POSTed, signed (<code>X-Canopy-Signature</code>),
        to these URLs.
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {created?.secret && (
        <SecretBox label="The signing secret of the new webhook." secret={created.secret} onDone={() => setCreated(null)} />
      )}
      <form className="inline-form" onSubmit={create}>
        <div className="field grow">
          <label htmlFor="webhook-url">Webhook URL</label>
          <input
            id="webhook-url"
            type="url"
            required
            placeholder="https://example.com/canopy-events"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
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
            <DataTable
              rows={list}
              rowKey={(w) => w.id}
              columns={[
                { header: 'URL', rowHeader: true, className: 'break', cell: (w) => w.url },
                { header: 'Status', cell: (w) => <StatusBadge status={w.status} /> },
                { header: 'Added', cell: (w) => formatDateTime(w.created_at) },
              ]}
              actions={[
                {
                  id: 'status',
                  label: (w) => (w.status === 'active' ? 'Pause' : 'Resume'),
                  srLabel: (w) => w.url,
                  variant: 'secondary',
                  run: (w) => run(() => setWebhookStatus(w.id, w.status === 'active' ? 'inactive' : 'active')),
                },
                {
                  label: 'Delete',
                  srLabel: (w) => w.url,
                  variant: 'danger',
                  confirm: {
                    title: 'Delete this webhook?',
                    confirmLabel: 'Delete webhook',
                    danger: true,
                    body: (w) => <p className="break">{w.url} will no longer receive notifications.</p>,
                  },
                  run: (w) => run(() => deleteWebhook(w.id)),
                },
              ]}
            />
          )
        }
      </Async>
    </section>
  );
}
