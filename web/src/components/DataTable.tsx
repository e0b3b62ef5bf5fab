import { useState, type HTMLAttributes, type ReactNode, type TdHTMLAttributes } from 'react';
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
}

const cx = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(' ') || undefined;

/**
 * The dashboard's one table: scrollable wrapper, column headings, row headers, right-aligned figures, row actions
 * and the confirmation dialog of the actions that need one (revoking a key, removing a user, deleting a webhook).
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
}: DataTableProps<T>) {
  // What the dialog asks about stays set while it closes, so its text does not go blank first.
  const [pending, setPending] = useState<{ confirm: Confirmation<T>; run(): void; row: T } | null>(null);
  const [confirming, setConfirming] = useState(false);

  if (rows.length === 0 && empty !== undefined) return <Empty>{empty}</Empty>;

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
      <div className="table-wrap">
        <table data-testid={testId}>
          {caption && <caption className="sr-only">{caption}</caption>}
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={columnId(c)} scope="col" className={cx(c.numeric && 'num')}>
                  {c.header}
                </th>
              ))}
              {actions && (
                <th scope="col">
                  <span className="sr-only">{actionsLabel}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} {...rowProps?.(row)}>
                {columns.map((c) => {
                  const props = { ...c.cellProps?.(row), className: cx(c.numeric && 'num', c.className) };
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
