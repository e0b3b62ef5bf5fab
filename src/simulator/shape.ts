import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { classifyRequest } from './stats.js';

/**
 * A portal that changed its JSON (POST /_sim/control {"shape": …}), for testing how a consumer notices: from then on
 * every successful product answer's objects (the token answer, the customer list page and each of its items, the
 * summary answer) get `retype` (the named fields' numbers become strings, numeric strings numbers), then `rename`
 * (keys old → new, in place). Field names are the contract's (ONESTOP-API.md), before any rename.
 */
const fieldName = z.string().min(1).max(100);

export const shapeChangeSchema = z
  .strictObject({
    rename: z.record(fieldName, fieldName).optional(),
    retype: z.array(fieldName).max(100).optional(),
  })
  .refine((s) => {
    const targets = Object.values(s.rename ?? {});
    return new Set(targets).size === targets.length;
  }, 'rename: two fields cannot get the same new name')
  .nullable();

export type ShapeChange = NonNullable<z.infer<typeof shapeChangeSchema>>;

const NUMERIC = /^-?\d+(\.\d+)?$/;

function retyped(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return value;
}

/** One object with the change applied (a new object; anything not a plain object is returned as it is). */
export function reshapeObject(value: unknown, change: ShapeChange): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const retype = new Set(change.retype ?? []);
  const rename = change.rename ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[Object.hasOwn(rename, key) ? rename[key]! : key] = retype.has(key) ? retyped(v) : v;
  }
  return out;
}

/** A customer list answer: a bare array of items, or a page whose `items` are reshaped along with the page. */
function reshapeList(value: unknown, change: ShapeChange): unknown {
  if (Array.isArray(value)) return value.map((item) => reshapeObject(item, change));
  if (typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items)) {
    const page = value as { items: unknown[] };
    return reshapeObject({ ...page, items: page.items.map((item) => reshapeObject(item, change)) }, change);
  }
  return reshapeObject(value, change);
}

/** The shape change in force (null: the contract's shape). */
export class ShapeState {
  current: ShapeChange | null = null;
}

/** Applies the shape change in force to every 200 product answer, whether the fleet or a replayed capture made it. */
export function installShape(app: FastifyInstance, shape: ShapeState): void {
  app.addHook('preSerialization', (request, reply, payload, done) => {
    const change = shape.current;
    if (!change || reply.statusCode !== 200) return done(null, payload);
    switch (classifyRequest(request.method, request.url)) {
      case 'token':
      case 'summary':
        return done(null, reshapeObject(payload, change));
      case 'customers':
        return done(null, reshapeList(payload, change));
      default:
        return done(null, payload);
    }
  });
}
