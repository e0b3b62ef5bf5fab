import { z } from 'zod';

/**
 * Building blocks of the response schemas (OpenAPI, and in tests the check that every answer matches its schema).
 * A resource's object schema (in its `*-api-schema.ts`, next to the function that builds the object) is a
 * z.strictObject with a meta id (a components/schemas entry) and one example; the helpers below give each operation
 * that example too, so the documentation shows it where the operation is.
 */

/** An API timestamp (apiTimestamp): UTC, YYYY-MM-DDTHH:MM:SSZ. */
export const timestamp = () => z.string().meta({ format: 'date-time' });

/** The examples of a schema's metadata (none: []). */
function examplesOf(schema: z.ZodType): unknown[] {
  const examples = z.globalRegistry.get(schema)?.examples;
  return Array.isArray(examples) ? examples : [];
}

/**
 * One resource: its component, with the component's example (or `example`) in the operation. @fastify/swagger drops
 * every keyword beside a bare `$ref`, so the reference is wrapped: `anyOf` of the one schema (zod runs a one-option
 * union as that option: the same answers pass, with the same messages).
 */
export function one<T extends z.ZodType>(schema: T, description = z.globalRegistry.get(schema)?.id, example?: unknown) {
  return z
    .union([schema])
    .meta({ ...(description ? { description } : {}), examples: example === undefined ? examplesOf(schema) : [example] });
}

/** A list of a resource (its example: a list of the resource's example). */
export function listOf<T extends z.ZodType>(schema: T, description = `A list of ${z.globalRegistry.get(schema)?.id ?? 'items'}`) {
  return z.array(schema).meta({ description, examples: [examplesOf(schema)] });
}

/** What every delete answers: the object as it was, with `deleted: true`; a component named `<id>Deleted`. */
export function deletedOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape, z.core.$strict>) {
  const id = z.globalRegistry.get(schema)?.id;
  return schema
    .extend({ deleted: z.literal(true) })
    .meta({ ...(id ? { id: `${id}Deleted` } : {}), examples: examplesOf(schema).map((e) => ({ ...(e as object), deleted: true })) });
}

/** A calendar day written exactly as `YYYY-MM-DD` (no timestamp), and a real one (resync ranges, audit filters). */
export const apiDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, {
    message: 'must be a date (YYYY-MM-DD)',
  });

/** A date in a request: `YYYY-MM-DD`, or a timestamp whose UTC date is taken (activation dates, deposit dates). */
export const apiDate = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    const date = m ? (s.length === 10 ? m[1]! : new Date(s).toISOString().slice(0, 10)) : undefined;
    if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
      ctx.addIssue({ code: 'custom', message: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp' });
      return z.NEVER;
    }
    return date;
  });
