import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { accountKeys, listCustomerPage, listCustomersWithFeeds, type CustomerWithFeeds } from '../api/accounts';
import { listServers, serverKeys } from '../api/servers';
import type { Feed } from '../api/types';
import { LiveBackfill } from '../components/BackfillProgress';
import { ConnectFeedForm, type ConnectedFeed } from '../components/ConnectFeedForm';
import { HealthBadge } from '../components/HealthBadge';
import { PageHeader } from '../components/PageHeader';
import { DataTable, sortParamOf, type Column, type TableSort } from '../components/DataTable';
import { Empty, ErrorMessage, Loading } from '../components/Status';
import { usePagedList } from '../hooks/usePagedList';
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
  const [sort, setSort] = useState<TableSort>({ column: 'Customer', descending: false });
  // The server's order: the last server-side column chosen (a within-page sort keeps the rows of the page it sorts).
  const [serverSort, setServerSort] = useState('name');
  const list = usePagedList(listCustomerPage, '/v1/accounts+feeds/page', { sort: serverSort, pollMs: 30_000 });

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
        <ConnectSection
          connectServer={connectServer}
          onCancel={closeForm}
          onConnected={(c) => {
            setConnected((l) => [c, ...l]);
            void list.reload();
          }}
        />
      )}
      {connected.length > 0 && (
        <section className="card" aria-labelledby="backfill-heading" aria-live="polite" data-testid="backfills">
          <h2 id="backfill-heading">Backfill progress</h2>
          <div className="progress-list">
            {connected.map((c) => (
              <div key={c.feed.id}>
                <LiveBackfill feedId={c.feed.id} label={c.accountName} timeZone={c.timeZone} onFinished={() => void list.reload()} />
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
        </div>
        {list.error !== undefined && !list.rows ? (
          <ErrorMessage error={list.error} retry={list.reload} />
        ) : !list.rows ? (
          <Loading />
        ) : (
          <>
            {list.error !== undefined && <ErrorMessage error={list.error} retry={list.reload} />}
            <DataTable
              rows={list.rows}
              columns={COLUMNS}
              rowKey={(c) => c.account.id}
              testId="customers-table"
              rowProps={(c) => ({ 'data-account-id': c.account.id })}
              sort={sort}
              onSortChange={(next) => {
                setSort(next);
                const param = sortParamOf(COLUMNS, next);
                if (param) setServerSort(param);
              }}
              search={{
                value: list.search,
                onChange: list.setSearch,
                label: 'Search customers',
                placeholder: 'Search by name or external id',
              }}
              pager={list.pager}
              busy={list.busy}
              empty={
                list.searched ? (
                  <>No customer matches “{list.searched}”.</>
                ) : (
                  'No customer account yet. Connect a customer feed to create one.'
                )
              }
              footer={<TotalRow rows={list.rows} paged={list.pager.hasNext || list.pager.hasPrevious} />}
            />
          </>
        )}
      </section>
    </>
  );
}

/** The connect form, with every customer account (for its matches): loaded only while it is open. */
function ConnectSection(props: { connectServer: string | null; onCancel(): void; onConnected(c: ConnectedFeed): void }) {
  const customers = useResource(listCustomersWithFeeds, accountKeys.customersWithFeeds);
  const servers = useResource(listServers, serverKeys.list);
  return (
    <section className="card" aria-labelledby="connect-heading">
      <h2 id="connect-heading">Connect customer feed</h2>
      {servers.error !== undefined ? (
        <ErrorMessage error={servers.error} retry={servers.reload} />
      ) : customers.error !== undefined ? (
        <ErrorMessage error={customers.error} retry={customers.reload} />
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
          initialServerId={props.connectServer}
          onCancel={props.onCancel}
          onConnected={(c) => {
            props.onConnected(c);
            void customers.reload();
          }}
        />
      )}
    </section>
  );
}

/** The totals of the rows shown: the page's, when the list has more than one. */
function TotalRow({ rows, paged }: { rows: CustomerWithFeeds[]; paged: boolean }) {
  const total = rows.reduce((s, c) => s + c.account.mtd_pages, 0);
  return (
    <tr>
      <th scope="row">{paged ? `This page (${rows.length})` : `Total (${rows.length})`}</th>
      <td className="num" data-label="Pages this month">
        {formatPages(total)}
      </td>
      <td className="num" data-label="Trees this month">
        {formatTrees(treesOf(total))}
      </td>
      <td />
    </tr>
  );
}

const COLUMNS: Array<Column<CustomerWithFeeds>> = [
  {
    header: 'Customer',
    rowHeader: true,
    sortKey: 'name',
    cell: ({ account }) => (
      <>
        <Link to={`/customers/${account.id}`}>{accountName(account)}</Link>
        {account.status !== 'active' && <span className="muted small"> (inactive)</span>}
      </>
    ),
  },
  // This month's figures are worked out per account as it is shown: sorted within the page.
  {
    header: 'Pages this month',
    numeric: true,
    compare: (a, b) => a.account.mtd_pages - b.account.mtd_pages,
    cell: ({ account }) => formatPages(account.mtd_pages),
  },
  {
    header: 'Trees this month',
    numeric: true,
    compare: (a, b) => a.account.mtd_trees - b.account.mtd_trees,
    cell: ({ account }) => formatTrees(account.mtd_trees),
  },
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
