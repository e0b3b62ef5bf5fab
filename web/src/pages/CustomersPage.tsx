import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { accountKeys, listCustomersWithFeeds, type CustomerWithFeeds } from '../api/accounts';
import { listServers, serverKeys } from '../api/servers';
import type { Feed } from '../api/types';
import { LiveBackfill } from '../components/BackfillProgress';
import { ConnectFeedForm, type ConnectedFeed } from '../components/ConnectFeedForm';
import { HealthBadge } from '../components/HealthBadge';
import { PageHeader } from '../components/PageHeader';
import { DataTable, type Column } from '../components/DataTable';
import { Async, Empty, ErrorMessage, Loading } from '../components/Status';
import { useResource } from '../hooks/useResource';
import { accountName, formatPages, formatTrees } from '../format';
import { treesOf } from '../trees';
import './CustomersPage.css';
import { healthReasonWords } from '../health-reasons';

export default function CustomersPage() {
  const [params, setParams] = useSearchParams();
  const connectServer = params.get('connect');
  const [connecting, setConnecting] = useState(connectServer !== null);
  const [connected, setConnected] = useState<ConnectedFeed[]>([]);
  const [filter, setFilter] = useState('');
  const customers = useResource(listCustomersWithFeeds, accountKeys.customersWithFeeds, 30_000);
  const servers = useResource(listServers, serverKeys.list);

  function closeForm() {
    setConnecting(false);
    if (connectServer !== null) setParams({}, { replace: true });
  }

  return (
    <>
      <PageHeader
        title="Customers"
        subtitle="Customer accounts, this month's pages and trees, and the health of their feeds."
        actions={
          !connecting && (
            <button type="button" className="btn btn-primary" onClick={() => setConnecting(true)}>
              Connect customer feed
            </button>
          )
        }
      />
      {connecting && (
        <section className="card" aria-labelledby="connect-heading">
          <h2 id="connect-heading">Connect customer feed</h2>
          {servers.error !== undefined ? (
            <ErrorMessage error={servers.error} retry={servers.reload} />
          ) : !servers.data || !customers.data ? (
            <Loading />
          ) : servers.data.length === 0 ? (
            <Empty>
              Register a <Link to="/servers">OneStop MPS Portal server</Link> first: its customers fill the list.
            </Empty>
          ) : (
            <ConnectFeedForm
              servers={servers.data}
              customers={customers.data}
              initialServerId={connectServer}
              onCancel={closeForm}
              onConnected={(c) => {
                setConnected((list) => [c, ...list]);
                void customers.reload();
              }}
            />
          )}
        </section>
      )}
      {connected.length > 0 && (
        <section className="card" aria-labelledby="backfill-heading" aria-live="polite" data-testid="backfills">
          <h2 id="backfill-heading">Backfill progress</h2>
          <div className="progress-list">
            {connected.map((c) => (
              <div key={c.feed.id}>
                <LiveBackfill feedId={c.feed.id} label={c.accountName} timeZone={c.timeZone} onFinished={() => void customers.reload()} />
                <Link to={`/customers/${c.feed.account_id}`} className="small">
                  Open {c.accountName}
                </Link>
              </div>
            ))}
          </div>
        </section>
      )}
      <section className="card" aria-labelledby="customers-heading">
        <div className="card-head">
          <h2 id="customers-heading">Customer accounts</h2>
          <div className="field field-inline">
            <label htmlFor="customer-filter" className="sr-only">
              Filter customers
            </label>
            <input
              id="customer-filter"
              type="search"
              placeholder="Filter by name"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
        </div>
        <Async data={customers.data} error={customers.error} reload={customers.reload}>
          {(list) => <CustomerTable list={list} filter={filter} />}
        </Async>
      </section>
    </>
  );
}

function CustomerTable({ list, filter }: { list: CustomerWithFeeds[]; filter: string }) {
  const q = filter.trim().toLowerCase();
  const rows = list
    .filter((c) => !q || c.account.name.toLowerCase().includes(q) || (c.account.display_name ?? '').toLowerCase().includes(q))
    .sort((a, b) => a.account.name.localeCompare(b.account.name));
  if (list.length === 0) return <Empty>No customer account yet. Connect a customer feed to create one.</Empty>;
  if (rows.length === 0) return <Empty>No customer matches “{filter}”.</Empty>;
  const total = rows.reduce((s, c) => s + c.account.mtd_pages, 0);
  return (
    <DataTable
      rows={rows}
      columns={COLUMNS}
      rowKey={(c) => c.account.id}
      testId="customers-table"
      rowProps={(c) => ({ 'data-account-id': c.account.id })}
      footer={
        <tr>
          <th scope="row">Total ({rows.length})</th>
          <td className="num">{formatPages(total)}</td>
          <td className="num">{formatTrees(treesOf(total))}</td>
          <td />
        </tr>
      }
    />
  );
}

const COLUMNS: Array<Column<CustomerWithFeeds>> = [
  {
    header: 'Customer',
    rowHeader: true,
    cell: ({ account }) => (
      <>
        <Link to={`/customers/${account.id}`}>{accountName(account)}</Link>
        {account.status !== 'active' && <span className="muted small"> (inactive)</span>}
      </>
    ),
  },
  { header: 'Pages this month', numeric: true, cell: ({ account }) => formatPages(account.mtd_pages) },
  { header: 'Trees this month', numeric: true, cell: ({ account }) => formatTrees(account.mtd_trees) },
  { header: 'Feeds', cell: ({ feeds }) => <FeedsHealth feeds={feeds} /> },
];

/** A customer's feeds in one badge: how many of the active ones are unhealthy, if any. */
function FeedsHealth({ feeds }: { feeds: Feed[] }) {
  const active = feeds.filter((f) => f.status === 'active');
  const bad = active.filter((f) => f.health_check === 'unhealthy');
  if (feeds.length === 0) return <span className="muted">no feed</span>;
  if (bad.length > 0) {
    return (
      <span
        title={bad
          .map((f) => [f.health_reason && healthReasonWords(f.health_reason), f.health_check_reason].filter(Boolean).join(': '))
          .join('\n')}
      >
        <HealthBadge state="unhealthy" />{' '}
        <span className="small muted">
          {bad.length} of {active.length}
        </span>
      </span>
    );
  }
  if (active.length === 0) return <span className="muted">{feeds.length} inactive</span>;
  return active.some((f) => f.health_check === 'pending') ? <HealthBadge state="pending" /> : <HealthBadge state="healthy" />;
}
