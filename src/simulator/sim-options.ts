import { z } from 'zod';
import { parseIsoDate } from './calendar.js';
import { ID_TYPES } from './customer-ids.js';
import { faultPatchSchema } from './faults.js';
import { FLEET_PAPER_NAMES } from './sheets.js';

/** How to start a simulator (ONESTOP-API.md "The simulator"); the CLI maps its options onto this. */
export const simulatorOptionsSchema = z
  .object({
    /** 0 = any free port. */
    port: z.number().int().min(0).max(65_535).default(0),
    host: z.string().min(1).default('localhost'),
    tlsDir: z.string().min(1).default('./data/onestop-sim-tls'),
    username: z.string().min(1).default('demo'),
    password: z.string().min(1).default('demo-password'),
    customers: z.number().int().min(1).max(100_000).default(25),
    seed: z.number().int().refine(Number.isSafeInteger, 'must be a safe integer').default(1),
    historyDays: z.number().int().min(1).max(36_500).default(730),
    /** YYYY-MM-DD; unset: the real date in Europe/London, moving on at midnight. */
    today: z
      .string()
      .refine((s) => parseIsoDate(s) !== undefined, 'must be a date YYYY-MM-DD')
      .optional(),
    /** The fleet's paper (sheets.ts): A4/A3 80 g/m² or Letter/Tabloid 74 g/m². */
    paper: z.enum(FLEET_PAPER_NAMES).default('a4'),
    /** Customers whose agent stopped reporting `days` days ago. */
    stale: z.array(z.object({ customer: z.number().int(), days: z.number().int().min(0).max(36_500) })).default([]),
    faults: faultPatchSchema.default({}),
    tokenTtlS: z.number().int().min(1).max(31_536_000).default(3600),
    /** The JSON log-in at /api/v1/token (ONESTOP-API.md), or the OAuth2 password grant at /token (oauth.ts). */
    auth: z.enum(['json', 'oauth-password']).default('json'),
    /** Where the log-in is posted (default: /api/v1/token for JSON, /token for OAuth2). */
    tokenPath: z.enum(['/api/v1/token', '/token']).optional(),
    /** Client authentication the OAuth2 log-in then requires (form fields or HTTP Basic). */
    clientId: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    /** Pages {items, page, pageSize, totalCount}, or one bare array of all customers. */
    customerList: z.enum(['paged', 'array']).default('paged'),
    /** Customer ids as integers (1001) or strings ("CUST-1001"). */
    ids: z.enum(ID_TYPES).default('integer'),
    /** A capture file (capture-format.ts) to answer from instead of the fleet model; its profile decides the styles above. */
    replay: z.string().min(1).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.clientSecret !== undefined && o.clientId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['clientSecret'], message: 'needs a client id as well' });
    }
    if (o.clientId !== undefined && o.auth === 'json' && o.replay === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['clientId'],
        message: 'goes with auth oauth-password (the JSON log-in has no client authentication)',
      });
    }
  });

export type SimulatorOptions = z.output<typeof simulatorOptionsSchema>;
export type SimulatorOptionsInput = z.input<typeof simulatorOptionsSchema>;

/** "1003:5,1007:12" → [{customer: 1003, days: 5}, {customer: 1007, days: 12}]. Throws RangeError on bad input. */
export function parseStaleList(text: string): Array<{ customer: number; days: number }> {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^(\d+):(\d+)$/.exec(part);
      if (!m) throw new RangeError(`"${part}" is not ID:DAYS (e.g. 1003:5).`);
      return { customer: Number(m[1]), days: Number(m[2]) };
    });
}

/** The first problem with the options, as "path: message". */
export function describeOptionsError(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'options'}: ${issue.message}` : 'invalid options';
}
