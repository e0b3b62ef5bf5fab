import { useMemo, useState } from 'react';
import { listAccounts } from '../api/accounts';
import { certificatesZipUrl, downloadCertificatesZip } from '../api/reports';
import { certificateKeys, certificateMonth, certificatesCsvUrl, listCertificates, listCustomerCertificates } from '../api/certificates';
import { useIsProvider, useSession } from '../auth';
import { CertificateTable } from '../components/CertificateTable';
import { DownloadCsvButton } from '../components/DataTableDownload';
import { FileDownloadButton } from '../components/FileDownloadButton';
import { PageHeader } from '../components/PageHeader';
import { Async } from '../components/Status';
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
  const session = useSession();
  const [view, setView] = useState<'customers' | 'rollups'>('customers');
  const [account, setAccount] = useState('');
  const [month, setMonth] = useState<string | null>(null);
  const data = useResource(async () => {
    const [accounts, rollups, customers] = await Promise.all([listAccounts(), listCertificates(), listCustomerCertificates()]);
    return { accounts, rollups, customers };
  }, certificateKeys.all);

  const names = useMemo(() => new Map((data.data?.accounts ?? []).map((a) => [a.id, accountName(a)])), [data.data]);
  const months = useMemo(() => [...new Set((data.data?.customers ?? []).map(certificateMonth))].sort().reverse(), [data.data]);
  // The latest month by default (the full history is one choice away).
  const shownMonth = month ?? months[0] ?? '';

  return (
    <section className="card" aria-labelledby="certs-list">
      <div className="card-head">
        <h2 id="certs-list">{view === 'customers' ? 'Customer certificates' : 'Provider roll-ups'}</h2>
        <div className="card-head-actions">
          <fieldset className="segmented" aria-label="Which certificates">
            <button type="button" aria-pressed={view === 'customers'} onClick={() => setView('customers')}>
              Customers
            </button>
            <button type="button" aria-pressed={view === 'rollups'} onClick={() => setView('rollups')}>
              Roll-ups
            </button>
          </fieldset>
          <DownloadCsvButton
            url={certificatesCsvUrl(
              view === 'rollups' ? { includeDescendants: false } : account ? { accountId: account } : { includeDescendants: true },
            )}
            what={
              view === 'rollups'
                ? 'the roll-ups'
                : account
                  ? `the certificates of ${names.get(account) ?? 'this customer'}`
                  : 'the certificates of every customer (all months, roll-ups included)'
            }
            testId="download-certificates"
          />
        </div>
      </div>
      <Async data={data.data} error={data.error} reload={data.reload}>
        {(d) =>
          view === 'rollups' ? (
            <CertificateTable certificates={d.rollups} />
          ) : (
            <>
              <div className="filters">
                <div className="field">
                  <label htmlFor="cert-account">Customer</label>
                  <select id="cert-account" value={account} onChange={(e) => setAccount(e.target.value)}>
                    <option value="">All customers</option>
                    {d.accounts.map((a) => (
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
              </div>
              <CertificateTable
                certificates={d.customers.filter(
                  (c) => (!account || c.account_id === account) && (!shownMonth || certificateMonth(c) === shownMonth),
                )}
                accountNames={names}
              />
            </>
          )
        }
      </Async>
    </section>
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
