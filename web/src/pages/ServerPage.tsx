import { Link, useLocation, useParams } from 'react-router-dom';
import { api } from '../api';
import { ContactEditor } from '../components/ContactEditor';
import { HealthBadge, HealthDetail, StatusBadge } from '../components/HealthBadge';
import { PageHeader } from '../components/PageHeader';
import { Async, Empty } from '../components/Status';
import { useResource } from '../hooks/useResource';
import { formatDateTime, formatDay, formatDuration, formatPages, hostOf } from '../format';
import { flattenFeeds, listCustomersWithFeeds } from '../queries';
import type { HealthEvent, Server, SyncRun } from '../types';

export default function ServerPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justRegistered = (location.state as { registered?: boolean } | null)?.registered === true;
  const server = useResource(() => api.get<Server>(`/v1/servers/${id}`), id, 30_000);
  const health = useResource(() => api.get<HealthEvent[]>(`/v1/servers/${id}/health`), `h-${id}`, 60_000);
  const syncs = useResource(() => api.get<SyncRun[]>(`/v1/servers/${id}/syncs`), `s-${id}`, 15_000);
  const customers = useResource(listCustomersWithFeeds, 'customers-feeds', 30_000);

  return (
    <Async data={server.data} error={server.error} reload={server.reload}>
      {(s) => (
        <>
          <PageHeader
            title={hostOf(s.url)}
            subtitle="OneStop MPS Portal server"
            back={{ to: '/servers', label: 'Servers' }}
            actions={
              <Link className="btn btn-primary" to={`/customers?connect=${s.id}`}>
                Connect customer feed
              </Link>
            }
          />
          {justRegistered && (
            <div className="notice notice-success" role="status">
              Server registered: Canopy logged in to the portal successfully. Connect customer feeds to start collecting.
            </div>
          )}
          <div className="grid-2">
            <section className="card" aria-labelledby="server-details">
              <h2 id="server-details">Details</h2>
              <dl className="details">
                <dt>Health</dt>
                <dd>
                  <HealthDetail state={s.health_check} since={s.health_check_changed_at} reason={s.health_check_reason} />
                  <div className="muted small">Last checked {formatDateTime(s.health_check_checked_at)}</div>
                </dd>
                <dt>API URL</dt>
                <dd className="break">{s.url}</dd>
                <dt>Username</dt>
                <dd>{s.username}</dd>
                <dt>Notifications to</dt>
                <dd>
                  <ContactEditor server={s} onSaved={() => void server.reload()} />
                </dd>
                <dt>Paper</dt>
                <dd>{s.paper_profile === 'a4' ? 'A4 / A3, 80 g/m²' : 'Letter / Tabloid, 20 lb'}</dd>
                <dt>Time zone</dt>
                <dd>
                  {s.time_zone} · holidays {s.holiday_region}
                </dd>
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
                    <Empty>No health change recorded: the server has {s.health_check === 'healthy' ? 'been healthy' : 'not been checked yet'}.</Empty>
                  ) : (
                    <ol className="timeline">
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
                  <div className="table-wrap">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Customer</th>
                          <th scope="col">Portal id</th>
                          <th scope="col">Status</th>
                          <th scope="col">Health</th>
                          <th scope="col">Activated</th>
                          <th scope="col">Synced through</th>
                        </tr>
                      </thead>
                      <tbody>
                        {feeds.map((f) => (
                          <tr key={f.id}>
                            <th scope="row">
                              <Link to={`/customers/${f.account_id}`}>{f.account_name}</Link>
                            </th>
                            <td>{f.external_id}</td>
                            <td>
                              <StatusBadge status={f.status} />
                            </td>
                            <td>
                              <HealthDetail state={f.health_check} since={f.health_check_changed_at} reason={f.health_check_reason} />
                            </td>
                            <td>{formatDay(f.activated_at.slice(0, 10))}</td>
                            <td>{f.synced_through ? formatDay(f.synced_through) : <span className="muted">not yet</span>}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
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
                  <div className="table-wrap">
                    <table data-testid="sync-history">
                      <thead>
                        <tr>
                          <th scope="col">Started</th>
                          <th scope="col">Trigger</th>
                          <th scope="col">Status</th>
                          <th scope="col" className="num">
                            Duration
                          </th>
                          <th scope="col" className="num">
                            Feeds
                          </th>
                          <th scope="col" className="num">
                            Days
                          </th>
                          <th scope="col" className="num">
                            Requests
                          </th>
                          <th scope="col">Errors</th>
                        </tr>
                      </thead>
                      <tbody>
                        {runs.map((r) => (
                          <tr key={r.id}>
                            <td>{formatDateTime(r.started_at)}</td>
                            <td>{r.trigger}</td>
                            <td>
                              <StatusBadge status={r.status} />
                            </td>
                            <td className="num">{r.status === 'running' ? 'running…' : formatDuration(r.duration_ms)}</td>
                            <td className="num">{formatPages(r.feeds)}</td>
                            <td className="num">{formatPages(r.days)}</td>
                            <td className="num">
                              {formatPages(r.requests)}
                              {r.retries > 0 && <span className="muted small"> ({r.retries} retried)</span>}
                            </td>
                            <td>
                              {r.errors.length === 0 ? (
                                <span className="muted">none</span>
                              ) : (
                                <details>
                                  <summary>
                                    {r.errors.length} {r.errors.length === 1 ? 'error' : 'errors'}
                                  </summary>
                                  <ul className="error-list">
                                    {r.errors.map((e, i) => (
                                      <li key={i}>
                                        {e.message}
                                      </li>
                                    ))}
                                  </ul>
                                </details>
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
          </section>
        </>
      )}
    </Async>
  );
}
