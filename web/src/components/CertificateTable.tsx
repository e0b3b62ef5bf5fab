import { certificateMonth } from '../api/certificates';
import type { Certificate } from '../api/types';
import { formatDateTime, formatMonth, formatPages, formatTrees } from '../format';
import { DataTable, type Column, type TableSearch, type TablePager, type TableSort } from './DataTable';

/** A list paged, searched and sorted on the server: the rows come in the order asked (sortParamOf of the columns). */
export interface ServerCertificates {
  sort: TableSort;
  onSortChange(sort: TableSort): void;
  search: TableSearch;
  pager: TablePager;
  busy: boolean;
  /** What to say when no row matches. */
  empty: string;
}

/** The columns' server-side orders (the API's `sort` names), by column id. */
export const CERTIFICATE_SORT_KEYS = { Month: 'period', Account: 'account_name', 'Standard pages': 'pages' } as const;

/**
 * Certificates newest first, each with its public page and PDF; the headings sort them (within the rows given, or with
 * `server`, on the server).
 */
export function CertificateTable({
  certificates,
  accountNames,
  server,
}: {
  certificates: Certificate[];
  accountNames?: Map<string, string>;
  server?: ServerCertificates;
}) {
  const nameOf = (c: Certificate) => accountNames?.get(c.account_id) ?? '';
  /** How a column sorts: on the server (its `sort` name) or here, within the rows. */
  const by = (id: keyof typeof CERTIFICATE_SORT_KEYS, compare: (a: Certificate, b: Certificate) => number) =>
    server ? { sortKey: CERTIFICATE_SORT_KEYS[id] } : { compare };
  const monthOf = (c: Certificate) => formatMonth(`${certificateMonth(c)}-01`);
  const whoOf = (c: Certificate) => accountNames?.get(c.account_id);
  const about = (c: Certificate) => `${monthOf(c)}${whoOf(c) ? ` (${whoOf(c)})` : ''}`;
  const columns: Array<Column<Certificate>> = [
    {
      header: 'Month',
      rowHeader: true,
      // Newest first by default; within a month by account name (A to Z either way).
      ...by('Month', (a, b) => a.period_start.localeCompare(b.period_start) || nameOf(b).localeCompare(nameOf(a))),
      cell: (c) => (
        <>
          {monthOf(c)}
          {c.kind === 'rollup' && <div className="muted small">All customers ({c.customers ?? 0})</div>}
        </>
      ),
    },
    ...(accountNames
      ? [
          {
            header: 'Account',
            ...by(
              'Account',
              (a, b) => nameOf(a).toLowerCase().localeCompare(nameOf(b).toLowerCase()) || a.period_start.localeCompare(b.period_start),
            ),
            cell: (c: Certificate) => whoOf(c) ?? '—',
          },
        ]
      : []),
    {
      header: 'Standard pages',
      numeric: true,
      ...by('Standard pages', (a, b) => a.pages - b.pages),
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
      rows={certificates}
      columns={columns}
      rowKey={(c) => c.id}
      testId="certificates-table"
      rowProps={(c) => ({ 'data-certificate-id': c.id })}
      empty={server ? server.empty : 'No certificate yet. Certificates are issued for each month once it has closed.'}
      {...(server
        ? { sort: server.sort, onSortChange: server.onSortChange, search: server.search, pager: server.pager, busy: server.busy }
        : { defaultSort: { column: 'Month', descending: true } })}
    />
  );
}
