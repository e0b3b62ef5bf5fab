import { useState, type FormEvent } from 'react';
import { apiKeyKeys, createApiKey, listApiKeys, revokeApiKey } from '../../api/apiKeys';
import { messageOf } from '../../api/client';
import type { ApiKey, ApiKeyCreated, ApiKeyScope } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { SecretBox } from '../../components/SecretBox';
import { Async, Empty } from '../../components/Status';
import { formatAgo, formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';

const SCOPES: Record<ApiKeyScope, { label: string; hint: string }> = {
  full: { label: 'Full access', hint: 'Can read and change everything this account can.' },
  read: { label: 'Read only', hint: 'Can only read (GET requests); any change is refused.' },
};

export function ApiKeysSection() {
  const keys = useResource(listApiKeys, apiKeyKeys.list);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('full');
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const key = await createApiKey({ name: name.trim() || 'API key', scope });
      setCreated(key);
      setName('');
      setScope('full');
      await keys.reload();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(k: ApiKey) {
    setError(null);
    try {
      await revokeApiKey(k.id);
      await keys.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <section className="card" id="api-keys" aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading">API keys</h2>
      <p className="muted">
        Keys let your software call the Canopy API (PrintReleaf API v1 compatible). A key acts for this account: a full-access key can read
        and change everything, a read-only key can only read.
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {created?.key && (
        <SecretBox
          label={`Your new ${scopeOf(created) === 'read' ? 'read-only' : 'full-access'} key “${created.name}”.`}
          secret={created.key}
          onDone={() => setCreated(null)}
        />
      )}
      <form className="inline-form" onSubmit={create}>
        <div className="field">
          <label htmlFor="key-name">Key name</label>
          <input
            id="key-name"
            maxLength={100}
            placeholder="e.g. Billing integration"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="key-scope">Scope</label>
          <select id="key-scope" value={scope} aria-describedby="key-scope-hint" onChange={(e) => setScope(e.target.value as ApiKeyScope)}>
            {(['full', 'read'] as const).map((s) => (
              <option key={s} value={s}>
                {SCOPES[s].label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Create API key
        </button>
      </form>
      <p id="key-scope-hint" className="hint">
        {SCOPES[scope].label}: {SCOPES[scope].hint}
      </p>
      <Async data={keys.data} error={keys.error} reload={keys.reload}>
        {(list) => {
          const live = list.filter((k) => !k.revoked_at);
          return live.length === 0 ? (
            <Empty>No active key.</Empty>
          ) : (
            <DataTable
              rows={live}
              rowKey={(k) => k.id}
              testId="api-keys-table"
              columns={[
                { header: 'Name', rowHeader: true, cell: (k) => k.name },
                { header: 'Key', cell: (k) => <code>{k.prefix}…</code> },
                { header: 'Scope', cellProps: (k) => ({ 'data-scope': scopeOf(k) }), cell: (k) => SCOPES[scopeOf(k)].label },
                {
                  header: 'Created',
                  cell: (k) => (
                    <>
                      {formatDateTime(k.created_at)}
                      {k.created_by_key_id && <CreatedBy id={k.created_by_key_id} keys={list} />}
                    </>
                  ),
                },
                { header: 'Last used', cell: (k) => (k.last_used_at ? formatAgo(k.last_used_at) : <span className="muted">never</span>) },
              ]}
              actions={[
                {
                  label: 'Revoke',
                  srLabel: (k) => k.name,
                  variant: 'danger',
                  confirm: {
                    title: 'Revoke this API key?',
                    confirmLabel: 'Revoke key',
                    danger: true,
                    body: (k) => (
                      <p>
                        Software using <code>{k.prefix}…</code> ({k.name}) stops working at once. This cannot be undone.
                      </p>
                    ),
                  },
                  run: revoke,
                },
              ]}
            />
          );
        }}
      </Async>
    </section>
  );
}

/** A key made through the API by another key: which one (it may since have been revoked). */
function CreatedBy({ id, keys }: { id: string; keys: ApiKey[] }) {
  const creator = keys.find((k) => k.id === id);
  return (
    <span className="muted small">
      {' '}
      {creator ? (
        <>
          by key {creator.name} (<code>{creator.prefix}…</code>)
        </>
      ) : (
        'by another key'
      )}
    </span>
  );
}

/** Keys created before scopes existed have none in older answers: they have full access. */
function scopeOf(k: ApiKey): ApiKeyScope {
  return k.scope === 'read' ? 'read' : 'full';
}
