import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ACCOUNT_NAME_COLUMN_DOC, accountNameColumn } from '../accounts/account-csv.js';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import type { Db } from '../db/database.js';
import { BadRequestError } from '../errors.js';
import { principalOf } from '../http/auth.js';
import { csvFilename, formatQueryDocs, listOrCsv } from '../http/csv.js';
import { sendListing, type CsvAnswer } from '../http/listing.js';
import { createDepositBody, rangeQuery, rangeQueryDocs, type RangeQuery } from './deposit-schemas.js';
import { one } from '../http/api-schemas.js';
import { depositDeleted, depositObject, depositWithExplanation, volumeObject } from './deposit-api-schema.js';
import type { DepositService } from './deposit-service.js';

/** List filters from the query string, or (the JS client's way) from a JSON body sent with the GET. */
function filters(req: FastifyRequest): RangeQuery {
  const fromBody = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as object) : {};
  const parsed = rangeQuery.safeParse({ ...fromBody, ...(req.query as object) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadRequestError(`${issue.path.join('.') || 'query'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The lists' query documentation: the filters and `format` (json or csv). */
const listQueryDocs = rangeQueryDocs.extend(formatQueryDocs.shape);
const depositList = listOrCsv(depositObject, [ACCOUNT_NAME_COLUMN_DOC]);
const volumeList = listOrCsv(volumeObject, [ACCOUNT_NAME_COLUMN_DOC]);

/** The CSV answer of a list: `<resource>-<account id, or all in the default scope>-<date range>.csv`. */
function csvAnswer(db: Db, resource: 'deposits' | 'volume', accountId: string | undefined, q: RangeQuery): CsvAnswer {
  return { filename: csvFilename(resource, accountId, q), extra: [accountNameColumn(db)] };
}

/** /v1/deposits and /v1/volume, default and account scope (PrintReleaf v1 §7.3, §7.12); the lists also as CSV. */
export function depositRoutes(deps: { deposits: Pick<DepositService, 'list' | 'create' | 'find' | 'decide' | 'remove' | 'volume'> }) {
  const { deposits } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/deposits',
      { config: { policy: 'deposits:read' }, schema: { querystring: listQueryDocs, response: { 200: depositList } } },
      async (req, reply) => {
        const q = filters(req);
        const listing = await deposits.list(principalOf(req), undefined, q);
        return sendListing(req, reply, listing, { csv: csvAnswer(listing.db, 'deposits', undefined, q) });
      },
    );
    app.post(
      '/deposits',
      { config: { policy: 'deposits:create' }, schema: { body: createDepositBody, response: { 201: one(depositObject) } } },
      async (req, reply) => reply.status(201).send(await deposits.create(principalOf(req), undefined, req.body)),
    );
    app.get(
      '/deposits/:id',
      { config: { policy: 'deposits:read' }, schema: { params: idParams, response: { 200: one(depositWithExplanation) } } },
      async (req) => deposits.find(principalOf(req), req.params.id),
    );
    app.post(
      '/deposits/:id/approve',
      {
        config: { policy: 'deposits:review' },
        schema: { params: idParams, response: { 200: one(depositObject, 'The deposit, recomputed.') } },
      },
      async (req) => deposits.decide(principalOf(req), req.params.id, 'approved'),
    );
    app.post(
      '/deposits/:id/reject',
      {
        config: { policy: 'deposits:review' },
        schema: { params: idParams, response: { 200: one(depositObject, 'The deposit, recomputed.') } },
      },
      async (req) => deposits.decide(principalOf(req), req.params.id, 'rejected'),
    );
    app.delete(
      '/deposits/:id',
      { config: { policy: 'deposits:delete' }, schema: { params: idParams, response: { 200: one(depositDeleted) } } },
      async (req) => deposits.remove(principalOf(req), req.params.id),
    );
    app.get(
      '/accounts/:account_id/deposits',
      {
        config: { policy: 'deposits:read' },
        schema: { params: accountIdParams, querystring: listQueryDocs, response: { 200: depositList } },
      },
      async (req, reply) => {
        const q = filters(req);
        const listing = await deposits.list(principalOf(req), req.params.account_id, q);
        return sendListing(req, reply, listing, { csv: csvAnswer(listing.db, 'deposits', req.params.account_id, q) });
      },
    );
    app.post(
      '/accounts/:account_id/deposits',
      {
        config: { policy: 'deposits:create' },
        schema: { params: accountIdParams, body: createDepositBody, response: { 201: one(depositObject) } },
      },
      async (req, reply) => reply.status(201).send(await deposits.create(principalOf(req), req.params.account_id, req.body)),
    );

    app.get(
      '/volume',
      { config: { policy: 'volume:read' }, schema: { querystring: listQueryDocs, response: { 200: volumeList } } },
      async (req, reply) => {
        const q = filters(req);
        const listing = await deposits.volume(principalOf(req), undefined, q);
        return sendListing(req, reply, listing, { csv: csvAnswer(listing.db, 'volume', undefined, q) });
      },
    );
    app.get(
      '/accounts/:account_id/volume',
      {
        config: { policy: 'volume:read' },
        schema: { params: accountIdParams, querystring: listQueryDocs, response: { 200: volumeList } },
      },
      async (req, reply) => {
        const q = filters(req);
        const listing = await deposits.volume(principalOf(req), req.params.account_id, q);
        return sendListing(req, reply, listing, { csv: csvAnswer(listing.db, 'volume', req.params.account_id, q) });
      },
    );
  };
}
