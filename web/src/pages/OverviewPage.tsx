import { DeliveryStatus } from '../components/DeliveryStatus';
import { Link } from 'react-router-dom';
import { accountKeys, flattenFeeds, getOwnAccount, listAccounts, listCustomersWithFeeds, type CustomerWithFeeds } from '../api/accounts';
import { certificateKeys, certificateMonth, customerCertificatesOf, listCertificates } from '../api/certificates';
import { listNotifications, notificationKeys } from '../api/notifications';
import { listServersWithSyncs, serverKeys, type ServerWithSyncs } from '../api/servers';
import { getVolume, volumeKeys } from '../api/volume';
import { useIsProvider, useSession } from '../auth';
import { AnnualReports } from '../components/AnnualReports';
import { DataTable } from '../components/DataTable';
import { healthReasonWords } from '../health-reasons';
import { HealthBadge, StatusBadge } from '../components/HealthBadge';
import { ImpactChart } from '../components/ImpactChart';
import { OnboardingChecklist } from '../components/OnboardingChecklist';
import { AccountTotals } from '../components/ImpactEquivalents';
import { PageHeader } from '../components/PageHeader';
import { Async, Empty, ErrorMessage, Loading } from '../components/Status';
import { MonthlyVolumeCard } from '../components/VolumeCharts';
import { useResource, type Resource } from '../hooks/useResource';
import { addMonths, formatAgo, formatDateTime, formatDuration, formatMonth, formatPages, formatTrees, plural, today } from '../format';
import { CustomerView } from './CustomerPage';
import './OverviewPage.css';

export default function OverviewPage() {
  const provider = useIsProvider();
  const session = useSession();
  if (!provider) return <CustomerView accountId={session.account.id} ownAccount />;
  return <ProviderOverview />;
}

function ProviderOverview() {
  const session = useSession();
  const thisMonth = `${today().slice(0, 7)}-01`;
  const account = useResource(getOwnAccount, accountKeys.own, 60_000);
  const volumeQuery = { period: 'monthly', start_date: addMonths(thisMonth, -11), end_date: today(), coverage: true } as const;
  const volume = useResource(() => getVolume(volumeQuery), volumeKeys.own(volumeQuery));
  const servers = useResource(listServersWithSyncs, serverKeys.withSyncs, 30_000);
  const customers = useResource(listCustomersWithFeeds, accountKeys.customersWithFeeds, 30_000);

  return (
    <>
      <PageHeader title="Overview" subtitle={session.account.name} />
      <OnboardingChecklist servers={servers} customers={customers} />
      <section aria-labelledby="totals-heading" className="section">
        <h2 id="totals-heading" className="sr-only">
          Pages, trees and what the paper took
        </h2>
        <Async data={account.data} error={account.error} reload={account.reload}>
          {(a) => <AccountTotals account={a} />}
        </Async>
      </section>

      <div className="grid-2">
        <MonthlyVolumeCard headingId="chart-heading" />
        <HealthSummary servers={servers} customers={customers} />
      </div>

      <section className="card" aria-labelledby="impact-heading">
        <div className="card-head">
          <h2 id="impact-heading">What the paper took</h2>
        </div>
        <Async data={volume.data} error={volume.error} reload={volume.reload}>
          {(points) => <ImpactChart points={points} lastMonth={thisMonth} />}
        </Async>
      </section>
      <AnnualReports accountId={session.account.id} who={session.account.name} />

      <div className="grid-2">
        <RecentSyncs servers={servers} />
        <LastMonthCertificates />
      </div>
      <RecentNotifications />
    </>
  );
}

function HealthSummary({ servers, customers }: { servers: Resource<ServerWithSyncs[]>; customers: Resource<CustomerWithFeeds[]> }) {
  const error = servers.error ?? customers.error;
  return (
    <section className="card" aria-labelledby="health-heading" data-testid="health-summary">
      <h2 id="health-heading">Health</h2>
      {error !== undefined ? (
        <ErrorMessage error={error} retry={() => void Promise.all([servers.reload(), customers.reload()])} />
      ) : !servers.data || !customers.data ? (
        <Loading />
      ) : (
        (() => {
          const srv = servers.data.map((s) => s.server);
          const feeds = flattenFeeds(customers.data).filter((f) => f.status === 'active');
          const badServers = srv.filter((s) => s.health_check === 'unhealthy');
          const badFeeds = feeds.filter((f) => f.health_check === 'unhealthy');
          return (
            <>
              <div className="health-counts">
                <div className={`health-count ${badServers.length ? 'bad' : 'good'}`} data-testid="unhealthy-servers">
                  <span className="big">{badServers.length}</span> of {plural(srv.length, 'server')} unhealthy
                </div>
                <div className={`health-count ${badFeeds.length ? 'bad' : 'good'}`} data-testid="unhealthy-feeds">
                  <span className="big">{badFeeds.length}</span> of {plural(feeds.length, 'active feed')} unhealthy
                </div>
              </div>
              {badServers.length + badFeeds.length === 0 ? (
                <Empty>
                  {srv.length
                    ? 'Everything is healthy: every server logs in and every feed reports new data.'
                    : 'No server registered yet.'}
                </Empty>
              ) : (
                <ul className="plain-list issue-list">
                  {badServers.map((s) => (
                    <li key={s.id}>
                      <HealthBadge state="unhealthy" />
                      <div>
                        <Link to={`/servers/${s.id}`}>Server {s.name}</Link>
                        <div className="muted small">
                          {s.health_reason && <strong data-reason={s.health_reason}>{healthReasonWords(s.health_reason)} </strong>}
                          since {formatDateTime(s.health_check_changed_at)} ({formatAgo(s.health_check_changed_at)}) —{' '}
                          {s.health_check_reason ?? 'no reason given'}
                        </div>
                      </div>
                    </li>
                  ))}
                  {badFeeds.map((f) => (
                    <li key={f.id}>
                      <HealthBadge state="unhealthy" />
                      <div>
                        <Link to={`/customers/${f.account_id}`}>{f.account_name}</Link>{' '}
                        <span className="muted small">(portal customer {f.external_id})</span>
                        <div className="muted small">
                          {f.health_reason && <strong data-reason={f.health_reason}>{healthReasonWords(f.health_reason)} </strong>}
                          since {formatDateTime(f.health_check_changed_at)} ({formatAgo(f.health_check_changed_at)}) —{' '}
                          {f.health_check_reason ?? 'no reason given'}
                        </div>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        })()
      )}
    </section>
  );
}

function RecentSyncs({ servers }: { servers: Resource<ServerWithSyncs[]> }) {
  return (
    <section className="card" aria-labelledby="syncs-heading">
      <h2 id="syncs-heading">Recent syncs</h2>
      <Async data={servers.data} error={servers.error} reload={servers.reload}>
        {(list) => {
          const syncs = list
            .flatMap(({ server, syncs }) => syncs.map((s) => ({ ...s, host: server.name })))
            .sort((a, b) => b.started_at.localeCompare(a.started_at))
            .slice(0, 6);
          if (!syncs.length) return <Empty>No collection has run yet.</Empty>;
          return (
            <DataTable
              rows={syncs}
              rowKey={(r) => r.id}
              columns={[
                { header: 'Started', cell: (r) => formatDateTime(r.started_at) },
                { header: 'Server', cell: (r) => <Link to={`/servers/${r.server_id}`}>{r.host}</Link> },
                {
                  header: 'Status',
                  cell: (r) => (
                    <>
                      <StatusBadge status={r.status} />
                      {r.errors.length > 0 && <span className="muted small"> {r.errors.length} errors</span>}
                    </>
                  ),
                },
                { header: 'Feeds', numeric: true, cell: (r) => r.feeds },
                { header: 'Duration', numeric: true, cell: (r) => formatDuration(r.duration_ms) },
              ]}
            />
          );
        }}
      </Async>
    </section>
  );
}

function LastMonthCertificates() {
  const lastMonth = addMonths(today(), -1).slice(0, 7);
  const data = useResource(async () => {
    const [rollups, accounts] = await Promise.all([listCertificates(), listAccounts()]);
    const customers = await customerCertificatesOf(accounts, lastMonth);
    return { rollup: rollups.find((c) => certificateMonth(c) === lastMonth) ?? null, customers };
  }, certificateKeys.lastMonth(lastMonth));
  return (
    <section className="card" aria-labelledby="certs-heading" data-testid="last-month-certificates">
      <h2 id="certs-heading">Certificates for {formatMonth(`${lastMonth}-01`)}</h2>
      <Async data={data.data} error={data.error} reload={data.reload}>
        {({ rollup, customers }) =>
          customers.length === 0 ? (
            <Empty>
              No certificate issued for {formatMonth(`${lastMonth}-01`)} yet. Certificates are issued once the month's grace period (a few
              business days) is over.
            </Empty>
          ) : (
            <>
              {rollup && (
                <p>
                  <strong>{formatTrees(rollup.trees)} trees</strong> from {formatPages(rollup.pages)} standard pages across{' '}
                  {plural(rollup.customers ?? customers.length, 'customer')}.{' '}
                  <a href={rollup.url} target="_blank" rel="noreferrer">
                    Provider certificate
                  </a>
                </p>
              )}
              <ul className="plain-list cert-mini-list">
                {customers
                  .sort((a, b) => b.pages - a.pages)
                  .slice(0, 6)
                  .map((c) => (
                    <li key={c.id}>
                      <Link to={`/customers/${c.account_id}`}>{c.account_name}</Link>
                      <span className="num">{formatTrees(c.trees)} trees</span>
                    </li>
                  ))}
              </ul>
              <Link to="/certificates" className="more-link">
                All certificates →
              </Link>
            </>
          )
        }
      </Async>
    </section>
  );
}

function RecentNotifications() {
  const data = useResource(listNotifications, notificationKeys.list, 60_000);
  return (
    <section className="card" aria-labelledby="notif-heading">
      <h2 id="notif-heading">Health notifications</h2>
      <Async data={data.data} error={data.error} reload={data.reload}>
        {(list) =>
          list.length === 0 ? (
            <Empty>No health change has been notified.</Empty>
          ) : (
            <ul className="plain-list notification-list">
              {list.slice(0, 5).map((n) => (
                <li key={n.id}>
                  <div className="notification-subject">{n.subject.replace(/^\[Canopy\]\s*/, '')}</div>
                  <div className="muted small">
                    {formatDateTime(n.created_at)} ·{' '}
                    {n.deliveries.map((d) => (
                      <span key={d.id} className="delivery">
                        <DeliveryStatus delivery={d} />
                        {d.last_error ? ` (${d.last_error})` : ''}
                      </span>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      {data.data && data.data.length > 5 && (
        <Link to="/settings#notifications" className="more-link">
          All notifications →
        </Link>
      )}
    </section>
  );
}
