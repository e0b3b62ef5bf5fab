import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { accountKeys, flattenFeeds, listCustomersWithFeeds } from '../api/accounts';
import { listServersWithSyncs, serverKeys } from '../api/servers';
import { DataTable } from '../components/DataTable';
import { HealthDetail, StatusBadge } from '../components/HealthBadge';
import { PageHeader } from '../components/PageHeader';
import { RegisterServerForm } from '../components/RegisterServerForm';
import { Async, Empty } from '../components/Status';
import { useResource } from '../hooks/useResource';
import { formatAgo, formatDuration, hostOf } from '../format';
import { authWords } from '../portal-words';

export default function ServersPage() {
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const servers = useResource(listServersWithSyncs, serverKeys.withSyncs, 30_000);
  const customers = useResource(listCustomersWithFeeds, accountKeys.customersWithFeeds, 60_000);
  const feeds = customers.data ? flattenFeeds(customers.data) : undefined;

  return (
    <>
      <PageHeader
        title="Servers"
        subtitle="The OneStop MPS Portal servers Canopy reads meter counters from (read-only)."
        actions={
          !registering && (
            <button type="button" className="btn btn-primary" onClick={() => setRegistering(true)}>
              Register OneStop MPS Portal server
            </button>
          )
        }
      />
      {registering && (
        <section className="card" aria-labelledby="register-heading">
          <h2 id="register-heading">Register OneStop MPS Portal server</h2>
          <RegisterServerForm
            onCancel={() => setRegistering(false)}
            onRegistered={(s) => navigate(`/servers/${s.id}`, { state: { registered: true } })}
          />
        </section>
      )}
      <section className="card" aria-labelledby="servers-heading">
        <h2 id="servers-heading">Registered servers</h2>
        <Async data={servers.data} error={servers.error} reload={servers.reload}>
          {(list) =>
            list.length === 0 ? (
              <Empty>No server yet. Register your OneStop MPS Portal to start connecting customer feeds.</Empty>
            ) : (
              <DataTable
                rows={list}
                rowKey={({ server }) => server.id}
                testId="servers-table"
                columns={[
                  {
                    header: 'Server',
                    rowHeader: true,
                    cell: ({ server }) => (
                      <>
                        <Link to={`/servers/${server.id}`}>{server.name}</Link>
                        <div className="muted small">
                          {[
                            hostOf(server.url),
                            server.username,
                            server.connection_profile && authWords(server.connection_profile.auth),
                            server.ca_certificate && 'own CA certificate',
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </div>
                      </>
                    ),
                  },
                  {
                    header: 'Health',
                    cell: ({ server }) => (
                      <HealthDetail
                        state={server.health_check}
                        since={server.health_check_changed_at}
                        reason={server.health_check_reason}
                        code={server.health_reason}
                      />
                    ),
                  },
                  {
                    header: 'Feeds',
                    numeric: true,
                    cell: ({ server }) => {
                      const own = feeds?.filter((f) => f.server_id === server.id);
                      return own ? own.length : '…';
                    },
                  },
                  {
                    header: 'Last sync',
                    cell: ({ syncs }) => {
                      const last = syncs[0];
                      return last ? (
                        <>
                          <StatusBadge status={last.status} />{' '}
                          <span className="muted small">
                            {formatAgo(last.started_at)} · {formatDuration(last.duration_ms)}
                          </span>
                        </>
                      ) : (
                        <span className="muted">never</span>
                      );
                    },
                  },
                  {
                    header: 'Contact',
                    className: 'break',
                    cell: ({ server }) => server.contact ?? <span className="muted">users of the account</span>,
                  },
                ]}
              />
            )
          }
        </Async>
      </section>
    </>
  );
}
