import { DayFacts, type DayNumber } from './calendar.js';
import { CumulativeSeries } from './cumulative-series.js';
import { customerProfile, type CustomerProfile } from './customer-profile.js';
import { COLOUR, DUPLEX, IMPRESSIONS, LARGE, SCANS, USAGE_FIELDS, dailyUsage } from './daily-usage.js';
import { SeededRandom, hash3, seedKey } from './seeded-random.js';

/** Cumulative counters as the portal reports them (ONESTOP-API.md MeterReadingSummary, without id and date). */
export interface MeterCounters {
  deviceTotal: number;
  colourTotal: number;
  monoTotal: number;
  scanTotal: number;
  largeTotal: number;
  duplexTotal: number;
  smallTotal: number;
}

export interface CustomerSummary {
  id: number;
  name: string;
}

export interface FleetOptions {
  seed: number;
  customers: number;
  /** Days of history before `today`. */
  historyDays: number;
  /** The simulator's today at start: the history is the historyDays days before it. */
  today: DayNumber;
}

/** Customer ids are FIRST_CUSTOMER_ID, FIRST_CUSTOMER_ID + 1, … in list order. */
export const FIRST_CUSTOMER_ID = 1001;

export const ZERO_COUNTERS: Readonly<MeterCounters> = Object.freeze({
  deviceTotal: 0,
  colourTotal: 0,
  monoTotal: 0,
  scanTotal: 0,
  largeTotal: 0,
  duplexTotal: 0,
  smallTotal: 0,
});

/** Counters from the five usage totals; the identities of DOMAIN.md hold by construction. */
export function countersFromTotals(t: Float64Array, offset = 0): MeterCounters {
  const device = t[offset + IMPRESSIONS]!;
  const colour = t[offset + COLOUR]!;
  const large = t[offset + LARGE]!;
  return {
    deviceTotal: device,
    colourTotal: colour,
    monoTotal: device - colour,
    scanTotal: t[offset + SCANS]!,
    largeTotal: large,
    duplexTotal: t[offset + DUPLEX]!,
    smallTotal: device - large,
  };
}

/**
 * The deterministic fleet: every customer's name and parameters from the seed (made eagerly: cheap), and its true
 * cumulative counters on any day (computed lazily per customer, see CumulativeSeries). Nothing here knows about
 * what the portal shows: that is PortalState (stale agents, today).
 */
export class FleetModel {
  readonly firstDay: DayNumber;
  readonly startedToday: DayNumber;
  readonly customers: readonly CustomerSummary[];
  readonly calendar = new DayFacts();
  private readonly profiles: readonly CustomerProfile[];
  private readonly series: Array<CumulativeSeries | undefined>;
  private readonly scratch = new Float64Array(USAGE_FIELDS);

  constructor(readonly options: FleetOptions) {
    this.firstDay = options.today - options.historyDays;
    this.startedToday = options.today;
    const key = seedKey(options.seed);
    const names = { rnd: new SeededRandom(hash3(key, 0x6e616d65, 0)), taken: new Set<string>() };
    const window = { firstDay: this.firstDay, today: options.today };
    const profiles: CustomerProfile[] = [];
    for (let i = 0; i < options.customers; i++) {
      const id = FIRST_CUSTOMER_ID + i;
      profiles.push(customerProfile(id, hash3(key, id, 0x64617973), names, new SeededRandom(hash3(key, id, 0x70726f66)), window));
    }
    this.profiles = profiles;
    this.customers = profiles.map((p) => ({ id: p.id, name: p.name }));
    this.series = new Array<CumulativeSeries | undefined>(profiles.length);
  }

  profile(id: number): CustomerProfile | undefined {
    return this.profiles[id - FIRST_CUSTOMER_ID];
  }

  has(id: number): boolean {
    return Number.isInteger(id) && id >= FIRST_CUSTOMER_ID && id < FIRST_CUSTOMER_ID + this.profiles.length;
  }

  /** True cumulative counters as of the end of `day` (zeros before the customer's first reading). */
  actual(id: number, day: DayNumber): MeterCounters {
    this.seriesOf(id).totalsAt(day, this.scratch);
    return countersFromTotals(this.scratch);
  }

  /** True usage totals as of the end of each day from..to, USAGE_FIELDS numbers per day (see countersFromTotals). */
  actualOver(id: number, from: DayNumber, to: DayNumber): Float64Array {
    return this.seriesOf(id).totalsOver(from, to);
  }

  /** Bytes held by the lazily computed checkpoints. */
  cachedBytes(): number {
    return this.series.reduce((sum, s) => sum + (s?.bytes ?? 0), 0);
  }

  private seriesOf(id: number): CumulativeSeries {
    const index = id - FIRST_CUSTOMER_ID;
    let s = this.series[index];
    if (!s) {
      const profile = this.requireProfile(id);
      const calendar = this.calendar;
      s = new CumulativeSeries(profile.startDay, (day, out) => dailyUsage(profile, day, calendar, out));
      this.series[index] = s;
    }
    return s;
  }

  private requireProfile(id: number): CustomerProfile {
    const p = this.profiles[id - FIRST_CUSTOMER_ID];
    if (!p) throw new RangeError(`no customer ${id}`);
    return p;
  }
}
