import type { DayNumber } from './calendar.js';
import { businessName, type Sector } from './names.js';
import type { SeededRandom } from './seeded-random.js';

/** How a kind of business prints: the shape of its week and year, and its job mix. */
export interface SectorShape {
  /** Volume factor per weekday, Sunday first. */
  weekdays: readonly [number, number, number, number, number, number, number];
  /** Factor on a bank holiday (replaces the weekday's). */
  holiday: number;
  /** Seasonal factor by month (1–12) and day of month: August holidays, Christmas week, school terms. */
  season(month: number, dom: number): number;
  colourShare: readonly [number, number];
  largeShare: readonly [number, number];
  /** Share of small impressions printed on duplex sheets. */
  duplexShare: readonly [number, number];
  /** Scans per printed impression. */
  scanRatio: readonly [number, number];
  /** Median device count (log-normal, 1–40) and impressions per device on an ordinary weekday. */
  medianDevices: number;
  perDevice: number;
}

const christmasWeek = (month: number, dom: number) => (month === 12 && dom >= 24) || (month === 1 && dom === 1);

const office = (month: number, dom: number, august: number, christmas: number) =>
  christmasWeek(month, dom) ? christmas : month === 8 ? august : 1;

export const SECTORS: Readonly<Record<Sector, SectorShape>> = {
  professional: {
    weekdays: [0.01, 1, 1.05, 1.05, 1, 0.85, 0.04],
    holiday: 0.03,
    season: (m, d) => office(m, d, 0.8, 0.3),
    colourShare: [0.15, 0.45],
    largeShare: [0.02, 0.12],
    duplexShare: [0.3, 0.7],
    scanRatio: [0.2, 0.6],
    medianDevices: 5,
    perDevice: 75,
  },
  industrial: {
    weekdays: [0.02, 1, 1, 1, 1, 0.9, 0.15],
    holiday: 0.05,
    season: (m, d) => office(m, d, 0.75, 0.15),
    colourShare: [0.03, 0.2],
    largeShare: [0.02, 0.15],
    duplexShare: [0.1, 0.4],
    scanRatio: [0.1, 0.4],
    medianDevices: 4,
    perDevice: 55,
  },
  healthcare: {
    weekdays: [0.15, 1, 1, 1, 1, 0.95, 0.3],
    holiday: 0.3,
    season: (m, d) => office(m, d, 0.92, 0.6),
    colourShare: [0.05, 0.2],
    largeShare: [0, 0.02],
    duplexShare: [0.2, 0.5],
    scanRatio: [0.3, 0.8],
    medianDevices: 4,
    perDevice: 90,
  },
  hospitality: {
    weekdays: [0.7, 1, 1, 1, 1, 1.05, 1.1],
    holiday: 0.8,
    season: (m, d) => office(m, d, 1.05, 0.6),
    colourShare: [0.2, 0.5],
    largeShare: [0.01, 0.06],
    duplexShare: [0.05, 0.3],
    scanRatio: [0.05, 0.2],
    medianDevices: 3,
    perDevice: 45,
  },
  school: {
    weekdays: [0.01, 1, 1, 1, 1, 0.9, 0.01],
    holiday: 0.01,
    // Summer holidays from late July, two weeks at Christmas, the Easter fortnight is left to the bank holidays.
    season: (m, d) => ((m === 7 && d >= 22) || m === 8 ? 0.05 : (m === 12 && d >= 20) || (m === 1 && d <= 3) ? 0.03 : 1),
    colourShare: [0.2, 0.5],
    largeShare: [0.02, 0.08],
    duplexShare: [0.2, 0.5],
    scanRatio: [0.05, 0.2],
    medianDevices: 10,
    perDevice: 110,
  },
  public: {
    weekdays: [0.01, 1, 1, 1, 1, 0.8, 0.03],
    holiday: 0.02,
    season: (m, d) => office(m, d, 0.85, 0.25),
    colourShare: [0.05, 0.25],
    largeShare: [0.01, 0.06],
    duplexShare: [0.3, 0.7],
    scanRatio: [0.1, 0.5],
    medianDevices: 4,
    perDevice: 60,
  },
};

/**
 * A past spell when the customer's data collection agent stopped reporting (days first..last). With `cached`
 * the agent uploaded its cached readings on return, so the history was filled in; without, the counters stayed
 * frozen over the spell and jumped on the day after `last`.
 */
export interface StaleEpisode {
  first: DayNumber;
  last: DayNumber;
  cached: boolean;
}

export interface CustomerProfile {
  id: number;
  name: string;
  sector: Sector;
  shape: SectorShape;
  /** 32-bit key for the customer's daily draws. */
  key: number;
  devices: number;
  /** Expected impressions on an ordinary weekday at the start (devices × per-device volume). */
  dailyVolume: number;
  /** Continuous yearly growth (> 0) or decline (< 0) of the volume. */
  trendPerYear: number;
  colourShare: number;
  largeShare: number;
  duplexShare: number;
  scanRatio: number;
  /** The first day with a reading; every counter is zero before it. */
  startDay: DayNumber;
  episodes: readonly StaleEpisode[];
}

export interface ProfileWindow {
  /** The first day of the history. */
  firstDay: DayNumber;
  /** The simulator's today when it started: past episodes end before it. */
  today: DayNumber;
}

/** Share of customers whose readings go back to the first day of the history; the others joined later. */
const SHARE_FROM_FIRST_DAY = 0.5;
/** Customers that joined later did so at least this many days before today. */
const LATEST_JOIN_DAYS = 14;
/** Mean days between two past staleness episodes of one agent. */
const MEAN_DAYS_BETWEEN_EPISODES = 420;

const between = (rnd: SeededRandom, [min, max]: readonly [number, number]) => rnd.between(min, max);

/**
 * One customer's parameters. `names` draws the name (shared by the fleet so names stay unique);
 * `rnd` is the customer's own generator, so its volumes do not depend on other customers.
 */
export function customerProfile(
  id: number,
  key: number,
  names: { rnd: SeededRandom; taken: Set<string> },
  rnd: SeededRandom,
  window: ProfileWindow,
): CustomerProfile {
  const { name, sector } = businessName(names.rnd, names.taken);
  const shape = SECTORS[sector];
  const devices = Math.min(40, Math.max(1, Math.round(shape.medianDevices * Math.exp(0.8 * rnd.normal()))));
  const perDevice = Math.min(400, Math.max(8, shape.perDevice * Math.exp(0.45 * rnd.normal())));

  const latestJoin = window.today - LATEST_JOIN_DAYS;
  const startDay =
    latestJoin <= window.firstDay || rnd.chance(SHARE_FROM_FIRST_DAY) ? window.firstDay : rnd.int(window.firstDay, latestJoin);

  return {
    id,
    name,
    sector,
    shape,
    key,
    devices,
    dailyVolume: devices * perDevice,
    trendPerYear: rnd.between(-0.15, 0.12),
    colourShare: between(rnd, shape.colourShare),
    largeShare: rnd.chance(0.15) ? 0 : between(rnd, shape.largeShare), // some fleets have no A3 device
    duplexShare: between(rnd, shape.duplexShare),
    scanRatio: between(rnd, shape.scanRatio),
    startDay,
    episodes: pastEpisodes(rnd, startDay, window.today),
  };
}

/** Non-overlapping spells of 2–10 days, the last ending at least 4 days before today. */
function pastEpisodes(rnd: SeededRandom, startDay: DayNumber, today: DayNumber): StaleEpisode[] {
  const episodes: StaleEpisode[] = [];
  let cursor = startDay + 20;
  for (;;) {
    cursor += Math.floor(rnd.exponential(MEAN_DAYS_BETWEEN_EPISODES));
    const length = rnd.int(2, 10);
    if (cursor + length > today - 4) break;
    episodes.push({ first: cursor, last: cursor + length - 1, cached: rnd.chance(0.5) });
    cursor += length + 10;
  }
  return episodes;
}
