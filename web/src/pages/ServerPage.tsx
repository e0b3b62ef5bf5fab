import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { accountKeys, flattenFeeds, listCustomersWithFeeds } from '../api/accounts';
import { getServer, listServerHealth, listSyncs, serverKeys } from '../api/servers';
import type { SyncError, SyncRun } from '../api/types';
import { ContactEditor } from '../components/ContactEditor';
import { DataTable, type Column } from '../components/DataTable';
import { HealthBadge, HealthDetail, StatusBadge } from '../components/HealthBadge';
import { PageHeader } from '../components/PageHeader';
import { ServerActions } from '../components/ServerActions';
import { ServerSettingsForm } from '../components/ServerSettingsForm';
import { PAPER_WORDS, regionWords } from '../components/ServerSettingsFields';
import { ServerTrust } from '../components/ServerTrust';
import { Async, Empty } from '../components/Status';
import { useResource } from '../hooks/useResource';
import { formatDateTime, formatDay, formatDuration, formatPages, hostOf, plural } from '../format';
import { detectedWords, profileWords } from '../portal-words';
import './ServerPage.css';

export default function ServerPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justRegistered = (location.state as { registered?: boolean } | null)?.registered === true;
  const server = useResource(() => getServer(id), serverKeys.detail(id), 30_000);
  const health = useResource(() => listServerHealth(id), serverKeys.health(id), 60_000);
  const syncs = useResource(() => listSyncs(id), serverKeys.syncs(id), 15_000);
  const customers = useResource(listCustomersWithFeeds, accountKeys.customersWithFeeds, 30_000);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <Async data={server.data} error={server.error} reload={server.reload}>
      {(s) => (
        <>
          <PageHeader
            title={s.name}
            subtitle={`OneStop MPS Portal server · ${hostOf(s.url)}`}
            back={{ to: '/servers', label: 'Servers' }}
            actions={
              <>
                <Link className="btn btn-primary" to={`/servers/${s.id}/connect`} data-testid="connect-customers">
                  Connect customers
                </Link>
                <Link className="btn btn-secondary" to={`/customers?connect=${s.id}`}>
                  Connect one feed
                </Link>
              </>
            }
          />
          {justRegistered && (
            <div className="notice notice-success" role="status">
              Server registered: Canopy logged in to the portal successfully. Connect customer feeds to start collecting.
            </div>
          )}
          {saved && !editing && (
            <div className="notice notice-success" role="status" data-testid="settings-saved">
              Settings saved.
            </div>
          )}
          <ServerActions
            server={s}
            onChanged={() => {
              void server.reload();
              void syncs.reload();
              void health.reload();
              void customers.reload();
            }}
          />
          {editing && (
            <section className="card" aria-label="Server settings">
              <ServerSettingsForm
                server={s}
                onCancel={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                  void server.reload();
                }}
              />
            </section>
          )}
          <div className="grid-2">
            <section className="card" aria-labelledby="server-details">
              <div className="card-head">
                <h2 id="server-details">Details</h2>
                {!editing && (
                  <button
                    type="button"
                    className="btn btn-small btn-secondary"
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                  >
                    Edit settings
                  </button>
                )}
              </div>
              <dl className="details">
                <dt>Name</dt>
                <dd data-testid="server-name">{s.name}</dd>
                <dt>Health</dt>
                <dd>
                  <HealthDetail
                    state={s.health_check}
                    since={s.health_check_changed_at}
                    reason={s.health_check_reason}
                    code={s.health_reason}
                  />
                  <div className="muted small">Last checked {formatDateTime(s.health_check_checked_at)}</div>
                </dd>
                <dt>API URL</dt>
                <dd className="break">{s.url}</dd>
                <dt>Username</dt>
                <dd>
                  {s.username}
                  {s.client_id && <div className="muted small">OAuth2 client {s.client_id}</div>}
                </dd>
                <dt>Connection</dt>
                <dd>
                  <span data-testid="connection-profile" data-auth={s.connection_profile?.auth ?? ''}>
                    {s.connection_profile ? profileWords(s.connection_profile) : 'not yet detected'}
                  </span>
                  {s.connection_profile?.detected_at && <div className="muted small">{detectedWords(s.connection_profile)}</div>}
                </dd>
                <dt>Trust</dt>
                <dd>
                  <ServerTrust server={s} onSaved={() => void server.reload()} />
                </dd>
                <dt>Notifications to</dt>
                <dd>
                  <ContactEditor server={s} onSaved={() => void server.reload()} />
                </dd>
                <dt>Paper</dt>
                <dd>{PAPER_WORDS[s.paper_profile]}</dd>
                <dt>Time zone</dt>
                <dd>{s.time_zone}</dd>
                <dt>Holidays</dt>
                <dd>{regionWords(s.holiday_region)}</dd>
                <dt>Concurrency</dt>
                <dd>{s.concurrency === 1 ? 'one feed at a time' : `${s.concurrency} feeds at a time`}</dd>
                <dt>Registered</dt>
                <dd>{formatDateTime(s.created_at)}</dd>
              </dl>
            </section>
            <section className="card" aria-labelledby="server-health">
              <h2 id="server-health">Health history</h2>
              <Async data={health.data} error={health.error} reload={health.reload}>
                {(events) =>
                  events.length === 0 ? (
                    <Empty>
                      No health change recorded: the server has {s.health_check === 'healthy' ? 'been healthy' : 'not been checked yet'}.
                    </Empty>
                  ) : (
                    <ol className="plain-list timeline">
                      {events.map((e) => (
                        <li key={e.id}>
                          <HealthBadge state={e.new_state} />
                          <div>
                            <div>{formatDateTime(e.at)}</div>
                            {e.reason && <div className="muted small">{e.reason}</div>}
                          </div>
                        </li>
                      ))}
                    </ol>
                  )
                }
              </Async>
            </section>
          </div>

          <section className="card" aria-labelledby="server-feeds">
            <h2 id="server-feeds">Feeds</h2>
            <Async data={customers.data} error={customers.error} reload={customers.reload}>
              {(list) => {
                const feeds = flattenFeeds(list)
                  .filter((f) => f.server_id === s.id)
                  .sort((a, b) => a.account_name.localeCompare(b.account_name));
                return feeds.length === 0 ? (
                  <Empty>No customer feed on this server yet.</Empty>
                ) : (
                  <DataTable
                    rows={feeds}
                    rowKey={(f) => f.id}
                    columns={[
                      { header: 'Customer', rowHeader: true, cell: (f) => <Link to={`/customers/${f.account_id}`}>{f.account_name}</Link> },
                      { header: 'Portal id', cell: (f) => f.external_id },
                      { header: 'Status', cell: (f) => <StatusBadge status={f.status} /> },
                      {
                        header: 'Health',
                        cell: (f) => (
                          <HealthDetail
                            state={f.health_check}
                            since={f.health_check_changed_at}
                            reason={f.health_check_reason}
                            code={f.health_reason}
                          />
                        ),
                      },
                      { header: 'Activated', cell: (f) => formatDay(f.activated_at.slice(0, 10)) },
                      {
                        header: 'Synced through',
                        cell: (f) => (f.synced_through ? formatDay(f.synced_through) : <span className="muted">not yet</span>),
                      },
                    ]}
                  />
                );
              }}
            </Async>
          </section>

          <section className="card" aria-labelledby="server-syncs">
            <h2 id="server-syncs">Sync history</h2>
            <Async data={syncs.data} error={syncs.error} reload={syncs.reload}>
              {(runs) =>
                runs.length === 0 ? (
                  <Empty>No collection has run on this server yet. The nightly collection runs after 02:00 ({s.time_zone}).</Empty>
                ) : (
                  <DataTable rows={runs} rowKey={(r) => r.id} testId="sync-history" columns={SYNC_COLUMNS} />
                )
              }
            </Async>
          </section>
        </>
      )}
    </Async>
  );
}

/** A run's errors (which have no id) with keys of their own: feed and message, and which time it is when repeated. */
function keyedErrors(errors: readonly SyncError[]): Array<{ key: string; error: SyncError }> {
  const seen = new Map<string, number>();
  return errors.map((error) => {
    const what = JSON.stringify([error.feed_id, error.message]);
    const time = (seen.get(what) ?? 0) + 1;
    seen.set(what, time);
    return { key: `${what}#${time}`, error };
  });
}

const SYNC_COLUMNS: Array<Column<SyncRun>> = [
  { header: 'Started', cell: (r) => formatDateTime(r.started_at) },
  { header: 'Trigger', cell: (r) => r.trigger },
  { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
  { header: 'Duration', numeric: true, cell: (r) => (r.status === 'running' ? 'running…' : formatDuration(r.duration_ms)) },
  { header: 'Feeds', numeric: true, cell: (r) => formatPages(r.feeds) },
  { header: 'Days', numeric: true, cell: (r) => formatPages(r.days) },
  {
    header: 'Requests',
    numeric: true,
    cell: (r) => (
      <>
        {formatPages(r.requests)}
        {r.retries > 0 && <span className="muted small"> ({r.retries} retried)</span>}
      </>
    ),
  },
  {
    header: 'In flight',
    numeric: true,
    cell: (r) =>
      r.concurrency === null ? (
        <span className="muted">—</span>
      ) : (
        <span title="Requests in flight to the portal at each request's start: least, median, most">
          {r.concurrency.min === r.concurrency.max
            ? r.concurrency.max
            : `${r.concurrency.min}–${r.concurrency.max} (median ${r.concurrency.median})`}
          {r.throttled > 0 && <span className="muted small"> · {plural(r.throttled, 'refused request')}</span>}
        </span>
      ),
  },
  {
    header: 'Errors',
    cell: (r) =>
      r.errors.length === 0 ? (
        <span className="muted">none</span>
      ) : (
        <details>
          <summary>{plural(r.errors.length, 'error')}</summary>
          <ul className="plain-list error-list">
            {keyedErrors(r.errors).map(({ key, error }) => (
              <li key={key}>{error.message}</li>
            ))}
          </ul>
        </details>
      ),
  },
];
