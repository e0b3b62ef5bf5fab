import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, messageOf } from '../api';
import { backfillState } from '../backfill';
import { formatDay, hostOf } from '../format';
import { useResource } from '../hooks/useResource';
import type { Feed, Server } from '../types';
import { ProgressBar } from './BackfillProgress';
import { HealthDetail, StatusBadge } from './HealthBadge';
import { Async, Empty } from './Status';

/** The feeds of a customer account, with live backfill progress and activate / deactivate. */
export function FeedList({ accountId, onChange }: { accountId: string; onChange(): void }) {
  const servers = useResource(() => api.get<Server[]>('/v1/servers'), 'servers-list');
  const [poll, setPoll] = useState(2000);
  const feeds = useResource(
    async () => {
      const list = await api.get<Feed[]>(`/v1/accounts/${accountId}/feeds`);
      const running = list.some((f) => f.status === 'active' && !backfillState(f).finished);
      setPoll(running ? 2000 : 30_000);
      return list;
    },
    `feeds-${accountId}`,
    poll,
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle(f: Feed) {
    setBusy(f.id);
    setError(null);
    try {
      await api.post<Feed>(`/v1/feeds/${f.id}/${f.status === 'active' ? 'deactivate' : 'activate'}`);
      await feeds.reload();
      onChange();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  }

  const serverOf = (id: string) => servers.data?.find((s) => s.id === id);

  return (
    <section className="card" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds</h2>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      <Async data={feeds.data} error={feeds.error} reload={feeds.reload}>
        {(list) =>
          list.length === 0 ? (
            <Empty>
              No feed: <Link to="/customers?connect=">connect a portal customer</Link> to this account.
            </Empty>
          ) : (
            <div className="table-wrap">
              <table data-testid="feeds-table">
                <thead>
                  <tr>
                    <th scope="col">Portal customer</th>
                    <th scope="col">Status</th>
                    <th scope="col">Health</th>
                    <th scope="col">Activated</th>
                    <th scope="col">Collected</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((f) => {
                    const server = serverOf(f.server_id);
                    const st = backfillState(f, server?.time_zone);
                    return (
                      <tr key={f.id} data-feed-id={f.id}>
                        <th scope="row">
                          #{f.external_id}
                          <div className="muted small">
                            on <Link to={`/servers/${f.server_id}`}>{server ? hostOf(server.url) : 'server'}</Link>
                          </div>
                        </th>
                        <td>
                          <StatusBadge status={f.status} />
                        </td>
                        <td>
                          <HealthDetail state={f.health_check} since={f.health_check_changed_at} reason={f.health_check_reason} />
                        </td>
                        <td>{formatDay(f.activated_at.slice(0, 10))}</td>
                        <td className="progress-cell">
                          {st.finished ? (
                            <span>through {f.synced_through ? formatDay(f.synced_through) : '—'}</span>
                          ) : (
                            <ProgressBar feed={f} label={`#${f.external_id}`} timeZone={server?.time_zone} />
                          )}
                        </td>
                        <td className="actions">
                          <button type="button" className="btn btn-small btn-secondary" disabled={busy !== null} onClick={() => toggle(f)}>
                            {f.status === 'active' ? 'Deactivate' : 'Activate'}
                            <span className="sr-only"> feed {f.external_id}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )
        }
      </Async>
    </section>
  );
}
