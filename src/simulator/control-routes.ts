import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Credentials, TokenStore } from './auth.js';
import { formatIsoDate, parseIsoDate, type DayNumber, type PortalToday } from './calendar.js';
import { controlCustomerId as customerId } from './customer-ids.js';
import { applyFaultPatch, faultPatchSchema, type FaultInjector, type FaultSettings } from './faults.js';
import type { FleetModel } from './fleet-model.js';
import { glitchRequestSchema } from './glitches.js';
import type { PortalState } from './portal-state.js';
import { shapeChangeSchema, type ShapeChange, type ShapeState } from './shape.js';
import type { FleetPaper } from './sheets.js';
import type { SimStats } from './stats.js';
import { truthOver } from './truth.js';

/** The /_sim/* endpoints: ground truth, run-time control and request statistics (never used by the product). */
export interface ControlDeps {
  /** The fleet behind the answers; absent when replaying a capture (truth, agents, glitches and today answer 409). */
  model: { fleet: FleetModel; portal: PortalState; paper: FleetPaper } | undefined;
  today: PortalToday;
  faults: FaultInjector;
  credentials: Credentials;
  tokens: TokenStore;
  stats: SimStats;
  shape: ShapeState;
}

const MAX_TRUTH_DAYS = 20_000;
const NO_MODEL = { message: 'not available when replaying a capture' };
const isoDay = z.string().transform((s, ctx) => {
  const day = parseIsoDate(s);
  if (day === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a date YYYY-MM-DD' });
    return z.NEVER;
  }
  return day;
});

const controlSchema = z
  .object({
    faults: faultPatchSchema.optional(),
    credentials: z.enum(['accept', 'reject']).optional(),
    customer: customerId.optional(),
    dca: z.enum(['online', 'stale']).optional(),
    /** With "stale": the agent stopped this many days before today (default 0: from today). */
    days: z.number().int().min(0).max(36_500).optional(),
    /** With "online": whether the agent uploads the readings it cached (default true). */
    cached: z.boolean().optional(),
    token_ttl: z.number().int().min(1).max(31_536_000).optional(),
    expire_tokens: z.boolean().optional(),
    today: isoDay.optional(),
    /** A changed JSON shape of the product answers (shape.ts); null: the contract's shape again. */
    shape: shapeChangeSchema.optional(),
  })
  .strict()
  .refine((b) => (b.customer === undefined) === (b.dca === undefined), 'customer and dca go together')
  .refine((b) => b.days === undefined || b.dca === 'stale', 'days goes with "dca": "stale"')
  .refine((b) => b.cached === undefined || b.dca === 'online', 'cached goes with "dca": "online"');

const truthQuery = z.object({ customer: customerId, from: isoDay, to: isoDay });

export interface ControlState {
  today: string;
  today_fixed: boolean;
  credentials: 'accept' | 'reject';
  token_ttl: number;
  faults: FaultSettings;
  stale: Array<{ customer: number; since: string }>;
  /** Addition: the shape change in force. */
  shape: ShapeChange | null;
}

export function controlRoutes(deps: ControlDeps) {
  const { model, today, faults, credentials, tokens, stats, shape } = deps;

  const state = (): ControlState => ({
    today: formatIsoDate(today.get()),
    today_fixed: today.isFixed(),
    credentials: credentials.accepting ? 'accept' : 'reject',
    token_ttl: tokens.ttlS,
    faults: faults.settings,
    stale: (model?.portal.staleSpells() ?? []).map((s) => ({ customer: s.customer, since: formatIsoDate(s.since) })),
    shape: shape.current,
  });

  return async (app: FastifyInstance) => {
    // The routes that need the fleet answer 409 when replaying a capture.
    const needsModel = (reply: FastifyReply) => {
      if (!model) void reply.code(409).send(NO_MODEL);
      return model;
    };

    app.get('/_sim/truth', async (request, reply) => {
      const m = needsModel(reply);
      if (!m) return reply;
      const parsed = truthQuery.safeParse(request.query);
      if (!parsed.success) return reply.code(400).send({ message: issueText(parsed.error) });
      const { customer, from, to } = parsed.data;
      if (from > to) return reply.code(400).send({ message: 'from must not be after to.' });
      if (to - from >= MAX_TRUTH_DAYS) return reply.code(400).send({ message: `At most ${MAX_TRUTH_DAYS} days at once.` });
      if (!m.fleet.has(customer)) return reply.code(404).send({ message: `Customer ${customer} was not found.` });
      return truthOver(m.portal, customer, from, to, m.paper);
    });

    app.get('/_sim/control', async () => state());

    app.post('/_sim/control', async (request, reply) => {
      const parsed = controlSchema.safeParse(request.body ?? {});
      if (!parsed.success) return reply.code(400).send({ message: issueText(parsed.error) });
      const body = parsed.data;
      if (!model && (body.customer !== undefined || body.today !== undefined)) return reply.code(409).send(NO_MODEL);
      if (model && body.customer !== undefined && !model.fleet.has(body.customer)) {
        return reply.code(404).send({ message: `Customer ${body.customer} was not found.` });
      }
      if (model && body.today !== undefined && body.today <= model.fleet.firstDay) {
        const first = formatIsoDate(model.fleet.firstDay);
        return reply.code(400).send({ message: `today must be after the first day of the history (${first}).` });
      }
      // Validate the fault patch before changing anything, so a refused request changes nothing.
      if (body.faults) {
        try {
          applyFaultPatch(faults.settings, body.faults);
        } catch (err) {
          return reply.code(400).send({ message: (err as Error).message });
        }
        faults.update(body.faults);
      }
      if (body.today !== undefined) today.set(body.today);
      if (body.credentials) credentials.accepting = body.credentials === 'accept';
      if (body.token_ttl !== undefined) tokens.ttlS = body.token_ttl;
      if (body.expire_tokens) tokens.expireAll();
      if (body.shape !== undefined) shape.current = body.shape;
      if (model && body.customer !== undefined && body.dca === 'stale') {
        model.portal.markStale(body.customer, today.get() - (body.days ?? 0));
      } else if (model && body.customer !== undefined && body.dca === 'online') {
        model.portal.markOnline(body.customer, body.cached ?? true);
      }
      return state();
    });

    app.post('/_sim/glitches', async (request, reply) => {
      const m = needsModel(reply);
      if (!m) return reply;
      const parsed = glitchRequestSchema.safeParse(request.body ?? {});
      if (!parsed.success) return reply.code(400).send({ message: issueText(parsed.error) });
      if (!m.fleet.has(parsed.data.customer)) return reply.code(404).send({ message: `Customer ${parsed.data.customer} was not found.` });
      return reply.code(201).send(m.portal.glitches.add(parsed.data));
    });

    app.get('/_sim/glitches', async (request, reply) => {
      const m = needsModel(reply);
      if (!m) return reply;
      const parsed = z.object({ customer: customerId.optional() }).strict().safeParse(request.query);
      if (!parsed.success) return reply.code(400).send({ message: issueText(parsed.error) });
      const { customer } = parsed.data;
      if (customer !== undefined && !m.fleet.has(customer)) return reply.code(404).send({ message: `Customer ${customer} was not found.` });
      return { items: m.portal.glitches.list(customer) };
    });

    app.delete('/_sim/glitches', async (_request, reply) => {
      const m = needsModel(reply);
      if (!m) return reply;
      return { deleted: m.portal.glitches.clear() };
    });

    app.delete('/_sim/glitches/:id', async (request, reply) => {
      const m = needsModel(reply);
      if (!m) return reply;
      const idText = (request.params as { id: string }).id;
      if (!/^\d{1,15}$/.test(idText)) return reply.code(400).send({ message: 'The glitch id must be an integer.' });
      const removed = m.portal.glitches.remove(Number(idText));
      if (!removed) return reply.code(404).send({ message: `Glitch ${idText} was not found.` });
      return removed;
    });

    app.get('/_sim/stats', async () => stats.snapshot());

    app.post('/_sim/stats/reset', async () => {
      stats.reset();
      return stats.snapshot();
    });

    app.get('/_sim/model', async (request, reply) => {
      const m = needsModel(reply);
      if (!m) return reply;
      const parsed = z.object({ customer: customerId }).safeParse(request.query);
      if (!parsed.success) return reply.code(400).send({ message: issueText(parsed.error) });
      const p = m.fleet.profile(parsed.data.customer);
      if (!p) return reply.code(404).send({ message: `Customer ${parsed.data.customer} was not found.` });
      const day = (d: DayNumber) => formatIsoDate(d);
      const since = m.portal.staleSpells().find((s) => s.customer === p.id)?.since;
      return {
        id: p.id,
        name: p.name,
        sector: p.sector,
        devices: p.devices,
        daily_volume: Math.round(p.dailyVolume),
        trend_per_year: round3(p.trendPerYear),
        colour_share: round3(p.colourShare),
        large_share: round3(p.largeShare),
        duplex_share: round3(p.duplexShare),
        scan_ratio: round3(p.scanRatio),
        first_reading: day(p.startDay),
        latest_reading: day(m.portal.latestReadingDay(p.id)),
        stale_since: since === undefined ? null : day(since),
        episodes: p.episodes.map((e) => ({ first: day(e.first), last: day(e.last), cached: e.cached })),
      };
    });
  };
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid request.';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
