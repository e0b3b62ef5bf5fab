import { addDays } from '../calendar.js';

export interface FeedPosition {
  activationDate: string;
  /** Last date accounted for, or null before the first sync. */
  checkpoint: string | null;
  /** The last stored date whose counters differ from the day before (null: none yet). */
  lastChange: string | null;
}

/**
 * The dates a sync reads, in order (docs/domain.md, Collection): from the day before activation (the base reading) on the
 * first sync; afterwards from the checkpoint, re-reading the trailing days on which the counters did not move (late
 * readings fill them in), up to and including yesterday.
 */
export function datesToRead(pos: FeedPosition, yesterday: string): string[] {
  const base = addDays(pos.activationDate, -1);
  let from = pos.checkpoint === null ? base : addDays(pos.checkpoint, 1);
  if (pos.checkpoint !== null) {
    const sinceChange = pos.lastChange === null ? base : addDays(pos.lastChange, 1);
    if (sinceChange < from) from = sinceChange;
  }
  if (from < base) from = base;
  const dates: string[] = [];
  for (let d = from; d <= yesterday; d = addDays(d, 1)) dates.push(d);
  return dates;
}
