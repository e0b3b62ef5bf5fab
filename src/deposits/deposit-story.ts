/**
 * What the rules did around one feed deposit (docs/domain.md rule 8, "Show the maths"): its own status and reason,
 * the readings between its base and its date that it is not measured from, and the days that gave no valid reading.
 */
import type { ComputedDeposit, DepositStatus } from './deposit-rules.js';

/** A reading between a deposit's base and its date that the deposit is not measured from, and why (rule 8). */
export interface IgnoredReading {
  date: string;
  /** What became of that day's reading: glitch, pending, held, rejected or rebased (never deposited). */
  status: Exclude<DepositStatus, 'deposited'>;
  /** Its difference from the reading it was compared with, before the rules. */
  rawPages: number;
  reason: string;
}

/** A day between a deposit's base and its date whose portal answer failed validation: no reading, skipped. */
export interface SkippedDay {
  date: string;
  field: string;
  value: string;
  message: string;
}

/** What the rules did around one deposit: its own status and reason, and the days between its base and its date. */
export interface DepositStory {
  status: DepositStatus;
  reason: string | null;
  /** Readings dated after the base and before the date that were not accounted (none when the base is the day before). */
  ignored: IgnoredReading[];
  /** Days after the base, through the date, that gave no reading (their counters are covered by the next valid one). */
  skipped: SkippedDay[];
}

/**
 * The story of the deposit dated `date`, from the feed's computed deposits (computeDeposits, in date order) and its
 * rejected answers. Pure; null when the deposits hold no such date.
 */
export function depositStory(
  deposits: ReadonlyArray<Pick<ComputedDeposit, 'date' | 'status' | 'baseDate' | 'rawPages' | 'reason'>>,
  rejections: readonly SkippedDay[],
  date: string,
): DepositStory | null {
  const own = deposits.find((d) => d.date === date);
  if (!own) return null;
  const after = own.baseDate;
  const ignored: IgnoredReading[] = [];
  for (const d of deposits) {
    if (d.date > after && d.date < date && d.status !== 'deposited') {
      ignored.push({ date: d.date, status: d.status, rawPages: d.rawPages, reason: d.reason ?? `${d.status}.` });
    }
  }
  const skipped = rejections.filter((r) => r.date > after && r.date <= date).map((r) => ({ ...r }));
  return { status: own.status, reason: own.reason, ignored, skipped };
}
