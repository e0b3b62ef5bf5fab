import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import { principalOf } from '../http/auth.js';
import { createTransactionBody } from './transaction-schemas.js';
import type { TransactionService } from './transaction-service.js';
import { listOf, one } from '../http/api-schemas.js';
import { sendListing } from '../http/listing.js';
import { transactionDeleted, transactionObject } from './transaction-api-schema.js';

/** /v1/transactions and /v1/accounts/:account_id/transactions (PrintReleaf v1 §7.8). */
export function transactionRoutes(deps: { transactions: TransactionService }) {
  const { transactions } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/transactions',
      { config: { policy: 'transactions:read' }, schema: { response: { 200: listOf(transactionObject) } } },
      async (req, reply) => sendListing(req, reply, await transactions.list(principalOf(req))),
    );
    app.get(
      '/transactions/:id',
      { config: { policy: 'transactions:read' }, schema: { params: idParams, response: { 200: one(transactionObject) } } },
      async (req) => transactions.find(principalOf(req), req.params.id),
    );
    app.get(
      '/accounts/:account_id/transactions',
      { config: { policy: 'transactions:read' }, schema: { params: accountIdParams, response: { 200: listOf(transactionObject) } } },
      async (req, reply) => sendListing(req, reply, await transactions.list(principalOf(req), req.params.account_id)),
    );
    app.post(
      '/transactions',
      {
        config: { policy: 'transactions:create' },
        schema: {
          body: createTransactionBody,
          response: { 201: one(transactionObject, 'The transaction; it issued its own certificate (kind transaction).') },
        },
      },
      async (req, reply) => reply.status(201).send(await transactions.create(principalOf(req), undefined, req.body)),
    );
    app.delete(
      '/transactions/:id',
      {
        config: { policy: 'transactions:delete' },
        schema: { params: idParams, response: { 200: one(transactionDeleted, 'The transaction, deleted with its certificate.') } },
      },
      async (req) => transactions.remove(principalOf(req), req.params.id),
    );
    app.post(
      '/accounts/:account_id/transactions',
      {
        config: { policy: 'transactions:create' },
        schema: {
          params: accountIdParams,
          body: createTransactionBody,
          response: { 201: one(transactionObject, 'The transaction; it issued its own certificate (kind transaction).') },
        },
      },
      async (req, reply) => reply.status(201).send(await transactions.create(principalOf(req), req.params.account_id, req.body)),
    );
  };
}
