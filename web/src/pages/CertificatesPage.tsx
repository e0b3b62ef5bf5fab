import { useMemo, useState } from 'react';
import { listAccounts } from '../api/accounts';
import { certificatesZipUrl, downloadCertificatesZip } from '../api/reports';
import {
  certificateKeys,
  certificatesCsvUrl,
  customerCertificateMonths,
  listCertificates,
  listCustomerCertificatePage,
} from '../api/certificates';
import type { Account } from '../api/types';
import { useIsProvider, useSession } from '../auth';
import { CERTIFICATE_SORT_KEYS, CertificateTable } from '../components/CertificateTable';
import type { TableSort } from '../components/DataTable';
import { DownloadCsvButton } from '../components/DataTableDownload';
import { FileDownloadButton } from '../components/FileDownloadButton';
import { PageHeader } from '../components/PageHeader';
import { Async, ErrorMessage, Loading } from '../components/Status';
import { usePagedList } from '../hooks/usePagedList';
import { useResource } from '../hooks/useResource';
import { accountName, formatMonth } from '../format';
import './CertificatesPage.css';

export default function CertificatesPage() {
  const provider = useIsProvider();
  return (
    <>
      <PageHeader
        title="Certificates"
        subtitle="Certificates of Reforestation: one per account and month. Anyone with the link can view a certificate."
      />
      {provider ? <ProviderCertificates /> : <OwnCertificates />}
    </>
  );
}

function OwnCertificates() {
  const session = useSession();
  const certs = useResource(listCertificates, certificateKeys.own);
  return (
    <section className="card" aria-labelledby="own-certs">
      <div className="card-head">
        <h2 id="own-certs">{session.account.name}</h2>
        <DownloadCsvButton url={certificatesCsvUrl({ includeDescendants: false })} what="the certificates" testId="download-certificates" />
      </div>
      <Async data={certs.data} error={certs.error} reload={certs.reload}>
        {(list) => <CertificateTable certificates={list} />}
      </Async>
    </section>
  );
}

function ProviderCertificates() {
  const [view, setView] = useState<'customers' | 'rollups'>('customers');
  const data = useResource(async () => {
    const [accounts, rollups, months] = await Promise.all([listAccounts(), listCertificates(), customerCertificateMonths()]);
    return { accounts, rollups, months };
  }, certificateKeys.all);
  const names = useMemo(() => new Map((data.data?.accounts ?? []).map((a) => [a.id, accountName(a)])), [data.data]);

  return (
    <section className="card" aria-labelledby="certs-list">
      <div className="card-head">
        <h2 id="certs-list">{view === 'customers' ? 'Customer certificates' : 'Provider roll-ups'}</h2>
        <fieldset className="segmented" aria-label="Which certificates">
          <button type="button" aria-pressed={view === 'customers'} onClick={() => setView('customers')}>
            Customers
          </button>
          <button type="button" aria-pressed={view === 'rollups'} onClick={() => setView('rollups')}>
            Roll-ups
          </button>
        </fieldset>
      </div>
      <Async data={data.data} error={data.error} reload={data.reload}>
        {(d) =>
          view === 'rollups' ? (
            <>
              <div className="filters">
                <DownloadCsvButton
                  url={certificatesCsvUrl({ includeDescendants: false })}
                  what="the roll-ups"
                  testId="download-certificates"
                />
              </div>
              <CertificateTable certificates={d.rollups} />
            </>
          ) : (
            <CustomerCertificates accounts={d.accounts} months={d.months} names={names} />
          )
        }
      </Async>
    </section>
  );
}

/** Every customer's certificates (or one customer's), of a month or all: searched, sorted and paged on the server. */
function CustomerCertificates({ accounts, months, names }: { accounts: Account[]; months: string[]; names: Map<string, string> }) {
  const session = useSession();
  const [account, setAccount] = useState('');
  const [month, setMonth] = useState<string | null>(null);
  const [sort, setSort] = useState<TableSort>({ column: 'Month', descending: true });
  // The latest month by default (the full history is one choice away).
  const shownMonth = month ?? months[0] ?? '';
  const sortKey = CERTIFICATE_SORT_KEYS[sort.column as keyof typeof CERTIFICATE_SORT_KEYS];
  const list = usePagedList(
    (p) => listCustomerCertificatePage({ accountId: account || undefined, month: shownMonth || undefined }, p),
    `/v1/certificates/customers?account=${account}&month=${shownMonth}`,
    { sort: sortKey && `${sort.descending ? '-' : ''}${sortKey}` },
  );
  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="cert-account">Customer</label>
          <select id="cert-account" value={account} onChange={(e) => setAccount(e.target.value)}>
            <option value="">All customers</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {accountName(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cert-month">Month</label>
          <select id="cert-month" value={shownMonth} onChange={(e) => setMonth(e.target.value)}>
            <option value="">All months</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(`${m}-01`)}
              </option>
            ))}
          </select>
        </div>
        <MonthZip accountId={account || session.account.id} month={shownMonth} who={account ? names.get(account) : undefined} />
        <div className="filters-download">
          <DownloadCsvButton
            url={certificatesCsvUrl(account ? { accountId: account } : { includeDescendants: true })}
            what={
              account
                ? `the certificates of ${names.get(account) ?? 'this customer'}`
                : 'the certificates of every customer (all months, roll-ups included)'
            }
            testId="download-certificates"
          />
        </div>
      </div>
      {list.error !== undefined && <ErrorMessage error={list.error} retry={list.reload} />}
      {!list.rows ? (
        list.error === undefined && <Loading />
      ) : (
        <CertificateTable
          certificates={list.rows}
          accountNames={names}
          server={{
            sort,
            onSortChange: setSort,
            search: {
              value: list.search,
              onChange: list.setSearch,
              label: 'Search certificates',
              placeholder: 'Search by customer or month',
            },
            pager: list.pager,
            busy: list.busy,
            empty: list.searched
              ? `No certificate matches “${list.searched}”${shownMonth ? ` in ${formatMonth(`${shownMonth}-01`)}` : ''}.`
              : 'No certificate yet. Certificates are issued for each month once it has closed.',
          }}
        />
      )}
    </>
  );
}

/**
 * "Download the month's PDFs (zip)": every certificate PDF of the month in view, as one zip: the customer's chosen in
 * the filter, or (all customers) the provider's whole subtree, roll-ups included. Needs a month: without one, says so.
 */
function MonthZip({ accountId, month, who }: { accountId: string; month: string; who?: string }) {
  if (!month) {
    return <p className="muted small month-zip month-zip-hint">Choose a month to download its PDFs as one zip.</p>;
  }
  const shown = formatMonth(`${month}-01`);
  return (
    <div className="month-zip" data-testid="month-zip">
      <FileDownloadButton
        download={() => downloadCertificatesZip(accountId, month)}
        url={certificatesZipUrl(accountId, month)}
        testId="download-month-zip"
      >
        Download {shown}'s PDFs (zip)
        <span className="sr-only">{who ? `, the certificates of ${who}` : ', every customer and the roll-ups'}</span>
      </FileDownloadButton>
    </div>
  );
}
