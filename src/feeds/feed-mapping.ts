import { randomUUID } from 'node:crypto';
import type { Principal } from '../access/principal.js';
import { checkChildRole } from '../accounts/account.js';
import { customerAccountsUnder, insertAccount } from '../accounts/account-queries.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import type { Logger } from '../observability/logger.js';
import type { ServerService } from '../servers/server-service.js';
import { createMatcher } from './customer-match.js';
import { feedToApi } from './feed.js';
import type { BulkFeedsInput } from './feed-mapping-api-schema.js';
import { feedsOfServer, insertFeed } from './feed-queries.js';

/** Thrown inside a dry run's transaction to roll back everything it wrote, carrying the answer out. */
class DryRunRollback<T> extends Error {
  constructor(readonly answer: T) {
    super('dry run');
  }
}

/**
 * Connecting a server's portal customers to customer accounts in bulk ("Connect customers"): the report of the portal's
 * customers with their feeds or a proposed account, and one all-or-nothing request that creates the new accounts and the
 * feeds. A dry run runs the very same transaction and rolls it back, so it answers exactly what the real run would do.
 */
export function createFeedMapping(deps: {
  db: Db;
  clock: Clock;
  accounts: Pick<AccountService, 'load'>;
  servers: Pick<ServerService, 'load' | 'portalCustomers'>;
  requestCollection: (serverId: string) => Promise<void>;
  log?: Pick<Logger, 'error'>;
}) {
  const { db, clock, accounts, servers, requestCollection } = deps;

  return {
    /** The server in the caller's scope, or NotFoundError. */
    server: (p: Principal, id: string) => servers.load(p, id),

    /** The portal's customers (every page), each with its feed or, when it has none, its proposed account. */
    async customers(p: Principal, serverId: string, mapped?: boolean) {
      const server = await servers.load(p, serverId);
      const [portal, feeds, candidates] = await Promise.all([
        servers.portalCustomers(p, server.id),
        feedsOfServer(db, server.id),
        customerAccountsUnder(db, server.account_id),
      ]);
      const propose = createMatcher(candidates);
      return portal
        .filter((c) => mapped === undefined || feeds.has(c.external_id) === mapped)
        .map((c) => {
          const feed = feeds.get(c.external_id);
          return { ...c, feed_id: feed?.id ?? null, account_id: feed?.account_id ?? null, proposed_match: feed ? null : propose(c) };
        });
    },

    /**
     * Checks every customer of the request first (each error names its entry), then writes the accounts and feeds in one
     * transaction. Entries naming the same new account name (ignoring case) share one new account.
     */
    async bulk(p: Principal, serverId: string, input: BulkFeedsInput) {
      const server = await servers.load(p, serverId);
      const provider = await accounts.load(p, server.account_id);
      const seen = new Set<string>();
      input.customers.forEach((c, i) => {
        if (seen.has(c.external_id))
          throw new BadRequestError(`customers.${i}.external_id: portal customer ${c.external_id} is listed twice.`);
        seen.add(c.external_id);
      });
      const [portal, feeds] = await Promise.all([servers.portalCustomers(p, server.id), feedsOfServer(db, server.id)]);
      const inPortal = new Set(portal.map((c) => c.external_id));
      for (const [i, c] of input.customers.entries()) {
        if (!inPortal.has(c.external_id))
          throw new BadRequestError(`customers.${i}.external_id: the portal has no customer ${c.external_id}.`, {
            reason: 'portal_customer_missing',
          });
        const feed = feeds.get(c.external_id);
        if (feed) throw new ConflictError(`customers.${i}.external_id: portal customer ${c.external_id} already has a feed (${feed.id}).`);
        if (c.account_id !== undefined) {
          const account = await accounts.load(p, c.account_id).catch((err: unknown) => {
            if (err instanceof NotFoundError) throw new BadRequestError(`customers.${i}.account_id: no such account.`);
            throw err;
          });
          if (account.role !== 'customer')
            throw new BadRequestError(
              `customers.${i}.account_id: feeds deposit into customer accounts, and this one is a ${account.role}.`,
            );
          if (account.id === server.account_id || !account.ancestry.includes(server.account_id))
            throw new BadRequestError(`customers.${i}.account_id: the account is not a customer of this server's provider.`);
        }
      }
      if (input.customers.some((c) => c.name !== undefined)) checkChildRole(provider.role, 'customer');

      const write = db.transaction().execute(async (tx) => {
        const now = clock.now();
        const created = new Map<string, string>();
        const rows = [];
        for (const [i, c] of input.customers.entries()) {
          let accountId = c.account_id;
          if (accountId === undefined) {
            const key = c.name!.toLocaleLowerCase('en');
            accountId = created.get(key);
            if (!accountId) {
              accountId = randomUUID();
              created.set(key, accountId);
              const parent = { id: provider.id, ancestry: provider.ancestry };
              await insertAccount(tx, {
                id: accountId,
                parent,
                name: c.name!,
                display_name: null,
                external_id: null,
                role: 'customer',
                now,
              });
            }
          }
          const row = await insertFeed(tx, {
            account_id: accountId,
            server_id: server.id,
            type: 'onestop',
            external_id: c.external_id,
            collection_scope: null,
            activation_date: input.activated_at,
            created_at: now,
            updated_at: now,
          });
          // Another request connected it meanwhile: nothing of this one is kept.
          if (!row) throw new ConflictError(`customers.${i}.external_id: portal customer ${c.external_id} already has a feed.`);
          rows.push(row);
        }
        const answer = { dry_run: input.dry_run, feeds: rows.map((r) => feedToApi(r, null)), accounts_created: created.size };
        if (input.dry_run) throw new DryRunRollback(answer);
        return answer;
      });
      const answer = await write.catch((err: unknown) => {
        if (err instanceof DryRunRollback) return err.answer as Awaited<typeof write>;
        throw err;
      });
      // The feeds exist once committed: if a collection cannot be queued now, the next scheduled one backfills them.
      if (!input.dry_run)
        await requestCollection(server.id).catch((err: unknown) => deps.log?.error({ err, server: server.id }, 'collection not queued'));
      return answer;
    },
  };
}

export type FeedMapping = ReturnType<typeof createFeedMapping>;
