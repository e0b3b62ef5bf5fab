import { useEffect, useRef, useState } from 'react';
import { feedKeys, getFeed } from '../api/feeds';
import type { Feed } from '../api/types';
import { backfillState } from '../backfill';
import { formatDay, formatPages } from '../format';
import { useResource } from '../hooks/useResource';
import { ErrorMessage } from './Status';
import './BackfillProgress.css';

/** A progress bar for the days a feed has collected since its activation date. */
export function ProgressBar({
  feed,
  label,
  timeZone,
}: {
  feed: Pick<Feed, 'activated_at' | 'synced_through' | 'id'>;
  label: string;
  timeZone?: string;
}) {
  const st = backfillState(feed, timeZone);
  const text = st.finished
    ? `Backfill complete: ${formatPages(st.total)} days`
    : `${formatPages(st.done)} of ${formatPages(st.total)} days collected`;
  return (
    <div className="progress-row" data-testid={`backfill-${feed.id}`} data-finished={st.finished}>
      <div className="progress-label">
        <span>{label}</span>
        <span className="muted small">{text}</span>
      </div>
      <div
        className={`progress${st.finished ? ' done' : ''}`}
        role="progressbar"
        aria-label={`Backfill of ${label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={st.percent}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${st.percent}%` }} />
      </div>
      {feed.synced_through && !st.finished && <div className="muted small">Synced through {formatDay(feed.synced_through)}</div>}
    </div>
  );
}

/** Polls a feed every 2 s until its backfill is done, then tells the parent once. */
export function LiveBackfill({
  feedId,
  label,
  timeZone,
  onFinished,
}: {
  feedId: string;
  label: string;
  timeZone?: string;
  onFinished?: (feed: Feed) => void;
}) {
  const [done, setDone] = useState(false);
  const feed = useResource(() => getFeed(feedId), feedKeys.detail(feedId), done ? undefined : 2000);
  const finished = feed.data ? backfillState(feed.data, timeZone).finished : false;
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  useEffect(() => {
    if (finished && feed.data && !done) {
      setDone(true);
      finishedRef.current?.(feed.data);
    }
  }, [finished, feed.data, done]);
  if (feed.error !== undefined && !feed.data) return <ErrorMessage error={feed.error} retry={feed.reload} />;
  if (!feed.data) {
    return (
      <div className="progress-row">
        <div className="progress-label">
          <span>{label}</span>
          <span className="muted small">Starting…</span>
        </div>
        <div
          className="progress"
          role="progressbar"
          aria-label={`Backfill of ${label}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={0}
        >
          <div className="progress-fill" style={{ width: '0%' }} />
        </div>
      </div>
    );
  }
  return <ProgressBar feed={feed.data} label={label} timeZone={timeZone} />;
}
