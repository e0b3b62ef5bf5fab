import type { DayNumber, PortalToday } from './calendar.js';
import type { StaleEpisode } from './customer-profile.js';
import type { FleetModel, MeterCounters } from './fleet-model.js';
import { GlitchBook, type SummaryAnswer } from './glitches.js';

export interface StaleSpell {
  customer: number;
  /** The first day without data: the counters stay at the day before's. */
  since: DayNumber;
}

/**
 * What the portal shows, on top of the fleet's true counters: data exists up to and including yesterday, and a
 * customer's counters stand still while its agent is stale. The portal always shows the true counters of some
 * earlier-or-equal day ("shown day"), so the identities of DOMAIN.md hold for reported counters too, and they
 * never decrease.
 *
 * Staleness comes from three places:
 * - the model's past episodes without cached readings (frozen over the spell, a jump the day after);
 * - a current spell (`--stale ID:DAYS`, or `{"dca": "stale"}`): frozen since `since` until the agent comes back;
 * - a spell ended by `{"dca": "online", "cached": false}`: the agent had no cache, so the days of the spell stay
 *   frozen and the counters jump on the next day with data. With a cache (the default) the spell simply vanishes:
 *   the portal's history becomes the true one.
 */
export class PortalState {
  private readonly current = new Map<number, DayNumber>();
  /** Spells without cached readings per customer, sorted by first day, latest first (built on demand). */
  private readonly gaps = new Map<number, StaleEpisode[]>();
  /** Nonsense injected into the answers (POST /_sim/glitches); never into `reported` or `actual`. */
  readonly glitches = new GlitchBook();

  constructor(
    readonly fleet: FleetModel,
    readonly today: PortalToday,
  ) {}

  yesterday(): DayNumber {
    return this.today.get() - 1;
  }

  /** The last day with data for the customer. */
  latestReadingDay(id: number): DayNumber {
    const yesterday = this.yesterday();
    const since = this.current.get(id);
    return since === undefined ? yesterday : Math.min(yesterday, since - 1);
  }

  /** The day whose true counters the portal shows for `day`. */
  shownDay(id: number, day: DayNumber): DayNumber {
    let d = Math.min(day, this.latestReadingDay(id));
    for (const gap of this.gapsOf(id)) {
      if (d >= gap.first && d <= gap.last) d = gap.first - 1;
    }
    return d;
  }

  /** The counters the portal reports for the customer as of the end of `day`. */
  reported(id: number, day: DayNumber): MeterCounters {
    return this.fleet.actual(id, this.shownDay(id, day));
  }

  /**
   * The portal's answer to GET …/summary?date=`date` (`day` its day number): the reported counters, with the
   * customer's glitches applied.
   */
  answer(id: number, day: DayNumber, date: string): SummaryAnswer {
    if (!this.glitches.has(id)) return { customerId: id, date, ...this.reported(id, day) };
    return this.glitches.answer(id, day, date, (d) => this.reported(id, d));
  }

  /** The true counters as of the end of `day` (nothing is known after yesterday). */
  actual(id: number, day: DayNumber): MeterCounters {
    return this.fleet.actual(id, Math.min(day, this.yesterday()));
  }

  /** The agent stops reporting: no data from `since` on. An agent already stale keeps its earlier stop. */
  markStale(id: number, since: DayNumber): void {
    const previous = this.current.get(id);
    if (previous === undefined || since < previous) this.current.set(id, since);
  }

  /**
   * The agent reports again. With its cache uploaded, every stale day gets its true counters; without, the stale
   * days stay frozen and the counters jump on the first day with data. No effect on an agent that is not stale.
   */
  markOnline(id: number, cached: boolean): void {
    const since = this.current.get(id);
    if (since === undefined) return;
    this.current.delete(id);
    const last = this.yesterday();
    if (!cached && since <= last) {
      const gaps = [...this.gapsOf(id), { first: since, last, cached: false }];
      this.gaps.set(
        id,
        gaps.sort((a, b) => b.first - a.first),
      );
    }
  }

  staleSpells(): StaleSpell[] {
    return [...this.current].map(([customer, since]) => ({ customer, since })).sort((a, b) => a.customer - b.customer);
  }

  /** Every spell without cached readings (model episodes and ended runtime spells), latest first. */
  gapsOf(id: number): readonly StaleEpisode[] {
    let gaps = this.gaps.get(id);
    if (!gaps) {
      gaps = (this.fleet.profile(id)?.episodes ?? []).filter((e) => !e.cached).sort((a, b) => b.first - a.first);
      this.gaps.set(id, gaps);
    }
    return gaps;
  }
}
