import type { Health } from '../api/types';
import { formatAgo, formatDateTime } from '../format';
import { healthReasonExplanation, healthReasonWords } from '../health-reasons';
import { Term, TermsIn } from './Term';
import './HealthBadge.css';

const LABEL: Record<Health, string> = { healthy: 'Healthy', unhealthy: 'Unhealthy', pending: 'Pending' };

interface HealthProps {
  state: Health;
  since?: string | null;
  /** The message (health_check_reason). */
  reason?: string | null;
  /** The machine-readable reason (health_reason), shown in words. */
  code?: string | null;
}

export function HealthBadge({ state, since, reason, code }: HealthProps) {
  const words = code ? healthReasonWords(code) : null;
  const title = [words, reason, since ? `since ${formatDateTime(since)}` : null].filter(Boolean).join(' · ') || undefined;
  return (
    <span className={`badge badge-${state}`} title={title}>
      <span className="dot" aria-hidden="true" />
      {LABEL[state]}
    </span>
  );
}

/** The badge plus, when unhealthy, why (the reason in words, then the message) and since when. */
export function HealthDetail({ state, since, reason, code }: HealthProps) {
  return (
    <div className="health-detail">
      <HealthBadge state={state} since={since} reason={reason} code={code} />
      {state === 'unhealthy' && (
        <span className="small">
          {code && (
            <strong className="health-reason" data-reason={code}>
              <Term explain={healthReasonExplanation(code)}>{healthReasonWords(code)}</Term>{' '}
            </strong>
          )}
          <span className="muted">
            {since ? `since ${formatAgo(since)}` : null}
            {reason ? (
              <>
                {' — '}
                <TermsIn text={reason} />
              </>
            ) : null}
          </span>
        </span>
      )}
    </div>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const tone = ['active', 'succeeded', 'deposited', 'delivered'].includes(status)
    ? 'healthy'
    : ['failed', 'rejected', 'unhealthy', 'abandoned'].includes(status)
      ? 'unhealthy'
      : ['held', 'partial', 'pending', 'running'].includes(status)
        ? 'warning'
        : 'neutral';
  return <span className={`badge badge-${tone}`}>{status[0]?.toUpperCase() + status.slice(1)}</span>;
}
