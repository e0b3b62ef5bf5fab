import { useState, type FormEvent } from 'react';
import { fieldErrorOf, messageOf } from '../api/client';
import { resyncFeed } from '../api/feeds';
import type { Feed } from '../api/types';
import { addDays, formatDay, plural, todayIn } from '../format';
import { RunProgress, runIdsOf } from './RunProgress';
import './ResyncDialog.css';

type Preview = { start: string; end: string; days: number; changed: number };
type Queued = { before: ReadonlySet<string>; days: number };

const FIELD_WORDS: Record<string, string> = { start_date: 'The first day', end_date: 'The last day' };

/** An API error in words: a date the API refused says which, and why. */
function problemOf(err: unknown): string {
  const f = fieldErrorOf(err);
  if (f && FIELD_WORDS[f.field]) return `${FIELD_WORDS[f.field]} ${f.detail}`;
  return messageOf(err);
}

/**
 * "Re-sync a date range" of a feed: pick the days, preview what re-reading them from the portal would change (a dry
 * run: nothing is written), then queue the re-read and follow its run. Re-reading changes a total only where the
 * portal's answers changed.
 */
export function ResyncDialog({ feed, timeZone, onClose }: { feed: Feed; timeZone: string | undefined; onClose(): void }) {
  const yesterday = addDays(todayIn(timeZone ?? 'Europe/London'), -1);
  const activation = feed.activated_at.slice(0, 10);
  // The last week, from the activation date on (dates sort as text).
  const first = [[addDays(yesterday, -6), activation].sort()[1]!, yesterday].sort()[0]!;
  const [start, setStart] = useState(first);
  const [end, setEnd] = useState(yesterday);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [queued, setQueued] = useState<Queued | null>(null);
  const [busy, setBusy] = useState<'preview' | 'resync' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `resync-heading-${feed.id}`;

  const current = preview && preview.start === start && preview.end === end ? preview : null;

  async function onPreview(e: FormEvent) {
    e.preventDefault();
    setBusy('preview');
    setError(null);
    setQueued(null);
    try {
      const r = await resyncFeed(feed.id, { start_date: start, end_date: end, dry_run: true });
      setPreview({ start, end, days: r.days, changed: r.changed_pages ?? 0 });
    } catch (err) {
      setPreview(null);
      setError(problemOf(err));
    } finally {
      setBusy(null);
    }
  }

  async function onResync() {
    setBusy('resync');
    setError(null);
    try {
      const before = await runIdsOf(feed.server_id);
      const r = await resyncFeed(feed.id, { start_date: start, end_date: end, dry_run: false });
      setQueued({ before, days: r.days });
    } catch (err) {
      setError(`The re-sync was not queued: ${problemOf(err)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="resync" aria-labelledby={headingId} data-testid="resync-dialog">
      <div className="card-head">
        <h3 id={headingId}>Re-sync a date range of #{feed.external_id}</h3>
        <button type="button" className="btn btn-small btn-secondary" onClick={onClose}>
          Close<span className="sr-only"> re-sync</span>
        </button>
      </div>
      <p className="hint">
        Canopy reads these days from the portal again. A total changes only where the portal's counters changed since they were read (an
        agent that caught up late, a corrected reading). From {formatDay(activation)} (activation) to {formatDay(yesterday)} (yesterday).
      </p>
      <form className="inline-form" onSubmit={onPreview}>
        <div className="field">
          <label htmlFor={`resync-start-${feed.id}`}>First day</label>
          <input
            id={`resync-start-${feed.id}`}
            type="date"
            required
            min={activation}
            max={yesterday}
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`resync-end-${feed.id}`}>Last day</label>
          <input
            id={`resync-end-${feed.id}`}
            type="date"
            required
            min={activation}
            max={yesterday}
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-secondary" disabled={busy !== null}>
          {busy === 'preview' ? 'Reading the portal…' : 'Preview'}
        </button>
      </form>
      {error && (
        <div className="notice notice-error" role="alert" data-testid="resync-error">
          {error}
        </div>
      )}
      {current && (
        <div className="notice notice-info resync-preview" role="status" data-testid="resync-preview">
          <span data-testid="resync-preview-text">
            {plural(current.days, 'day')} would be re-read;{' '}
            {current.changed === 0 ? 'no totals would change' : `${plural(current.changed, 'page')} would change`}.
          </span>
          <button type="button" className="btn btn-small btn-primary" onClick={() => void onResync()} disabled={busy !== null}>
            {busy === 'resync' ? 'Queuing…' : 'Re-sync'}
          </button>
        </div>
      )}
      {queued && (
        <RunProgress
          serverId={feed.server_id}
          before={queued.before}
          label={`Re-sync of ${plural(queued.days, 'day')}`}
          // What it previewed is now the past: preview again to see what another re-read would change.
          onFinished={() => setPreview(null)}
        />
      )}
    </section>
  );
}
