import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenStore } from './auth.js';
import { parseIsoDate } from './calendar.js';
import type { CustomerIds } from './customer-ids.js';
import type { FleetModel } from './fleet-model.js';
import type { PortalState } from './portal-state.js';

/**
 * The data calls of the OneStop product API (ONESTOP-API.md): the customer list (pages, or `--customer-list array`: one
 * bare array of all customers) and one customer's counters on a date, with ids in the portal's spelling (`--ids`).
 * Log-in: login-routes.ts.
 */
export interface ProductDeps {
  fleet: FleetModel;
  portal: PortalState;
  tokens: TokenStore;
  customerList: 'paged' | 'array';
  ids: CustomerIds;
}

const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 100;
const BEARER = /^Bearer\s+(\S+)\s*$/i;
const DIGITS = /^\d{1,15}$/;

type Query = Record<string, string | string[] | undefined>;

/** The product API's guard: sends the 401 and returns false unless the request carries a live bearer token. */
export function bearerGuard(tokens: TokenStore) {
  return (request: FastifyRequest, reply: FastifyReply): boolean => {
    const m = BEARER.exec(request.headers.authorization ?? '');
    if (m && tokens.isValid(m[1]!)) return true;
    reply
      .code(401)
      .header('www-authenticate', 'Bearer')
      .send({ message: m ? 'The access token is invalid or has expired.' : 'A bearer access token is required.' });
    return false;
  };
}

export function productRoutes(deps: ProductDeps) {
  const { fleet, portal, tokens, ids } = deps;
  const authorised = bearerGuard(tokens);
  const customers = ids.type === 'integer' ? fleet.customers : fleet.customers.map((c) => ({ id: ids.external(c.id), name: c.name }));

  return async (app: FastifyInstance) => {
    app.get('/api/v1/customers', async (request, reply) => {
      if (!authorised(request, reply)) return reply;
      // A portal that sends everything at once ignores paging parameters altogether.
      if (deps.customerList === 'array') return customers;
      const query = request.query as Query;
      const page = positiveInt(query.page, 1);
      const pageSize = positiveInt(query.pageSize, DEFAULT_PAGE_SIZE);
      if (page === undefined) return reply.code(400).send({ message: 'page must be a positive integer.' });
      if (pageSize === undefined || pageSize > MAX_PAGE_SIZE) {
        return reply.code(400).send({ message: `pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}.` });
      }
      const start = (page - 1) * pageSize;
      return { items: customers.slice(start, start + pageSize), page, pageSize, totalCount: customers.length };
    });

    app.get('/api/v1/customers/:id/meter-readings/summary', async (request, reply) => {
      if (!authorised(request, reply)) return reply;
      const idText = (request.params as { id: string }).id;
      const date = (request.query as Query).date;
      const id = ids.fromPath(idText);
      const day = typeof date === 'string' ? parseIsoDate(date) : undefined;
      if (day === undefined) return reply.code(400).send({ message: 'date must be a calendar date YYYY-MM-DD.' });
      if (id === undefined || !fleet.has(id)) return reply.code(404).send({ message: `Customer ${idText} was not found.` });
      const answer = portal.answer(id, day, date as string);
      return ids.type === 'integer' ? answer : { ...answer, customerId: ids.external(id) };
    });
  };
}

function positiveInt(value: string | string[] | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !DIGITS.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}
