import { z } from 'zod';
import { formatIsoDate, parseIsoDate, type DayNumber } from './calendar.js';
import { controlCustomerId } from './customer-ids.js';
import type { MeterCounters } from './fleet-model.js';

/**
 * Per-customer glitches (POST /_sim/glitches, docs/onestop-api.md "Glitches"): nonsense in the portal's counters
 * answers (GET …/meter-readings/summary), keyed on the asked date, for testing how a consumer copes. A glitch changes
 * only what the portal answers; the fleet's true counters (and /_sim/truth's actual pages) never change.
 *
 * An answer is built in three steps from what the portal would otherwise answer (PortalState.reported: stale agents
 * and cached uploads included):
 * 1. a meter reset (`reset`): every counter minus the portal's counters on the latest reset date not after the asked
 *    date (so only the latest reset matters, and the identities of DOMAIN.md still hold);
 * 2. value glitches (`zero`, `spike`, `flap`, `drop`), in the order they were added;
 * 3. format glitches (`negative`, `stuck`, `missing_field`, `wrong_date`), in the order they were added.
 */
export const GLITCH_KINDS = ['zero', 'spike', 'flap', 'drop', 'reset', 'missing_field', 'negative', 'wrong_date', 'stuck'] as const;
export type GlitchKind = (typeof GLITCH_KINDS)[number];

/** The counters of a MeterReadingSummary, in the order the portal answers them. */
export const COUNTER_FIELDS = ['deviceTotal', 'colourTotal', 'monoTotal', 'scanTotal', 'largeTotal', 'duplexTotal', 'smallTotal'] as const;
export type CounterField = (typeof COUNTER_FIELDS)[number];

/** What a glitch of each kind accepts, and its defaults (`days` null: from `date` on, forever; `amount` null: all). */
interface KindRule {
  days: 'default' | 'forever';
  defaultDays: number;
  amount: boolean;
  defaultAmount: number | null;
  field: CounterField | null;
}

const RULES: Readonly<Record<GlitchKind, KindRule>> = {
  zero: { days: 'default', defaultDays: 1, amount: false, defaultAmount: null, field: null },
  spike: { days: 'default', defaultDays: 1, amount: true, defaultAmount: 1_000_000_000_000, field: null },
  flap: { days: 'default', defaultDays: 10, amount: true, defaultAmount: 500, field: null },
  drop: { days: 'default', defaultDays: 1, amount: true, defaultAmount: null, field: null },
  reset: { days: 'forever', defaultDays: 0, amount: false, defaultAmount: null, field: null },
  missing_field: { days: 'default', defaultDays: 1, amount: false, defaultAmount: null, field: 'duplexTotal' },
  negative: { days: 'default', defaultDays: 1, amount: false, defaultAmount: null, field: 'monoTotal' },
  wrong_date: { days: 'default', defaultDays: 1, amount: false, defaultAmount: null, field: null },
  stuck: { days: 'forever', defaultDays: 0, amount: false, defaultAmount: null, field: 'colourTotal' },
};

/** The largest `amount`: counters plus a spike stay safe integers. */
export const MAX_GLITCH_AMOUNT = 1_000_000_000_000_000;
export const MAX_GLITCH_DAYS = 36_500;

/** POST /_sim/glitches: validated strictly; a key the kind does not take is refused rather than ignored. */
export const glitchRequestSchema = z
  .object({
    customer: controlCustomerId,
    kind: z.enum(GLITCH_KINDS),
    date: z.string().refine((s) => parseIsoDate(s) !== undefined, 'must be a date YYYY-MM-DD'),
    days: z.number().int().min(1).max(MAX_GLITCH_DAYS).optional(),
    amount: z.number().int().min(1).max(MAX_GLITCH_AMOUNT).optional(),
    field: z.enum(COUNTER_FIELDS).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const rule = RULES[b.kind];
    if (b.days !== undefined && rule.days === 'forever') {
      ctx.addIssue({ code: 'custom', path: ['days'], message: `a ${b.kind} lasts from its date on; it takes no days` });
    }
    if (b.amount !== undefined && !rule.amount) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: `a ${b.kind} takes no amount (only spike, flap and drop do)` });
    }
    if (b.field !== undefined && rule.field === null) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: `a ${b.kind} takes no field (only missing_field, negative and stuck do)` });
    }
  });

export type GlitchRequest = z.infer<typeof glitchRequestSchema>;

/** A glitch as stored and answered by /_sim/glitches: every default filled in. */
export interface Glitch {
  id: number;
  customer: number;
  kind: GlitchKind;
  /** The first asked date it affects. */
  date: string;
  /** How many consecutive asked dates it covers; null: from `date` on, forever (reset, stuck). */
  days: number | null;
  /** The last asked date it affects; null: forever. */
  until: string | null;
  /** Impressions added (spike, flap) or taken away (drop; null: all of them); null for the other kinds. */
  amount: number | null;
  /** The counter concerned (missing_field, negative, stuck); null for the other kinds. */
  field: CounterField | null;
}

interface StoredGlitch {
  readonly glitch: Glitch;
  readonly first: DayNumber;
  /** Infinity: forever. */
  readonly last: DayNumber;
}

/** A summary answer: the counters may be missing one (missing_field) or be negative (negative, stuck). */
export type SummaryAnswer = { customerId: number; date: string } & Partial<Record<CounterField, number>>;

/** Which glitches change the answer for an asked date (a flap only on its 1st, 3rd, … day). */
function changes(g: StoredGlitch, day: DayNumber): boolean {
  if (day < g.first || day > g.last) return false;
  return g.glitch.kind !== 'flap' || (day - g.first) % 2 === 0;
}

const VALUE_KINDS: ReadonlySet<GlitchKind> = new Set(['zero', 'spike', 'flap', 'drop']);

/** The glitches in force, per customer, in the order they were added. */
export class GlitchBook {
  private nextId = 1;
  private readonly byCustomer = new Map<number, StoredGlitch[]>();

  /** Stores a validated request (the customer must exist: the caller checks). */
  add(request: GlitchRequest): Glitch {
    const rule = RULES[request.kind];
    const first = parseIsoDate(request.date)!;
    const days = rule.days === 'forever' ? null : (request.days ?? rule.defaultDays);
    const last = days === null ? Number.POSITIVE_INFINITY : first + days - 1;
    const glitch: Glitch = {
      id: this.nextId++,
      customer: request.customer,
      kind: request.kind,
      date: formatIsoDate(first),
      days,
      until: days === null ? null : formatIsoDate(last),
      amount: rule.amount ? (request.amount ?? rule.defaultAmount) : null,
      field: rule.field === null ? null : (request.field ?? rule.field),
    };
    const list = this.byCustomer.get(glitch.customer) ?? [];
    list.push({ glitch, first, last });
    this.byCustomer.set(glitch.customer, list);
    return { ...glitch };
  }

  /** Every glitch (of one customer, if given), by id. */
  list(customer?: number): Glitch[] {
    const lists = customer === undefined ? [...this.byCustomer.values()] : [this.byCustomer.get(customer) ?? []];
    return lists
      .flat()
      .map((s) => ({ ...s.glitch }))
      .sort((a, b) => a.id - b.id);
  }

  /** Removes one glitch; undefined when there is none with that id. */
  remove(id: number): Glitch | undefined {
    for (const [customer, list] of this.byCustomer) {
      const i = list.findIndex((s) => s.glitch.id === id);
      if (i < 0) continue;
      const [removed] = list.splice(i, 1);
      if (list.length === 0) this.byCustomer.delete(customer);
      return { ...removed!.glitch };
    }
    return undefined;
  }

  /** Removes every glitch; returns how many there were. Ids keep counting up. */
  clear(): number {
    let n = 0;
    for (const list of this.byCustomer.values()) n += list.length;
    this.byCustomer.clear();
    return n;
  }

  has(customer: number): boolean {
    return this.byCustomer.has(customer);
  }

  /** The glitches that change the customer's answer for `day`, by id. */
  changing(customer: number, day: DayNumber): Glitch[] {
    return (this.byCustomer.get(customer) ?? []).filter((s) => changes(s, day)).map((s) => ({ ...s.glitch }));
  }

  /** The latest reset date not after `day` (undefined: none). */
  resetBase(customer: number, day: DayNumber): DayNumber | undefined {
    let base: DayNumber | undefined;
    for (const s of this.byCustomer.get(customer) ?? []) {
      if (s.glitch.kind === 'reset' && s.first <= day && (base === undefined || s.first > base)) base = s.first;
    }
    return base;
  }

  /** Whether a reset glitch of the customer is dated `day`. */
  isResetDay(customer: number, day: DayNumber): boolean {
    return (this.byCustomer.get(customer) ?? []).some((s) => s.glitch.kind === 'reset' && s.first === day);
  }

  /**
   * The portal's answer for the customer on the asked `day` (`date` its text), given what it would answer without
   * glitches on any day (`portal`).
   */
  answer(customer: number, day: DayNumber, date: string, portal: (day: DayNumber) => MeterCounters): SummaryAnswer {
    const list = this.byCustomer.get(customer);
    if (!list) return { customerId: customer, date, ...portal(day) };
    const c: Record<CounterField, number> = { ...portal(day) };
    const base = this.resetBase(customer, day);
    if (base !== undefined) {
      const at = portal(base);
      for (const f of COUNTER_FIELDS) c[f] = Math.max(0, c[f] - at[f]);
    }
    const active = list.filter((s) => changes(s, day)).map((s) => s.glitch);
    for (const g of active) {
      if (VALUE_KINDS.has(g.kind)) applyValueGlitch(c, g);
    }
    const answer: SummaryAnswer = { customerId: customer, date };
    for (const f of COUNTER_FIELDS) answer[f] = c[f];
    for (const g of active) {
      switch (g.kind) {
        case 'negative':
        case 'stuck': {
          const v = answer[g.field!];
          // Idempotent: a counter already negative stays as it is.
          if (v !== undefined) answer[g.field!] = v > 0 ? -v : v === 0 ? -1 : v;
          break;
        }
        case 'missing_field':
          delete answer[g.field!];
          break;
        case 'wrong_date':
          answer.date = formatIsoDate(day - 1);
          break;
        default:
          break;
      }
    }
    return answer;
  }
}

function applyValueGlitch(c: Record<CounterField, number>, g: Glitch): void {
  switch (g.kind) {
    case 'zero':
      for (const f of COUNTER_FIELDS) c[f] = 0;
      return;
    case 'spike':
    case 'flap':
      // Impressions added consistently: mono + colour = device = small + large still holds.
      c.smallTotal += g.amount!;
      c.monoTotal += g.amount!;
      c.deviceTotal += g.amount!;
      return;
    case 'drop': {
      if (g.amount === null) {
        for (const f of COUNTER_FIELDS) c[f] = 0;
        return;
      }
      // Mono small impressions taken away, as far as they go (no counter below 0, the identities kept), and at most
      // half the small impressions in duplex sheets.
      const a = Math.min(g.amount, c.monoTotal, c.smallTotal);
      c.smallTotal -= a;
      c.monoTotal -= a;
      c.deviceTotal -= a;
      c.duplexTotal = Math.min(c.duplexTotal, Math.floor(c.smallTotal / 2));
      return;
    }
    default:
      return;
  }
}

/** Whether an answer carries all seven counters as a usable set (standard pages can be worked out from it). */
export function usableCounters(answer: SummaryAnswer): MeterCounters | undefined {
  const c = {} as Record<CounterField, number>;
  for (const f of COUNTER_FIELDS) {
    const v = answer[f];
    if (v === undefined || !Number.isSafeInteger(v) || v < 0) return undefined;
    c[f] = v;
  }
  return c.duplexTotal <= c.smallTotal ? c : undefined;
}
