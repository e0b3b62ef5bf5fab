/**
 * Whether a portal answer still has the portal's shape: every expected field present with its JSON type. A renamed or
 * missing field, or one of another type, means the portal changed its API (PortalError 'schema_changed'); it is told
 * apart from a value that is merely wrong (a negative counter: 'invalid_answer'), which the zod schemas then catch.
 * Fields the portal adds are ignored, except to name a likely rename.
 */

export type JsonType = 'number' | 'string' | 'array' | 'object' | 'boolean';

export interface FieldShape {
  types: readonly JsonType[];
  optional?: boolean;
}

export type Shape = Readonly<Record<string, FieldShape>>;

export interface ShapeProblem {
  /** The field at fault (`body` for the answer itself; `items.3.id` inside a list). */
  field: string;
  /** In words: "is missing (the answer has totalDevices instead?)", "is a string, expected a number". */
  problem: string;
}

export function jsonTypeOf(value: unknown): JsonType | 'null' | 'missing' {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'number' || t === 'string' || t === 'boolean' ? t : 'object';
}

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

/** The first way `data` differs from `shape` (undefined: it has the shape). `prefix` is prepended to field names. */
export function shapeProblem(data: unknown, shape: Shape, prefix = ''): ShapeProblem | undefined {
  const type = jsonTypeOf(data);
  if (type !== 'object') return { field: prefix.replace(/\.$/, '') || 'body', problem: `is ${article(type)}, expected an object` };
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(k in shape));
  for (const [name, field] of Object.entries(shape)) {
    const t = jsonTypeOf(record[name]);
    if (t === 'missing') {
      if (field.optional) continue;
      const hint = unknown.length ? ` (the answer has ${unknown.slice(0, 3).join(', ')} instead?)` : '';
      return { field: `${prefix}${name}`, problem: `is missing${hint}` };
    }
    if (t === 'null' && field.optional) continue;
    if (!(field.types as readonly string[]).includes(t)) {
      return { field: `${prefix}${name}`, problem: `is ${article(t)}, expected ${field.types.map(article).join(' or ')}` };
    }
  }
  return undefined;
}

const number: FieldShape = { types: ['number'] };
const id: FieldShape = { types: ['number', 'string'] };

export const TOKEN_SHAPE: Shape = {
  access_token: { types: ['string'] },
  token_type: { types: ['string'], optional: true },
  expires_in: { types: ['number'], optional: true },
  refresh_token: { types: ['string'], optional: true },
};

export const CUSTOMER_SHAPE: Shape = { id, name: { types: ['string'] } };

export const CUSTOMER_PAGE_SHAPE: Shape = {
  items: { types: ['array'] },
  totalCount: number,
  page: { types: ['number'], optional: true },
  pageSize: { types: ['number'], optional: true },
};

export const SUMMARY_SHAPE: Shape = {
  customerId: id,
  date: { types: ['string'] },
  deviceTotal: number,
  colourTotal: number,
  monoTotal: number,
  scanTotal: number,
  largeTotal: number,
  duplexTotal: number,
  smallTotal: number,
};
