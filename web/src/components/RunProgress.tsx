import { useEffect, useRef } from 'react';
import { listSyncs } from '../api/servers';
import type { SyncRun } from '../api/types';
import { formatDateTime, formatDuration, formatPages, plural } from '../format';
import { useResource } from '../hooks/useResource';
import { StatusBadge } from './HealthBadge';
import { ErrorMessage } from './Status';
import './RunProgress.css';

/** The sync history's run ids before something was queued: the first run not among them is the one it started. */
export async function runIdsOf(serverId: string): Promise<ReadonlySet<string>> {
  return new Set((await listSyncs(serverId)).map((r) => r.id));
}

const OUTCOME: Record<Exclude<SyncRun['status'], 'running'>, string> = {
  succeeded: 'Finished: every feed was read.',
  partial: 'Finished with errors: some feeds could not be read (the rest were saved).',
  failed: 'Failed: nothing could be read.',
  abandoned: 'Stopped: the process running it died; the next run carries on from where it stopped.',
};

/**
 * A queued collection, live: polls the server's sync history every second until the run that started after `before`
 * ends, then shows its outcome (feeds, days read, requests, errors) and tells the parent once.
 */
export function RunProgress({
  serverId,
  before,
  label,
  onFinished,
}: {
  serverId: string;
  before: ReadonlySet<string>;
  /** What was queued, e.g. "Collection" or "Re-sync". */
  label: string;
  onFinished?: (run: SyncRun) => void;
}) {
  const runs = useResource(() => listSyncs(serverId), `run-progress:${serverId}:${[...before].length}`, 1000);
  const run = runs.data?.find((r) => !before.has(r.id));
  const finished = run !== undefined && run.status !== 'running';
  const told = useRef(false);
  useEffect(() => {
    if (finished && run && !told.current) {
      told.current = true;
      onFinished?.(run);
    }
  }, [finished, run, onFinished]);

  if (runs.error && !runs.data) return <ErrorMessage error={runs.error} />;
  if (!run) {
    return (
      <div className="run-progress" data-testid="run-progress" data-state="queued" role="status">
        <div className="run-bar" aria-hidden="true">
          <div className="run-bar-fill" />
        </div>
        <span>{label} queued: waiting for the worker to start it…</span>
      </div>
    );
  }
  if (run.status === 'running') {
    return (
      <div className="run-progress" data-testid="run-progress" data-state="running" role="status">
        <div className="run-bar" aria-hidden="true">
          <div className="run-bar-fill" />
        </div>
        <span>
          {label} running since {formatDateTime(run.started_at)}: reading the portal day by day (the counts appear when it ends).
        </span>
      </div>
    );
  }
  return (
    <div className="run-progress" data-testid="run-progress" data-state={run.status} role="status">
      <div>
        <StatusBadge status={run.status} /> <span data-testid="run-outcome">{OUTCOME[run.status]}</span>
      </div>
      <div className="muted small" data-testid="run-counts">
        {plural(run.feeds, 'feed')} · {plural(run.days, 'day')} read · {formatPages(run.requests)} requests to the portal ·{' '}
        {formatDuration(run.duration_ms)}
      </div>
      {run.errors.length > 0 && (
        <ul className="plain-list run-errors">
          {run.errors.slice(0, 5).map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: errors have no id and may repeat
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
