/**
 * Which stored readings are believed (docs/domain.md "Standard pages"): cumulative counters cannot go down, so readings
 * that contradict each other are resolved, not believed. A pure function of the readings' standard pages, in date order.
 *
 * Within a segment (the readings since the feed's first reading or since the last confirmed meter reset) the accepted
 * readings never go down. Walking the readings in date order, with p the last accepted reading:
 * - a reading at or above p is accepted (for now: a later reading may show it was a spike);
 * - a reading below p is a drop, and one of:
 *   1. a spike's end: the nearest accepted reading a at or below it lies fewer than N readings back, so the accepted
 *      readings above it since a were higher than the readings on both sides of them (a spike that came back down):
 *      they become glitches (`spike`) and the reading is accepted, measured from a;
 *   2. a low glitch (`low`): one of the next N − 1 readings comes back to the earlier level L (the accepted level
 *      before the last N readings: so a spike just before the drop does not count as the earlier level);
 *   3. a meter reset (`reset`): it and the next N − 1 readings are all below L, a drop that persists for N consecutive
 *      readings: a new segment starts at it (it deposits 0 and later days are measured from it);
 *   4. `pending`: too few readings after it yet to tell 2 from 3 (it is ignored until they arrive).
 *
 * Every outcome depends only on the readings, so recomputing from the same readings gives the same result, in
 * whatever order they arrived.
 */

/** What became of a reading: the first is always `base`. */
export type ResolutionKind = 'base' | 'accepted' | 'reset' | 'spike' | 'low' | 'pending';

export interface Resolution {
  kind: ResolutionKind;
  /**
   * The accepted reading (index) this one is measured from (accepted), or was compared with (spike, low, pending,
   * reset: the level it contradicted); -1 for the base reading.
   */
  ref: number;
}

/** A drop that persists for this many consecutive readings is a meter reset (docs/domain.md). */
export const DEFAULT_RESET_AFTER = 3;

/**
 * Resolves readings given as their rounded standard pages, in date order (`pages[i]` of the i-th reading).
 * `resetAfter` is N (an integer ≥ 1: with 1, every drop is a reset at once).
 */
export function resolveReadings(pages: readonly number[], resetAfter: number = DEFAULT_RESET_AFTER): Resolution[] {
  if (!(Number.isSafeInteger(resetAfter) && resetAfter >= 1))
    throw new RangeError(`resetAfter must be a positive integer (got ${resetAfter}).`);
  const n = pages.length;
  const out: Resolution[] = new Array(n);
  if (n === 0) return out;
  out[0] = { kind: 'base', ref: -1 };
  let stack: number[] = [0]; // the accepted readings of the current segment, by index; their pages never go down
  for (let i = 1; i < n; i++) {
    const s = pages[i]!;
    const p = stack[stack.length - 1]!;
    if (s >= pages[p]!) {
      out[i] = { kind: 'accepted', ref: p };
      stack.push(i);
      continue;
    }
    // A drop. 1: does it end a spike? The nearest accepted reading at or below it, if fewer than N readings back.
    let k = stack.length - 1;
    while (k >= 0 && pages[stack[k]!]! > s) k--;
    if (k >= 0 && i - stack[k]! - 1 < resetAfter) {
      for (let j = k + 1; j < stack.length; j++) out[stack[j]!] = { kind: 'spike', ref: stack[k]! };
      stack = stack.slice(0, k + 1);
      out[i] = { kind: 'accepted', ref: stack[k]! };
      stack.push(i);
      continue;
    }
    // The earlier level: the last accepted reading from before the last N readings (the segment's first if none).
    let m = stack.length - 1;
    while (m > 0 && stack[m]! > i - resetAfter - 1) m--;
    const level = pages[stack[m]!]!;
    const ref = stack[m]!;
    // 2: a low glitch if the counters come back to that level within the next N − 1 readings.
    const last = Math.min(n - 1, i + resetAfter - 1);
    let back = false;
    for (let j = i + 1; j <= last; j++) {
      if (pages[j]! >= level) {
        back = true;
        break;
      }
    }
    if (back || s >= level) {
      // s ≥ level cannot come with k < 0; with k ≥ 0 it is a drop below a level held too long to be a spike but above
      // the earlier level: ignored like a low reading (the counters are still above the level it would reset to).
      out[i] = { kind: 'low', ref: p };
      continue;
    }
    if (i + resetAfter - 1 > n - 1) {
      out[i] = { kind: 'pending', ref };
      continue;
    }
    // 3: persisted for N readings: a meter reset, a new segment from this reading.
    out[i] = { kind: 'reset', ref: p };
    stack = [i];
  }
  return out;
}
