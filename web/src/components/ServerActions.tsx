import { useState } from 'react';
import { messageOf } from '../api/client';
import { checkServer, collectServer } from '../api/servers';
import type { Server } from '../api/types';
import { formatDateTime } from '../format';
import { healthReasonWords } from '../health-reasons';
import { RunProgress, runIdsOf } from './RunProgress';
import './ServerActions.css';

type Check = { state: 'running' } | { state: 'done'; server: Server } | { state: 'failed'; message: string };
type Collect = { state: 'queuing' } | { state: 'queued'; before: ReadonlySet<string> } | { state: 'failed'; message: string };

/**
 * Act now on a server: "Check now" logs in to the portal and says what it found (healthy, or why not, and when);
 * "Collect now" queues a collection and follows its run until it ends.
 */
export function ServerActions({ server, onChanged }: { server: Server; onChanged(): void }) {
  const [check, setCheck] = useState<Check | null>(null);
  const [collect, setCollect] = useState<Collect | null>(null);

  async function runCheck() {
    setCheck({ state: 'running' });
    try {
      const checked = await checkServer(server.id);
      setCheck({ state: 'done', server: checked });
      onChanged();
    } catch (err) {
      setCheck({ state: 'failed', message: messageOf(err) });
    }
  }

  async function runCollect() {
    setCollect({ state: 'queuing' });
    try {
      const before = await runIdsOf(server.id);
      await collectServer(server.id);
      setCollect({ state: 'queued', before });
    } catch (err) {
      setCollect({ state: 'failed', message: `The collection was not queued: ${messageOf(err)}` });
    }
  }

  const collecting = collect?.state === 'queuing';
  return (
    <section className="card" aria-labelledby="server-actions">
      <h2 id="server-actions">Act now</h2>
      <div className="server-actions">
        <div className="server-action">
          <button type="button" className="btn btn-secondary" onClick={() => void runCheck()} disabled={check?.state === 'running'}>
            {check?.state === 'running' ? 'Checking…' : 'Check now'}
          </button>
          <p className="hint">Logs in to the portal now, as the nightly check does.</p>
          {check && <CheckResult check={check} />}
        </div>
        <div className="server-action">
          <button type="button" className="btn btn-secondary" onClick={() => void runCollect()} disabled={collecting}>
            {collecting ? 'Queuing…' : 'Collect now'}
          </button>
          <p className="hint">Reads every active feed's new days from the portal now, instead of waiting for the night.</p>
          {collect?.state === 'failed' && (
            <div className="notice notice-error" role="alert">
              {collect.message}
            </div>
          )}
          {collect?.state === 'queued' && (
            <RunProgress serverId={server.id} before={collect.before} label="Collection" onFinished={() => onChanged()} />
          )}
        </div>
      </div>
    </section>
  );
}

function CheckResult({ check }: { check: Check }) {
  if (check.state === 'running') {
    return (
      <p className="muted" role="status">
        Logging in to the portal…
      </p>
    );
  }
  if (check.state === 'failed') {
    return (
      <div className="notice notice-error" role="alert" data-testid="check-result" data-health="error">
        The check could not run: {check.message}
      </div>
    );
  }
  const s = check.server;
  const healthy = s.health_check === 'healthy';
  return (
    <div
      className={`notice ${healthy ? 'notice-success' : 'notice-error'}`}
      role="status"
      data-testid="check-result"
      data-health={s.health_check}
    >
      {healthy ? (
        <strong>Healthy: the portal accepted the log-in and answered.</strong>
      ) : (
        <>
          <strong>{s.health_reason ? `${healthReasonWords(s.health_reason)}.` : 'Unhealthy.'}</strong>
          {s.health_check_reason && <span> {s.health_check_reason}</span>}
        </>
      )}
      <div className="small" data-testid="check-time">
        Checked {formatDateTime(s.health_check_checked_at)}
      </div>
    </div>
  );
}
