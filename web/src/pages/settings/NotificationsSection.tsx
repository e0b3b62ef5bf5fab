import { api } from '../../api';
import { StatusBadge } from '../../components/HealthBadge';
import { Async, Empty } from '../../components/Status';
import { formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';
import type { Notification } from '../../types';

export function NotificationsSection() {
  const list = useResource(() => api.get<Notification[]>('/v1/notifications'), 'notifications', 60_000);
  return (
    <section className="card" id="notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      <p className="muted">
        Every change of a server or feed to unhealthy and back is notified to the server's contact (or this account's users) and to every active webhook;
        failed deliveries are retried for several hours.
      </p>
      <Async data={list.data} error={list.error} reload={list.reload}>
        {(items) =>
          items.length === 0 ? (
            <Empty>Nothing notified yet.</Empty>
          ) : (
            <div className="table-wrap">
              <table data-testid="notifications-table">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Deliveries</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((n) => (
                    <tr key={n.id}>
                      <td className="nowrap">{formatDateTime(n.created_at)}</td>
                      <td>
                        <details>
                          <summary>{n.subject.replace(/^\[Canopy\]\s*/, '')}</summary>
                          <pre className="notification-text">{n.text}</pre>
                        </details>
                      </td>
                      <td>
                        <ul className="plain-list">
                          {n.deliveries.map((d) => (
                            <li key={d.id} className="small">
                              <StatusBadge status={d.status} /> {d.channel === 'webhook' ? 'webhook' : d.channel} <span className="break">{d.target}</span>
                              {d.attempts > 1 && <span className="muted"> · {d.attempts} attempts</span>}
                              {d.last_error && <div className="muted">{d.last_error}</div>}
                              {d.next_attempt_at && <div className="muted">next try {formatDateTime(d.next_attempt_at)}</div>}
                            </li>
                          ))}
                        </ul>
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
  );
}
