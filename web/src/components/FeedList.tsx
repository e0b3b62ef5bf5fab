import { useState } from 'react';
import { Link } from 'react-router-dom';
import { messageOf } from '../api/client';
import { feedKeys, listAccountFeeds, setFeedActive } from '../api/feeds';
import { listServers, serverKeys } from '../api/servers';
import { useIsProvider } from '../auth';
import type { Feed } from '../api/types';
import { backfillState } from '../backfill';
import { formatDay, hostOf } from '../format';
import { useResource } from '../hooks/useResource';
import { ProgressBar } from './BackfillProgress';
import { DataTable, type Column } from './DataTable';
import { HealthDetail, StatusBadge } from './HealthBadge';
import { ResyncDialog } from './ResyncDialog';
import { Async, Empty } from './Status';
import './FeedList.css';

/** The feeds of a customer account, with live backfill progress, activate / deactivate and (providers) re-sync of past days. */
export function FeedList({ accountId, onChange }: { accountId: string; onChange(): void }) {
  const provider = useIsProvider();
  const servers = useResource(listServers, serverKeys.list);
  const [resyncing, setResyncing] = useState<string | null>(null);
  const [poll, setPoll] = useState(2000);
  const feeds = useResource(
    async () => {
      const list = await listAccountFeeds(accountId);
      const running = list.some((f) => f.status === 'active' && !backfillState(f).finished);
      setPoll(running ? 2000 : 30_000);
      return list;
    },
    feedKeys.ofAccount(accountId),
    poll,
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle(f: Feed) {
    setBusy(f.id);
    setError(null);
    try {
      await setFeedActive(f.id, f.status !== 'active');
      await feeds.reload();
      onChange();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  }

  const serverOf = (id: string) => servers.data?.find((s) => s.id === id);
  const columns: Array<Column<Feed>> = [
    {
      header: 'Portal customer',
      rowHeader: true,
      cell: (f) => {
        const server = serverOf(f.server_id);
        return (
          <>
            #{f.external_id}
            <div className="muted small">
              on{' '}
              <Link to={`/servers/${f.server_id}`} title={server ? hostOf(server.url) : undefined}>
                {server ? server.name : 'server'}
              </Link>
            </div>
          </>
        );
      },
    },
    { header: 'Status', cell: (f) => <StatusBadge status={f.status} /> },
    {
      header: 'Health',
      cell: (f) => (
        <HealthDetail state={f.health_check} since={f.health_check_changed_at} reason={f.health_check_reason} code={f.health_reason} />
      ),
    },
    { header: 'Activated', cell: (f) => formatDay(f.activated_at.slice(0, 10)) },
    {
      header: 'Collected',
      className: 'progress-cell',
      cell: (f) => {
        const timeZone = serverOf(f.server_id)?.time_zone;
        // A feed whose data stopped says when data last came, not how far Canopy has looked (issue 19).
        // (more than 3 days since the counters last moved, or the feed already stale: a weekend is not news).
        const quietDays =
          f.last_new_data !== null && f.synced_through !== null
            ? (Date.parse(f.synced_through) - Date.parse(f.last_new_data)) / 86_400_000
            : 0;
        const stopped = f.last_new_data !== null && (quietDays > 3 || (f.health_reason === 'dca_stale' && quietDays > 0));
        return backfillState(f, timeZone).finished ? (
          stopped ? (
            <span data-testid="last-new-data" title={`Collected through ${formatDay(f.synced_through!)}`}>
              last new data {formatDay(f.last_new_data!)}
            </span>
          ) : (
            <span>through {f.synced_through ? formatDay(f.synced_through) : '—'}</span>
          )
        ) : (
          <ProgressBar feed={f} label={`#${f.external_id}`} timeZone={timeZone} />
        );
      },
    },
  ];

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
            <DataTable
              rows={list}
              columns={columns}
              rowKey={(f) => f.id}
              testId="feeds-table"
              rowProps={(f) => ({ 'data-feed-id': f.id })}
              actions={[
                {
                  id: 'resync',
                  label: 'Re-sync dates',
                  srLabel: (f) => `of feed ${f.external_id}`,
                  variant: 'secondary',
                  show: () => provider,
                  disabled: (f) => f.status !== 'active' || f.synced_through === null,
                  run: (f) => setResyncing(f.id),
                },
                {
                  id: 'active',
                  label: (f) => (f.status === 'active' ? 'Deactivate' : 'Activate'),
                  srLabel: (f) => `feed ${f.external_id}`,
                  variant: 'secondary',
                  disabled: () => busy !== null,
                  run: toggle,
                },
              ]}
            />
          )
        }
      </Async>
      {(() => {
        const feed = resyncing ? feeds.data?.find((f) => f.id === resyncing) : undefined;
        return feed ? (
          <ResyncDialog key={feed.id} feed={feed} timeZone={serverOf(feed.server_id)?.time_zone} onClose={() => setResyncing(null)} />
        ) : null;
      })()}
    </section>
  );
}
