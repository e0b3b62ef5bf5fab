import { domOf, isHolidayFact, monthOf, weekday, type DayFacts, type DayNumber } from './calendar.js';
import type { CustomerProfile } from './customer-profile.js';
import { hash3, normalFrom, unit } from './seeded-random.js';

/**
 * One customer's consumption on one day, as the five independent quantities every counter derives from
 * (mono = impressions − colour, small = impressions − large). Indexes into a usage vector:
 */
export const IMPRESSIONS = 0;
export const COLOUR = 1;
export const LARGE = 2;
/** Duplex sheets: never more than half the day's small impressions. */
export const DUPLEX = 3;
export const SCANS = 4;
export const USAGE_FIELDS = 5;

const DAYS_PER_YEAR = 365.25;
// Spread of the day-to-day and week-to-week volume around the expected figure (log-normal sigmas).
const DAILY_SIGMA = 0.22;
const WEEKLY_SIGMA = 0.12;

// Independent draws per (customer, day) or (customer, week); the *Round streams do stochastic rounding.
const S = {
  volume1: 1,
  volume2: 2,
  volumeRound: 3,
  colour1: 4,
  colour2: 5,
  colourRound: 6,
  large: 7,
  largeRound: 8,
  duplex: 9,
  duplexRound: 10,
  scans: 11,
  scansRound: 12,
  week1: 13,
  week2: 14,
} as const;

/** Writes the day's usage into out[offset … offset + 4]. Zero before the customer's first reading. */
export function dailyUsage(p: CustomerProfile, day: DayNumber, calendar: DayFacts, out: Float64Array, offset = 0): void {
  if (day < p.startDay) {
    out.fill(0, offset, offset + USAGE_FIELDS);
    return;
  }
  const key = p.key;
  const facts = calendar.of(day);
  const shape = p.shape;
  const dayFactor = isHolidayFact(facts) ? shape.holiday : shape.weekdays[weekday(day)]!;
  const week = Math.floor((day + 3) / 7); // Monday-based weeks
  const weekNoise = Math.exp(WEEKLY_SIGMA * normalFrom(hash3(key, week, S.week1), hash3(key, week, S.week2)));
  const dayNoise = Math.exp(DAILY_SIGMA * normalFrom(hash3(key, day, S.volume1), hash3(key, day, S.volume2)));
  const trend = Math.exp((p.trendPerYear * (day - p.startDay)) / DAYS_PER_YEAR);
  const expected = p.dailyVolume * dayFactor * shape.season(monthOf(facts), domOf(facts)) * trend * weekNoise * dayNoise;

  const impressions = Math.floor(expected + unit(hash3(key, day, S.volumeRound)));
  const colourShare = clamp01(p.colourShare * (1 + 0.2 * normalFrom(hash3(key, day, S.colour1), hash3(key, day, S.colour2))));
  const colour = Math.min(impressions, Math.floor(impressions * colourShare + unit(hash3(key, day, S.colourRound))));
  const largeShare = p.largeShare * (0.6 + 0.8 * unit(hash3(key, day, S.large)));
  const large = Math.min(impressions, Math.floor(impressions * largeShare + unit(hash3(key, day, S.largeRound))));
  const small = impressions - large;
  const duplexShare = p.duplexShare * (0.8 + 0.4 * unit(hash3(key, day, S.duplex)));
  const duplex = Math.min(Math.floor(small / 2), Math.floor((small * duplexShare) / 2 + unit(hash3(key, day, S.duplexRound))));
  const scans = Math.floor(impressions * p.scanRatio * (0.5 + unit(hash3(key, day, S.scans))) + unit(hash3(key, day, S.scansRound)));

  out[offset + IMPRESSIONS] = impressions;
  out[offset + COLOUR] = colour;
  out[offset + LARGE] = large;
  out[offset + DUPLEX] = duplex;
  out[offset + SCANS] = scans;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : Math.min(x, 1);
}
