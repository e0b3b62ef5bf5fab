// Interim version (being replaced by the full rules with anomaly review).
import { roundedStandardPages, type PaperCounters, type PaperProfile } from './standard-pages.js';

export interface StoredReading { date: string; counters: PaperCounters }
export type ReviewDecision = 'approved' | 'rejected';
export interface ComputedDeposit { date: string; pages: number; status: 'deposited' | 'held' | 'rejected' | 'rebased'; baseDate: string; rawPages: number; coveredDays: number }

export function computeDeposits(readings: StoredReading[], profile: PaperProfile, _decisions: ReadonlyMap<string, ReviewDecision>): ComputedDeposit[] {
  const out: ComputedDeposit[] = [];
  for (let i = 1; i < readings.length; i++) {
    const base = readings[i - 1]!;
    const end = readings[i]!;
    const raw = roundedStandardPages(end.counters, profile) - roundedStandardPages(base.counters, profile);
    out.push({ date: end.date, pages: Math.max(raw, 0), status: raw < 0 ? 'rebased' : 'deposited', baseDate: base.date, rawPages: raw, coveredDays: 1 });
  }
  return out;
}
