import type { Certificate } from '../types';
import { formatDateTime, formatMonth, formatPages, formatTrees } from '../format';
import { certificateMonth } from '../queries';
import { Empty } from './Status';

/** Certificates newest first, each with its public page and PDF. */
export function CertificateTable({ certificates, accountNames }: { certificates: Certificate[]; accountNames?: Map<string, string> }) {
  if (certificates.length === 0) return <Empty>No certificate yet. Certificates are issued for each month once it has closed.</Empty>;
  const rows = [...certificates].sort((a, b) => b.period_start.localeCompare(a.period_start) || (accountNames?.get(a.account_id) ?? '').localeCompare(accountNames?.get(b.account_id) ?? ''));
  return (
    <div className="table-wrap">
      <table data-testid="certificates-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            {accountNames && <th scope="col">Account</th>}
            <th scope="col" className="num">
              Standard pages
            </th>
            <th scope="col" className="num">
              Trees
            </th>
            <th scope="col">Projects</th>
            <th scope="col">Issued</th>
            <th scope="col">
              <span className="sr-only">Links</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const month = formatMonth(`${certificateMonth(c)}-01`);
            const who = accountNames?.get(c.account_id);
            return (
              <tr key={c.id} data-certificate-id={c.id}>
                <th scope="row">
                  {month}
                  {c.kind === 'rollup' && <div className="muted small">All customers ({c.customers ?? 0})</div>}
                </th>
                {accountNames && <td>{who ?? '—'}</td>}
                <td className="num">
                  {formatPages(c.pages)}
                  {c.adjustment_pages > 0 && <div className="muted small">incl. {formatPages(c.adjustment_pages)} late</div>}
                </td>
                <td className="num">{formatTrees(c.trees)}</td>
                <td className="small">{c.projects.length === 1 ? c.projects[0]?.name : `${c.projects.length} projects`}</td>
                <td className="small">{formatDateTime(c.issued_at)}</td>
                <td className="actions">
                  <a className="btn btn-small btn-secondary" href={c.url} target="_blank" rel="noreferrer">
                    View<span className="sr-only"> certificate for {month}{who ? ` (${who})` : ''}</span>
                  </a>
                  <a className="btn btn-small btn-secondary" href={c.pdf_url} download={`canopy-certificate-${certificateMonth(c)}-${c.id.slice(0, 8)}.pdf`}>
                    PDF<span className="sr-only"> of the certificate for {month}{who ? ` (${who})` : ''}</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
