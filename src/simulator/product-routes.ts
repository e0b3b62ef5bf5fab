import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Credentials, TokenStore } from './auth.js';
import { parseIsoDate } from './calendar.js';
import type { FleetModel } from './fleet-model.js';
import type { PortalState } from './portal-state.js';

/** The OneStop product API of ONESTOP-API.md: log-in, customer list, one customer's counters on a date. */
export interface ProductDeps {
  fleet: FleetModel;
  portal: PortalState;
  credentials: Credentials;
  tokens: TokenStore;
}

const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 100;
const BEARER = /^Bearer\s+(\S+)\s*$/i;
const DIGITS = /^\d{1,15}$/;

type Query = Record<string, string | string[] | undefined>;

export function productRoutes(deps: ProductDeps) {
  const { fleet, portal, credentials, tokens } = deps;

  /** Sends the 401 and returns false unless the request carries a live token. */
  const authorised = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const m = BEARER.exec(request.headers.authorization ?? '');
    if (m && tokens.isValid(m[1]!)) return true;
    reply
      .code(401)
      .header('www-authenticate', 'Bearer')
      .send({ message: m ? 'The access token is invalid or has expired.' : 'A bearer access token is required.' });
    return false;
  };

  return async (app: FastifyInstance) => {
    app.post('/api/v1/token', async (request, reply) => {
      const body = request.body;
      const username = isRecord(body) ? body.username : undefined;
      const password = isRecord(body) ? body.password : undefined;
      if (typeof username !== 'string' || typeof password !== 'string') {
        return reply.code(400).send({ message: 'A JSON body with "username" and "password" is required.' });
      }
      if (!credentials.check(username, password)) {
        return reply.code(401).send({ message: 'Invalid username or password.' });
      }
      const { token, expiresIn } = tokens.issue();
      return { access_token: token, token_type: 'Bearer', expires_in: expiresIn };
    });

    app.get('/api/v1/customers', async (request, reply) => {
      if (!authorised(request, reply)) return reply;
      const query = request.query as Query;
      const page = positiveInt(query.page, 1);
      const pageSize = positiveInt(query.pageSize, DEFAULT_PAGE_SIZE);
      if (page === undefined) return reply.code(400).send({ message: 'page must be a positive integer.' });
      if (pageSize === undefined || pageSize > MAX_PAGE_SIZE) {
        return reply.code(400).send({ message: `pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}.` });
      }
      const start = (page - 1) * pageSize;
      return { items: fleet.customers.slice(start, start + pageSize), page, pageSize, totalCount: fleet.customers.length };
    });

    app.get('/api/v1/customers/:id/meter-readings/summary', async (request, reply) => {
      if (!authorised(request, reply)) return reply;
      const idText = (request.params as { id: string }).id;
      const date = (request.query as Query).date;
      if (!DIGITS.test(idText)) return reply.code(400).send({ message: 'The customer id must be an integer.' });
      const day = typeof date === 'string' ? parseIsoDate(date) : undefined;
      if (day === undefined) return reply.code(400).send({ message: 'date must be a calendar date YYYY-MM-DD.' });
      const id = Number(idText);
      if (!fleet.has(id)) return reply.code(404).send({ message: `Customer ${id} was not found.` });
      return portal.answer(id, day, date as string);
    });
  };
}

function positiveInt(value: string | string[] | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !DIGITS.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
