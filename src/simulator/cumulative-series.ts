import type { DayNumber } from './calendar.js';
import { USAGE_FIELDS } from './daily-usage.js';

/** Days between two checkpoints: a lookup adds at most BLOCK_DAYS − 1 days of usage to a checkpoint. */
export const BLOCK_DAYS = 16;

/**
 * A customer's cumulative usage (life counters) on any day, computed from its daily usage and kept only as a
 * checkpoint every BLOCK_DAYS days (5 × 8 bytes each: ~4.6 kB for five years). Checkpoints are computed lazily,
 * on the first lookup that needs them, and extended when later days are asked for.
 */
export class CumulativeSeries {
  /** checkpoints[k * USAGE_FIELDS + f]: field f summed over the days before startDay + k × BLOCK_DAYS. */
  private checkpoints = new Float64Array(USAGE_FIELDS);
  private known = 1; // checkpoint 0 (all zeros) is known
  private readonly day = new Float64Array(USAGE_FIELDS);

  constructor(
    readonly startDay: DayNumber,
    private readonly usage: (day: DayNumber, out: Float64Array) => void,
  ) {}

  /** Writes the totals as of the end of `day` into out[0 … USAGE_FIELDS − 1]. */
  totalsAt(day: DayNumber, out: Float64Array): void {
    if (day < this.startDay) {
      out.fill(0, 0, USAGE_FIELDS);
      return;
    }
    const block = Math.floor((day - this.startDay) / BLOCK_DAYS);
    this.ensure(block);
    const base = block * USAGE_FIELDS;
    for (let f = 0; f < USAGE_FIELDS; f++) out[f] = this.checkpoints[base + f]!;
    for (let d = this.startDay + block * BLOCK_DAYS; d <= day; d++) this.addDay(d, out);
  }

  /** The totals as of the end of each day from `from` to `to` (inclusive), USAGE_FIELDS numbers per day. */
  totalsOver(from: DayNumber, to: DayNumber): Float64Array {
    const n = Math.max(0, to - from + 1);
    const rows = new Float64Array(n * USAGE_FIELDS);
    if (n === 0) return rows;
    const running = new Float64Array(USAGE_FIELDS);
    this.totalsAt(from, running);
    rows.set(running, 0);
    for (let i = 1; i < n; i++) {
      this.addDay(from + i, running);
      rows.set(running, i * USAGE_FIELDS);
    }
    return rows;
  }

  /** Bytes held (for memory estimates). */
  get bytes(): number {
    return this.checkpoints.byteLength;
  }

  private addDay(d: DayNumber, totals: Float64Array): void {
    if (d < this.startDay) return;
    this.usage(d, this.day);
    for (let f = 0; f < USAGE_FIELDS; f++) totals[f]! += this.day[f]!;
  }

  private ensure(block: number): void {
    if (block < this.known) return;
    if ((block + 1) * USAGE_FIELDS > this.checkpoints.length) {
      const grown = new Float64Array(Math.max((block + 1) * USAGE_FIELDS, this.checkpoints.length * 2));
      grown.set(this.checkpoints.subarray(0, this.known * USAGE_FIELDS));
      this.checkpoints = grown;
    }
    const running = this.checkpoints.slice((this.known - 1) * USAGE_FIELDS, this.known * USAGE_FIELDS);
    for (let k = this.known; k <= block; k++) {
      const first = this.startDay + (k - 1) * BLOCK_DAYS;
      for (let d = first; d < first + BLOCK_DAYS; d++) this.addDay(d, running);
      this.checkpoints.set(running, k * USAGE_FIELDS);
    }
    this.known = block + 1;
  }
}
