import { certificateMonth } from '../api/certificates';
import type { Certificate } from '../api/types';
import { formatDateTime, formatMonth, formatPages, formatTrees } from '../format';
import { DataTable, type Column } from './DataTable';

/** Certificates newest first, each with its public page and PDF. */
export function CertificateTable({ certificates, accountNames }: { certificates: Certificate[]; accountNames?: Map<string, string> }) {
  const rows = [...certificates].sort(
    (a, b) =>
      b.period_start.localeCompare(a.period_start) ||
      (accountNames?.get(a.account_id) ?? '').localeCompare(accountNames?.get(b.account_id) ?? ''),
  );
  const monthOf = (c: Certificate) => formatMonth(`${certificateMonth(c)}-01`);
  const whoOf = (c: Certificate) => accountNames?.get(c.account_id);
  const about = (c: Certificate) => `${monthOf(c)}${whoOf(c) ? ` (${whoOf(c)})` : ''}`;
  const columns: Array<Column<Certificate>> = [
    {
      header: 'Month',
      rowHeader: true,
      cell: (c) => (
        <>
          {monthOf(c)}
          {c.kind === 'rollup' && <div className="muted small">All customers ({c.customers ?? 0})</div>}
        </>
      ),
    },
    ...(accountNames ? [{ header: 'Account', cell: (c: Certificate) => whoOf(c) ?? '—' }] : []),
    {
      header: 'Standard pages',
      numeric: true,
      cell: (c) => (
        <>
          {formatPages(c.pages)}
          {c.adjustment_pages > 0 && <div className="muted small">incl. {formatPages(c.adjustment_pages)} late</div>}
          {c.adjustment_pages < 0 && <div className="muted small">net of {formatPages(-c.adjustment_pages)} withdrawn</div>}
        </>
      ),
    },
    { header: 'Trees', numeric: true, cell: (c) => formatTrees(c.trees) },
    {
      header: 'Projects',
      className: 'small',
      cell: (c) => (c.projects.length === 1 ? c.projects[0]?.name : c.projects.length ? `${c.projects.length} projects` : '—'),
    },
    { header: 'Issued', className: 'small', cell: (c) => formatDateTime(c.issued_at) },
    {
      id: 'links',
      header: <span className="sr-only">Links</span>,
      className: 'actions',
      cell: (c) => (
        <>
          <a className="btn btn-small btn-secondary" href={c.url} target="_blank" rel="noreferrer">
            View<span className="sr-only"> certificate for {about(c)}</span>
          </a>
          <a
            className="btn btn-small btn-secondary"
            href={c.pdf_url}
            download={`canopy-certificate-${certificateMonth(c)}-${c.id.slice(0, 8)}.pdf`}
          >
            PDF<span className="sr-only"> of the certificate for {about(c)}</span>
          </a>
        </>
      ),
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(c) => c.id}
      testId="certificates-table"
      rowProps={(c) => ({ 'data-certificate-id': c.id })}
      empty="No certificate yet. Certificates are issued for each month once it has closed."
    />
  );
}
