import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { accountKeys, getAccount, getOwnAccount } from '../api/accounts';
import { certificateKeys, certificatesCsvUrl, listAccountCertificates } from '../api/certificates';
import { ApiError, messageOf } from '../api/client';
import { decideDeposit, depositKeys, depositsCsvUrl, listAccountDeposits } from '../api/deposits';
import type { Certificate, Deposit } from '../api/types';
import { getAccountVolume, volumeCsvUrl, volumeKeys, type VolumeQuery } from '../api/volume';
import { useIsProvider } from '../auth';
import { AnnualReports } from '../components/AnnualReports';
import { CertificateTable } from '../components/CertificateTable';
import { DataTable } from '../components/DataTable';
import { DownloadCsvButton } from '../components/DataTableDownload';
import { DepositExplanation } from '../components/DepositExplanation';
import { FeedList } from '../components/FeedList';
import { StatusBadge } from '../components/HealthBadge';
import { ImpactChart } from '../components/ImpactChart';
import { AccountTotals } from '../components/ImpactEquivalents';
import { PageHeader } from '../components/PageHeader';
import { Async, Empty } from '../components/Status';
import { DailyChart, MonthlyVolumeCard } from '../components/VolumeCharts';
import { type Resource, useResource } from '../hooks/useResource';
import { accountName, addDays, addMonths, formatDay, formatMonth, formatPages, today } from '../format';
import NotFoundPage from './NotFoundPage';
import { UsersSection } from './settings/UsersSection';
import './CustomerPage.css';

export default function CustomerPage() {
  const { id = '' } = useParams();
  // Keyed by the account: another customer (back, forward) is a new view, none of this one's state carried over.
  return <CustomerView key={id} accountId={id} />;
}

const RANGES = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '12 months' },
];

/** One customer account: totals, charts, deposits to review, feeds and certificates. */
export function CustomerView({ accountId, ownAccount = false }: { accountId: string; ownAccount?: boolean }) {
  const provider = useIsProvider();
  const [rangeDays, setRangeDays] = useState(30);
  const end = addDays(today(), -1);
  const start = addDays(end, -(rangeDays - 1));
  const thisMonth = `${today().slice(0, 7)}-01`;
  const monthlyQuery: VolumeQuery = { period: 'monthly', start_date: addMonths(thisMonth, -11), end_date: today(), coverage: true };
  const dailyQuery: VolumeQuery = { period: 'daily', start_date: start, end_date: end, coverage: true };

  const account = useResource(
    () => (ownAccount ? getOwnAccount() : getAccount(accountId)),
    ownAccount ? accountKeys.own : accountKeys.detail(accountId),
  );
  const monthly = useResource(() => getAccountVolume(accountId, monthlyQuery), volumeKeys.ofAccount(accountId, monthlyQuery));
  const daily = useResource(() => getAccountVolume(accountId, dailyQuery), volumeKeys.ofAccount(accountId, dailyQuery));
  const certificates = useResource(() => listAccountCertificates(accountId), certificateKeys.ofAccount(accountId));
  const refresh = () => {
    void account.reload();
    void monthly.reload();
    void daily.reload();
  };

  if (account.error instanceof ApiError && account.error.status === 404) return <NotFoundPage />;
  if (account.error !== undefined && !account.data) {
    return (
      <>
        <PageHeader title="Customer" back={provider ? { to: '/customers', label: 'Customers' } : undefined} />
        <Async data={undefined} error={account.error} reload={account.reload}>
          {() => null}
        </Async>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={account.data ? accountName(account.data) : 'Customer'}
        subtitle={
          ownAccount
            ? 'Your print volume and the trees it plants.'
            : account.data?.external_id
              ? `Account reference ${account.data.external_id}`
              : undefined
        }
        back={provider && !ownAccount ? { to: '/customers', label: 'Customers' } : undefined}
      />
      <section className="section" aria-label="Pages, trees and what the paper took">
        <Async data={account.data} error={account.error} reload={account.reload}>
          {(a) => <AccountTotals account={a} />}
        </Async>
      </section>

      <section className="card" aria-labelledby="daily-heading">
        <div className="card-head">
          <h2 id="daily-heading">Daily volume</h2>
          <div className="card-head-actions">
            <fieldset className="segmented" aria-label="Period">
              {RANGES.map((r) => (
                <button key={r.days} type="button" aria-pressed={rangeDays === r.days} onClick={() => setRangeDays(r.days)}>
                  {r.label}
                </button>
              ))}
            </fieldset>
            <DownloadCsvButton
              url={volumeCsvUrl(accountId, dailyQuery)}
              what={`the daily volume, ${formatDay(start)} – ${formatDay(end)}`}
              testId="download-daily-volume"
            />
          </div>
        </div>
        <Async data={daily.data} error={daily.error} reload={daily.reload}>
          {(points) => <DailyChart points={points} start={start} end={end} />}
        </Async>
      </section>

      <MonthlyVolumeCard accountId={accountId} />

      <section className="card" aria-labelledby="impact-heading">
        <div className="card-head">
          <h2 id="impact-heading">What the paper took</h2>
        </div>
        <Async data={monthly.data} error={monthly.error} reload={monthly.reload}>
          {(points) => <ImpactChart points={points} lastMonth={thisMonth} />}
        </Async>
      </section>
      <AnnualReports accountId={accountId} who={account.data ? accountName(account.data) : undefined} />

      {provider && !ownAccount && <FeedsAndDeposits accountId={accountId} start={start} end={end} onChange={refresh} />}

      <CertificatesCard
        accountId={accountId}
        certificates={certificates}
        pendingMonths={account.data?.certificates_pending_months}
        reloadAccount={account.reload}
      />

      {provider && !ownAccount && account.data && <UsersSection accountId={accountId} accountName={accountName(account.data)} />}
    </>
  );
}

/** "March 2026", "March 2026 and April 2026", "March 2026, April 2026 and May 2026" (months YYYY-MM). */
function monthList(months: string[]): string {
  const names = months.map((m) => formatMonth(`${m}-01`));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** How often the card looks again while certificates of closed months are being issued (the close is queued at once). */
const PENDING_POLL_MS = 4000;

/**
 * The account's certificates. Closed months with pages but no certificate yet (a backfill just read them: the month
 * close is on its way) are named as being issued, never "no certificate yet"; the card looks again until they are.
 */
function CertificatesCard({
  accountId,
  certificates,
  pendingMonths,
  reloadAccount,
}: {
  accountId: string;
  certificates: Resource<Certificate[]>;
  /** Undefined until the account is loaded. */
  pendingMonths: string[] | undefined;
  reloadAccount(): Promise<void>;
}) {
  const waiting = (pendingMonths?.length ?? 0) > 0;
  const reloadCertificates = certificates.reload;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => {
      void reloadAccount();
      void reloadCertificates();
    }, PENDING_POLL_MS);
    return () => window.clearInterval(timer);
  }, [waiting, reloadAccount, reloadCertificates]);
  return (
    <section className="card" aria-labelledby="certs-heading">
      <div className="card-head">
        <h2 id="certs-heading">Certificates</h2>
        <DownloadCsvButton url={certificatesCsvUrl({ accountId })} what="the certificates" testId="download-certificates" />
      </div>
      <Async data={certificates.data} error={certificates.error} reload={certificates.reload}>
        {(list) => (
          <>
            {waiting && (
              <div className="notice notice-info" role="status" data-testid="certificates-pending">
                Certificates for {monthList(pendingMonths ?? [])} are being issued: they appear here in a moment.
              </div>
            )}
            {/* Empty: "no certificate yet" only once the account says no closed month is waiting. */}
            {(list.length > 0 || (pendingMonths !== undefined && !waiting)) && <CertificateTable certificates={list} />}
          </>
        )}
      </Async>
    </section>
  );
}

interface Period {
  start: string;
  end: string;
}

/** The provider's part: the feeds and the deposits, loaded again with the rest of the page after a change to either. */
function FeedsAndDeposits({ accountId, start, end, onChange }: { accountId: string; onChange(): void } & Period) {
  const deposits = useResource(() => listAccountDeposits(accountId), depositKeys.ofAccount(accountId));
  const changed = () => {
    onChange();
    void deposits.reload();
  };
  return (
    <>
      <FeedList accountId={accountId} onChange={changed} />
      <Deposits accountId={accountId} all={deposits} start={start} end={end} onDecided={changed} />
    </>
  );
}

/** Deposits: anomalies held for review first (approve or reject), then the days of the chosen period. */
function Deposits({ accountId, all, start, end, onDecided }: { accountId: string; all: Resource<Deposit[]>; onDecided(): void } & Period) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [explained, setExplained] = useState<string | null>(null);
  const explain = {
    label: 'Explain',
    srLabel: (d: Deposit) => formatDay(d.date.slice(0, 10)),
    variant: 'secondary' as const,
    show: (d: Deposit) => d.feed_id !== null,
    run: (d: Deposit) => setExplained(d.id),
  };

  async function decide(d: Deposit, decision: 'approve' | 'reject') {
    setBusy(d.id);
    setError(null);
    try {
      await decideDeposit(d.id, decision);
      const done = decision === 'approve' ? 'Approved' : 'Rejected';
      setMessage(`${done} the ${formatPages(d.raw_pages ?? 0)} pages of ${formatDay(d.date.slice(0, 10))}.`);
      onDecided();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card" aria-labelledby="deposits-heading">
      <div className="card-head">
        <h2 id="deposits-heading">Deposits</h2>
        <DownloadCsvButton
          url={depositsCsvUrl(accountId, { start_date: start, end_date: end })}
          what={`the deposits, ${formatDay(start)} – ${formatDay(end)}`}
          testId="download-deposits"
        />
      </div>
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {message && (
        <div className="notice notice-success" role="status">
          {message}
        </div>
      )}
      <Async data={all.data} error={all.error} reload={all.reload}>
        {(deposits) => {
          const held = deposits.filter((d) => d.status === 'held');
          const shown = deposits.filter((d) => d.date.slice(0, 10) >= start && d.date.slice(0, 10) <= end && d.status !== 'held').reverse();
          return (
            <>
              <h3>Held for review</h3>
              {held.length === 0 ? (
                <Empty>No anomaly is waiting for review.</Empty>
              ) : (
                <DataTable
                  rows={held}
                  rowKey={(d) => d.id}
                  testId="held-deposits"
                  rowProps={() => ({ className: 'row-warning' })}
                  columns={[
                    { header: 'Date', cell: (d) => formatDay(d.date.slice(0, 10)) },
                    { header: 'Pages measured', numeric: true, cell: (d) => formatPages(d.raw_pages ?? d.standard_pages) },
                    { header: 'Since', cell: (d) => (d.base_date ? formatDay(d.base_date) : '—') },
                  ]}
                  actionsLabel="Decision"
                  actions={[
                    explain,
                    {
                      label: 'Approve',
                      srLabel: (d) => formatDay(d.date.slice(0, 10)),
                      variant: 'primary',
                      disabled: () => busy !== null,
                      run: (d) => decide(d, 'approve'),
                    },
                    {
                      label: 'Reject',
                      srLabel: (d) => formatDay(d.date.slice(0, 10)),
                      variant: 'danger',
                      disabled: () => busy !== null,
                      run: (d) => decide(d, 'reject'),
                    },
                  ]}
                />
              )}
              <details className="deposit-days">
                <summary>
                  Daily deposits, {formatDay(start)} – {formatDay(end)} ({shown.length})
                </summary>
                {shown.length === 0 ? (
                  <Empty>No deposit in this period.</Empty>
                ) : (
                  <DataTable
                    rows={shown}
                    rowKey={(d) => d.id}
                    columns={[
                      { header: 'Date', cell: (d) => formatDay(d.date.slice(0, 10)) },
                      { header: 'Standard pages', numeric: true, cell: (d) => formatPages(d.standard_pages) },
                      {
                        header: 'Status',
                        cell: (d) => (
                          <>
                            <StatusBadge status={d.status} />
                            {d.feed_id === null && <span className="muted small"> manual</span>}
                          </>
                        ),
                      },
                    ]}
                    actionsLabel="Explanation"
                    actions={[explain]}
                  />
                )}
              </details>
              {explained && <DepositExplanation key={explained} depositId={explained} onClose={() => setExplained(null)} />}
            </>
          );
        }}
      </Async>
    </section>
  );
}
