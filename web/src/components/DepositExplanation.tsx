import { depositKeys, findDeposit } from '../api/deposits';
import type { DepositExplanation as Explanation } from '../api/types';
import { formatDay, formatPages } from '../format';
import { useResource } from '../hooks/useResource';
import { DataTable } from './DataTable';
import { StatusBadge } from './HealthBadge';
import { Async, Empty } from './Status';
import './DepositExplanation.css';

/**
 * How one feed deposit follows from the portal's counters (GET /v1/deposits/:id, docs/domain.md rule 8): the two readings
 * and their difference, why the deposit is what it is, the readings between them that were ignored or held, and the days
 * whose portal answer was invalid.
 */
export function DepositExplanation({ depositId, onClose }: { depositId: string; onClose(): void }) {
  const deposit = useResource(() => findDeposit(depositId), depositKeys.one(depositId));
  return (
    <section className="deposit-explanation" aria-label="How this deposit was worked out" data-testid="deposit-explanation">
      <Async data={deposit.data} error={deposit.error} reload={deposit.reload}>
        {(d) =>
          d.explanation ? (
            <ExplanationBody e={d.explanation} date={d.date.slice(0, 10)} pages={d.standard_pages} />
          ) : (
            <Empty>A manual deposit: its pages are as entered.</Empty>
          )
        }
      </Async>
      <button type="button" className="btn btn-small btn-secondary" onClick={onClose}>
        Close
      </button>
    </section>
  );
}

function ExplanationBody({ e, date, pages }: { e: Explanation; date: string; pages: number }) {
  return (
    <>
      <h3>
        {formatDay(date)}: {formatPages(pages)} standard pages <StatusBadge status={e.status} />
      </h3>
      <p>
        Measured from the reading of {formatDay(e.base.date)} ({formatPages(e.base.rounded)} standard pages on the counters) to that of{' '}
        {formatDay(e.end.date)} ({formatPages(e.end.rounded)}): <code>{e.rawPagesFormula}</code>.
      </p>
      {e.reason && <p data-testid="deposit-reason">{e.reason}</p>}
      <h4>Readings ignored in between</h4>
      {e.ignored.length === 0 ? (
        <Empty>None: every reading between them was accounted.</Empty>
      ) : (
        <DataTable
          rows={e.ignored}
          rowKey={(r) => r.date}
          testId="ignored-readings"
          columns={[
            { header: 'Date', cell: (r) => formatDay(r.date) },
            { header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
            { header: 'Difference', numeric: true, cell: (r) => formatPages(r.rawPages) },
            { header: 'Why', className: 'small', cell: (r) => r.reason },
          ]}
        />
      )}
      <h4>Days skipped: invalid portal answers</h4>
      {e.skipped.length === 0 ? (
        <Empty>None.</Empty>
      ) : (
        <DataTable
          rows={e.skipped}
          rowKey={(r) => r.date}
          testId="skipped-days"
          columns={[
            { header: 'Date', cell: (r) => formatDay(r.date) },
            { header: 'Field', cell: (r) => <code>{r.field}</code> },
            { header: 'Value', cell: (r) => <code>{r.value}</code> },
            { header: 'Why', className: 'small', cell: (r) => r.message },
          ]}
        />
      )}
      <details>
        <summary>The formula</summary>
        <p>
          <code>{e.formula}</code>, with <code>{e.standardPageFormula}</code>.
        </p>
        <p>
          <code>{e.base.formula}</code>
        </p>
        <p>
          <code>{e.end.formula}</code>
        </p>
      </details>
    </>
  );
}
