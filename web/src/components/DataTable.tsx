import { useId, useState, type HTMLAttributes, type ReactNode, type TdHTMLAttributes } from 'react';
import { ConfirmDialog } from './Confirm';
import { Empty } from './Status';
import './DataTable.css';

/** `data-*` attributes for rows and cells (browser tests and styles read them). */
type DataAttributes = { [name: `data-${string}`]: string | number | boolean | undefined };

interface ColumnFields<T> {
  cell(row: T): ReactNode;
  /** The cell names its row: `<th scope="row">` instead of `<td>` (usually the first column). */
  rowHeader?: boolean;
  /** Right-aligned figures: `num` on the heading and the cells. */
  numeric?: boolean;
  /** Classes of the cells (not the heading), e.g. `small`, `break`, `nowrap`. */
  className?: string;
  /** More attributes of a cell, e.g. `data-scope`. */
  cellProps?(row: T): TdHTMLAttributes<HTMLTableCellElement> & DataAttributes;
  /** The cell's label in the phone layout (each row a card of "label: value" lines); default: a text heading. */
  label?: string;
  /**
   * Sorting by this column (opt-in; the heading becomes a button): `sortKey` is the list's server-side order (the API's
   * `sort` name, see sortParamOf: the caller loads the rows in that order); `compare` sorts the rows given, within them
   * only (labelled so when the table is paged).
   */
  sortKey?: string;
  compare?(a: T, b: T): number;
}

/**
 * The column heading (`<th scope="col">`) and the column's `id` (its React key, unique in the table): a text heading is
 * the id unless one is given; any other heading (e.g. a visually hidden label) needs an id.
 */
type ColumnHeader = { header: string; id?: string } | { header: ReactNode; id: string };

export type Column<T> = ColumnFields<T> & ColumnHeader;

const columnId = (c: ColumnHeader) => c.id ?? String(c.header);

/** Asked in a modal dialog before the action runs. */
export interface Confirmation<T> {
  title: string;
  confirmLabel: string;
  /** A red confirm button (for what cannot be undone). */
  danger?: boolean;
  body(row: T): ReactNode;
}

/**
 * The button's label and the action's `id` (its React key, unique in the row: a button whose label changes stays the same
 * element and keeps the focus): a fixed label is the id unless one is given; a label of the row needs an id.
 */
type RowActionLabel<T> = { label: string; id?: string } | { label: (row: T) => string; id: string };

/** A small button in the row's last cell: "Revoke", "Approve", … with the row named for screen readers. */
export type RowAction<T> = RowActionLabel<T> & RowActionFields<T>;

interface RowActionFields<T> {
  /** Appended, visually hidden, to the label: the accessible name becomes "Revoke Billing key". */
  srLabel?(row: T): string;
  variant: 'primary' | 'secondary' | 'danger';
  /** Whether the row has this action at all (default: yes). */
  show?(row: T): boolean;
  disabled?(row: T): boolean;
  confirm?: Confirmation<T>;
  /** May be async: the promise is not awaited, so the action shows its own progress and errors. */
  run(row: T): void;
}

/** The order a table shows: a column's id, and which way. */
export interface TableSort {
  column: string;
  descending: boolean;
}

/** The API's `sort` value of a table's order (`name`, `-name`), if its column sorts on the server. */
export function sortParamOf<T>(columns: ReadonlyArray<Column<T>>, sort: TableSort | null | undefined): string | undefined {
  const key = sort ? columns.find((c) => columnId(c) === sort.column)?.sortKey : undefined;
  return key && sort ? `${sort.descending ? '-' : ''}${key}` : undefined;
}

/** A paged table's "previous / next page" (keyset pages: the caller keeps the cursors). */
export interface TablePager {
  /** 1 for the first page. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  /** A page is loading: the buttons wait. */
  busy?: boolean;
}

/** A search box above the table (the caller filters: on the server for a paged list). */
export interface TableSearch {
  value: string;
  onChange(value: string): void;
  /** Its accessible label, e.g. "Search customers". */
  label: string;
  placeholder?: string;
}

export interface DataTableProps<T> {
  rows: readonly T[];
  columns: ReadonlyArray<Column<T>>;
  rowKey(row: T): string;
  /** `data-testid` of the `<table>`. */
  testId?: string;
  /** A visually hidden caption. */
  caption?: string;
  /** Attributes of a row: `data-*` hooks, `className` (e.g. `row-warning`). */
  rowProps?(row: T): HTMLAttributes<HTMLTableRowElement> & DataAttributes;
  /** Buttons in a last column, each optionally confirmed first. */
  actions?: ReadonlyArray<RowAction<T>>;
  /** The visually hidden heading of the actions column. */
  actionsLabel?: string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** The rows of a `<tfoot>` (totals). */
  footer?: ReactNode;
  /** The order shown (controlled; with onSortChange). Without it the table keeps its own, from `defaultSort`. */
  sort?: TableSort | null;
  defaultSort?: TableSort;
  onSortChange?(sort: TableSort): void;
  /** Paging below the table. */
  pager?: TablePager;
  /** A search box above the table; with one, `empty` shows below the box. */
  search?: TableSearch;
  /** The table is showing rows that are being replaced (a new search or page is loading). */
  busy?: boolean;
}

const cx = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(' ') || undefined;

const headerText = (c: Column<unknown>) => c.label ?? (typeof c.header === 'string' ? c.header : undefined);
const isSortable = (c: Column<unknown>) => c.sortKey !== undefined || c.compare !== undefined;

/**
 * The dashboard's one table: scrollable wrapper, column headings, row headers, right-aligned figures, row actions
 * and the confirmation dialog of the actions that need one (revoking a key, removing a user, deleting a webhook).
 * Opt-in: sortable columns (server-side or within the rows), a search box and paging. On a phone (≤ 640 px) each row
 * is a card of "label: value" lines, so nothing scrolls sideways.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  testId,
  caption,
  rowProps,
  actions,
  actionsLabel = 'Actions',
  empty,
  footer,
  sort,
  defaultSort,
  onSortChange,
  pager,
  search,
  busy,
}: DataTableProps<T>) {
  // What the dialog asks about stays set while it closes, so its text does not go blank first.
  const [pending, setPending] = useState<{ confirm: Confirmation<T>; run(): void; row: T } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [ownSort, setOwnSort] = useState<TableSort | null>(defaultSort ?? null);
  const searchId = useId();
  const sortId = useId();

  const activeSort = sort !== undefined ? sort : ownSort;
  const sortColumn = activeSort ? columns.find((c) => columnId(c) === activeSort.column) : undefined;
  const compare = sortColumn?.sortKey === undefined ? sortColumn?.compare : undefined;
  const shown = compare && activeSort ? [...rows].sort((a, b) => (activeSort.descending ? -1 : 1) * compare(a, b)) : rows;
  const sortable = columns.filter((c) => isSortable(c as Column<unknown>));

  function chooseSort(next: TableSort) {
    if (sort === undefined) setOwnSort(next);
    onSortChange?.(next);
  }
  function clickHeading(c: Column<T>) {
    const id = columnId(c);
    chooseSort(activeSort?.column === id ? { column: id, descending: !activeSort.descending } : { column: id, descending: false });
  }

  const toolbar = (search || sortable.length > 0) && (
    <div className={cx('table-toolbar', !search && 'table-toolbar-phone')}>
      {search && (
        <div className="field table-search">
          <label htmlFor={searchId} className="sr-only">
            {search.label}
          </label>
          <input
            id={searchId}
            type="search"
            placeholder={search.placeholder}
            value={search.value}
            onChange={(e) => search.onChange(e.target.value)}
          />
        </div>
      )}
      {sortable.length > 0 && (
        // Phone only (the headings are hidden in the card layout): the same orders as the headings' buttons.
        <div className="field table-sort-select">
          <label htmlFor={sortId}>Sort by</label>
          <select
            id={sortId}
            value={activeSort ? `${activeSort.descending ? '-' : ''}${activeSort.column}` : ''}
            onChange={(e) => {
              const v = e.target.value;
              if (v) chooseSort({ column: v.replace(/^-/, ''), descending: v.startsWith('-') });
            }}
          >
            {!activeSort && <option value="">—</option>}
            {sortable.flatMap((c) => {
              const id = columnId(c);
              const name = headerText(c as Column<unknown>) ?? id;
              return [
                <option key={id} value={id}>
                  {name} ({c.numeric ? 'low to high' : 'ascending'})
                </option>,
                <option key={`-${id}`} value={`-${id}`}>
                  {name} ({c.numeric ? 'high to low' : 'descending'})
                </option>,
              ];
            })}
          </select>
        </div>
      )}
    </div>
  );
  const sortNote = compare && pager && (pager.hasNext || pager.hasPrevious) && (
    <p className="muted small table-sort-note" data-testid="sort-note">
      Sorted by {headerText(sortColumn as Column<unknown>)?.toLowerCase() ?? 'this column'} within this page only.
    </p>
  );
  const pagerNav = pager && (pager.hasNext || pager.hasPrevious) && (
    <nav className="table-pager" aria-label="Pages">
      <button type="button" className="btn btn-small btn-secondary" disabled={!pager.hasPrevious || pager.busy} onClick={pager.onPrevious}>
        ← Previous page
      </button>
      <span className="small muted" aria-live="polite">
        Page {pager.page}
      </span>
      <button type="button" className="btn btn-small btn-secondary" disabled={!pager.hasNext || pager.busy} onClick={pager.onNext}>
        Next page →
      </button>
    </nav>
  );

  if (rows.length === 0 && empty !== undefined) {
    return search || pager ? (
      <>
        {toolbar}
        <Empty>{empty}</Empty>
        {pagerNav}
      </>
    ) : (
      <Empty>{empty}</Empty>
    );
  }

  function trigger(action: RowAction<T>, row: T) {
    if (!action.confirm) {
      action.run(row);
      return;
    }
    setPending({ confirm: action.confirm, run: () => action.run(row), row });
    setConfirming(true);
  }

  return (
    <>
      {toolbar}
      {sortNote}
      <div className="table-wrap">
        <table data-testid={testId} className={cx('data-table', busy && 'busy')} aria-busy={busy || undefined}>
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead>
            <tr>
              {columns.map((c) => {
                const id = columnId(c);
                const on = activeSort?.column === id ? activeSort : undefined;
                return (
                  <th
                    key={id}
                    scope="col"
                    className={cx(c.numeric && 'num')}
                    aria-sort={isSortable(c as Column<unknown>) ? (on ? (on.descending ? 'descending' : 'ascending') : 'none') : undefined}
                  >
                    {isSortable(c as Column<unknown>) ? (
                      <button
                        type="button"
                        className="sort-button"
                        data-column={id}
                        onClick={() => clickHeading(c)}
                        title={c.sortKey === undefined && pager ? 'Sorts the rows of this page' : undefined}
                      >
                        {c.header}
                        <span className="sort-mark" aria-hidden="true">
                          {on ? (on.descending ? '▼' : '▲') : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
              {actions && (
                <th scope="col">
                  <span className="sr-only">{actionsLabel}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={rowKey(row)} {...rowProps?.(row)}>
                {columns.map((c) => {
                  const label = c.rowHeader ? undefined : headerText(c as Column<unknown>);
                  const props = { 'data-label': label, ...c.cellProps?.(row), className: cx(c.numeric && 'num', c.className) };
                  return c.rowHeader ? (
                    <th key={columnId(c)} scope="row" {...props}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={columnId(c)} {...props}>
                      {c.cell(row)}
                    </td>
                  );
                })}
                {actions && (
                  <td className="actions">
                    {actions
                      .filter((a) => a.show?.(row) ?? true)
                      .map((a) => (
                        <button
                          key={a.id ?? String(a.label)}
                          type="button"
                          className={`btn btn-small btn-${a.variant}`}
                          disabled={a.disabled?.(row)}
                          onClick={() => trigger(a, row)}
                        >
                          {typeof a.label === 'function' ? a.label(row) : a.label}
                          {a.srLabel && <span className="sr-only"> {a.srLabel(row)}</span>}
                        </button>
                      ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          {footer && <tfoot>{footer}</tfoot>}
        </table>
      </div>
      {pagerNav}
      {actions?.some((a) => a.confirm) && (
        <ConfirmDialog
          open={confirming}
          title={pending?.confirm.title ?? ''}
          confirmLabel={pending?.confirm.confirmLabel ?? ''}
          danger={pending?.confirm.danger}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            pending?.run();
          }}
        >
          {pending?.confirm.body(pending.row)}
        </ConfirmDialog>
      )}
    </>
  );
}
