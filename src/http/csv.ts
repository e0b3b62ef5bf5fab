import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BadRequestError } from '../errors.js';
import { listOf } from './api-schemas.js';

/**
 * CSV answers of list routes (`format=csv`, or `Accept: text/csv`): RFC 4180 (CRLF line ends; a field with a comma,
 * a quote, CR or LF quoted, its quotes doubled), UTF-8 without a byte order mark, a header row first. The columns are
 * the JSON object's, in its schema's order: scalar fields as they are, nested objects flattened with dotted names
 * (`project.name`), arrays left out. Numbers are written as JSON writes them, null (and a missing nested object) is
 * an empty cell. A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or
 * CR: OWASP's CSV injection list) is written with a leading `'` and quoted. Pure: the streaming is listing.ts's.
 */

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Starts of a text cell that spreadsheets evaluate (OWASP, CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that need the field quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: null/undefined empty, numbers and booleans as JSON writes them, text quoted when needed or risky. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : ''; // JSON writes null for NaN
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) return quote(`'${text}`);
  return NEEDS_QUOTES.test(text) ? quote(text) : text;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) out += (i ? ',' : '') + csvCell(cells[i]);
  return `${out}\r\n`;
}

export interface CsvColumn {
  /** The header: the field's name, dotted for a nested object's field. */
  name: string;
  /** Where the value is in the JSON object. */
  path: readonly string[];
}

const columnCache = new WeakMap<z.ZodType, CsvColumn[]>();

/** The columns of an API object's zod schema (see the file's comment); cached per schema. */
export function csvColumns(schema: z.ZodType): CsvColumn[] {
  let columns = columnCache.get(schema);
  if (!columns) {
    const object = objectOf(schema);
    if (!object) throw new TypeError('CSV columns need an object schema');
    columns = columnsOf(object, []);
    columnCache.set(schema, columns);
  }
  return columns;
}

type Shape = Record<string, z.ZodType>;

/** The object inside wrappers (nullable, optional, default, a one-option union, a pipe's output), or undefined. */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? inner : undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodNullable || s instanceof z.ZodOptional || s instanceof z.ZodReadonly) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.out as z.ZodType;
    else if (s instanceof z.ZodUnion && s.options.length === 1) s = s.options[0] as z.ZodType;
    else return s;
  }
}

/** Arrays, sets, maps, records and tuples have no fixed columns: left out. */
function isCollection(s: z.ZodType): boolean {
  return s instanceof z.ZodArray || s instanceof z.ZodSet || s instanceof z.ZodMap || s instanceof z.ZodRecord || s instanceof z.ZodTuple;
}

/** Fields marked JSON-only (csvOmitted): no columns. */
const omitted = new WeakSet<z.ZodType>();

/** Marks an optional field JSON-only: one a query parameter adds (e.g. volume's coverage) has no CSV columns. */
export function csvOmitted<T extends z.ZodType>(schema: T): T {
  omitted.add(schema);
  return schema;
}

function columnsOf(object: z.ZodObject, prefix: readonly string[]): CsvColumn[] {
  const columns: CsvColumn[] = [];
  for (const [key, field] of Object.entries(object.shape as Shape)) {
    if (omitted.has(field)) continue;
    const inner = unwrap(field);
    const path = [...prefix, key];
    if (isCollection(inner)) continue;
    if (inner instanceof z.ZodObject) columns.push(...columnsOf(inner, path));
    else columns.push({ name: path.join('.'), path });
  }
  return columns;
}

/** A column that is not in the JSON object, placed after one that is (or last) and filled a batch of items at a time. */
export interface CsvExtraColumn {
  name: string;
  /** The name of the column it follows. */
  after: string;
  /** The cells of these items, in their order (one query per batch, not per item). */
  values(items: ReadonlyArray<Record<string, unknown>>): Promise<unknown[]>;
}

/** An extra column looked up by one of the object's fields (e.g. `account_name` by `account_id`), placed after it. */
export function lookupColumn(name: string, key: string, lookup: (keys: string[]) => Promise<ReadonlyMap<string, unknown>>): CsvExtraColumn {
  return {
    name,
    after: key,
    async values(items) {
      const keys = [...new Set(items.map((item) => item[key]).filter((k): k is string => typeof k === 'string'))];
      const found = keys.length ? await lookup(keys) : new Map<string, unknown>();
      return items.map((item) => {
        const k = item[key];
        return typeof k === 'string' ? (found.get(k) ?? null) : null;
      });
    },
  };
}

type Slot = { column: CsvColumn } | { extra: number };

/** The object's columns with each extra one after the column it names (in the order given; at the end if absent). */
function arrange(columns: readonly CsvColumn[], extra: ReadonlyArray<{ name: string; after: string }>): Slot[] {
  const slots: Slot[] = [];
  for (const column of columns) {
    slots.push({ column });
    extra.forEach((x, i) => {
      if (x.after === column.name) slots.push({ extra: i });
    });
  }
  extra.forEach((x, i) => {
    if (!columns.some((c) => c.name === x.after)) slots.push({ extra: i });
  });
  return slots;
}

/** The header row's names. */
export function csvHeaderNames(schema: z.ZodType, extra: ReadonlyArray<{ name: string; after: string }> = []): string[] {
  return arrange(csvColumns(schema), extra).map((s) => ('column' in s ? s.column.name : extra[s.extra]!.name));
}

/** Encodes API objects as CSV records: the header, then a batch of items at a time. */
export interface CsvEncoder {
  header: string;
  /** The records of a batch of items (their extra columns looked up once for the batch). */
  records(items: readonly unknown[]): Promise<string>;
}

export function csvEncoder(schema: z.ZodType, extra: readonly CsvExtraColumn[] = []): CsvEncoder {
  const slots = arrange(csvColumns(schema), extra);
  return {
    header: csvLine(csvHeaderNames(schema, extra)),
    async records(items) {
      const objects = items as ReadonlyArray<Record<string, unknown>>;
      const looked = await Promise.all(extra.map((x) => x.values(objects)));
      let out = '';
      objects.forEach((item, row) => {
        out += csvLine(slots.map((s) => ('column' in s ? valueAt(item, s.column.path) : looked[s.extra]![row])));
      });
      return out;
    },
  };
}

function valueAt(item: unknown, path: readonly string[]): unknown {
  let v = item;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

// ---- Negotiation ------------------------------------------------------------------------------------------------

export type ListFormat = 'json' | 'csv';

/** The `format` parameter as the documentation shows it; the value is checked by requestedFormat (the 400's message). */
export const formatQueryDocs = z.looseObject({
  format: z
    .unknown()
    .optional()
    .meta({
      type: 'string',
      enum: ['json', 'csv'],
      description:
        'A Canopy extension: `csv` answers the list as CSV (text/csv, RFC 4180, a header row; also with `Accept: text/csv` and no ' +
        '`format`); default json.',
    }),
});

/**
 * The answer's format: `format` from the query string (or the JS client's GET body), else the Accept header's
 * preference between application/json and text/csv (JSON unless text/csv is preferred; wildcards mean JSON).
 */
export function requestedFormat(req: FastifyRequest): ListFormat {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
  const format = 'format' in query ? query.format : body.format;
  if (format !== undefined) {
    if (format === 'json' || format === 'csv') return format;
    throw new BadRequestError('format: must be json or csv');
  }
  return prefersCsv(req.headers.accept) ? 'csv' : 'json';
}

/** Whether an Accept header prefers text/csv to application/json (a higher q, or the same q and listed first). */
export function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  let csv: { q: number; at: number } | undefined;
  let json: { q: number; at: number } | undefined;
  accept.split(',').forEach((part, at) => {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const entry = { q: Number.isFinite(q) ? q : 0, at };
    if (type === 'text/csv' && !csv) csv = entry;
    if (type === 'application/json' && !json) json = entry;
  });
  if (!csv || csv.q <= 0) return false;
  return !json || csv.q > json.q || (csv.q === json.q && csv.at < json.at);
}

/** `deposits-<account id or all>-<range>.csv`, safe in a quoted Content-Disposition filename. */
export function csvFilename(resource: string, accountId: string | undefined, range: { start_date?: string; end_date?: string } = {}) {
  const { start_date: from, end_date: to } = range;
  const dates = from && to ? `${from}_${to}` : from ? `from-${from}` : to ? `to-${to}` : 'all-dates';
  return `${resource}-${accountId ?? 'all'}-${dates}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}

/**
 * A list route's 200 answer documented in both formats: the JSON array, and the same rows as CSV (its example: the
 * schema's example as CSV, an extra column's cell from `example`). Routes answer it through sendListing's `csv` option.
 */
export function listOrCsv<T extends z.ZodType>(schema: T, extra: ReadonlyArray<{ name: string; after: string; example: unknown }> = []) {
  const json = listOf(schema);
  const examples = z.globalRegistry.get(schema)?.examples;
  const example: unknown = Array.isArray(examples) ? examples[0] : undefined;
  const slots = arrange(csvColumns(schema), extra);
  const sample = example ? csvLine(slots.map((s) => ('column' in s ? valueAt(example, s.column.path) : extra[s.extra]!.example))) : '';
  const names = csvHeaderNames(schema, extra);
  return {
    description: `${z.globalRegistry.get(json)?.description ?? 'A list'}; as CSV with format=csv or Accept: text/csv.`,
    content: {
      'application/json': { schema: json },
      'text/csv': {
        schema: z.string().meta({
          description:
            'RFC 4180 CSV, UTF-8, a header row, CRLF line ends; Content-Disposition: attachment with a file name. Columns: ' +
            `${names.join(', ')}. Nested objects are flattened (dotted names), arrays left out; null is an empty cell; text ` +
            "cells starting with =, +, -, @, tab or CR start with ' (no formula runs).",
          ...(sample ? { examples: [csvLine(names) + sample] } : {}),
        }),
      },
    },
  };
}
