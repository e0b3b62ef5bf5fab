import { DeliveryStatus } from '../../components/DeliveryStatus';
import { listNotifications, notificationKeys } from '../../api/notifications';
import { DataTable } from '../../components/DataTable';
import { StatusBadge } from '../../components/HealthBadge';
import { Async, Empty } from '../../components/Status';
import { formatDateTime } from '../../format';
import { useResource } from '../../hooks/useResource';
import { EmailText } from './EmailSection';
import './NotificationsSection.css';

export function NotificationsSection() {
  const list = useResource(listNotifications, notificationKeys.list, 60_000);
  return (
    <section className="card" id="notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      <p className="muted">
        Every change of a server or feed to unhealthy and back is notified to the server's contact (or this account's users) and to every
        active webhook; failed deliveries are retried for several hours. Open one to see the e-mail exactly as it was sent (or would have
        been, when it was only logged).
      </p>
      <Async data={list.data} error={list.error} reload={list.reload}>
        {(items) =>
          items.length === 0 ? (
            <Empty>Nothing notified yet.</Empty>
          ) : (
            <DataTable
              rows={items}
              rowKey={(n) => n.id}
              testId="notifications-table"
              columns={[
                { header: 'When', className: 'nowrap', cell: (n) => formatDateTime(n.created_at) },
                {
                  header: 'Subject',
                  cell: (n) => (
                    <details data-testid="notification-email">
                      <summary>{n.subject.replace(/^\[Canopy\]\s*/, '')}</summary>
                      <EmailText subject={n.subject} text={n.text} />
                    </details>
                  ),
                },
                {
                  header: 'Deliveries',
                  cell: (n) => (
                    <ul className="plain-list">
                      {n.deliveries.map((d) => (
                        <li key={d.id} className="small">
                          {d.channel === 'log' ? (
                            <DeliveryStatus delivery={d} />
                          ) : (
                            <>
                              <StatusBadge status={d.status} /> {d.channel === 'webhook' ? 'webhook' : d.channel}{' '}
                              <span className="break">{d.target}</span>
                            </>
                          )}
                          {d.attempts > 1 && <span className="muted"> · {d.attempts} attempts</span>}
                          {d.last_error && <div className="muted">{d.last_error}</div>}
                          {d.next_attempt_at && <div className="muted">next try {formatDateTime(d.next_attempt_at)}</div>}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          )
        }
      </Async>
    </section>
  );
}
