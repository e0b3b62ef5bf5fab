import type { Health } from '../api/types';
import { formatAgo, formatDateTime } from '../format';
import './HealthBadge.css';

const LABEL: Record<Health, string> = { healthy: 'Healthy', unhealthy: 'Unhealthy', pending: 'Pending' };

export function HealthBadge({ state, since, reason }: { state: Health; since?: string | null; reason?: string | null }) {
  const title = [reason, since ? `since ${formatDateTime(since)}` : null].filter(Boolean).join(' · ') || undefined;
  return (
    <span className={`badge badge-${state}`} title={title}>
      <span className="dot" aria-hidden="true" />
      {LABEL[state]}
    </span>
  );
}

/** The badge plus, when unhealthy, why and since when (in words, not only in a tooltip). */
export function HealthDetail({ state, since, reason }: { state: Health; since?: string | null; reason?: string | null }) {
  return (
    <div className="health-detail">
      <HealthBadge state={state} since={since} reason={reason} />
      {state === 'unhealthy' && (
        <span className="muted small">
          {since ? `since ${formatAgo(since)}` : null}
          {reason ? ` — ${reason}` : null}
        </span>
      )}
    </div>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const tone = ['active', 'succeeded', 'deposited', 'delivered'].includes(status)
    ? 'healthy'
    : ['failed', 'rejected', 'unhealthy'].includes(status)
      ? 'unhealthy'
      : ['held', 'partial', 'pending', 'running'].includes(status)
        ? 'warning'
        : 'neutral';
  return <span className={`badge badge-${tone}`}>{status[0]?.toUpperCase() + status.slice(1)}</span>;
}
