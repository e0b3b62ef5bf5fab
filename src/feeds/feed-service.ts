import { loadInScope } from '../access/scope.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import type { Clock } from '../clock.js';
import { PortalError, portalFailure } from '../connectors/portal-error.js';
import type { Db } from '../db/database.js';
import { deleteFeedDeposits } from '../deposits/deposit-queries.js';
import { deleteFeedReadings } from '../readings/reading-queries.js';
import type { Listing } from '../http/listing.js';
import type { Status } from '../db/schema.js';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import type { ServerService } from '../servers/server-service.js';
import type { CreateFeedInput, UpdateFeedInput } from './feed-schemas.js';
import { feedToApi, type FeedRow } from './feed.js';
import { lastChangeDates } from '../readings/reading-queries.js';
import { accountFeedsQuery, deleteFeed, findFeedInSubtree, findFeedOfPortalCustomer, insertFeed, updateFeed } from './feed-queries.js';

/**
 * Feeds map a portal customer to a customer account from an activation date. Creating one (or moving its
 * activation date) asks for a collection at once, which backfills every day since the activation date.
 */
export function createFeedService(deps: {
  db: Db;
  clock: Clock;
  accounts: Pick<AccountService, 'load'>;
  servers: Pick<ServerService, 'load' | 'connectorOf'>;
  requestCollection: (serverId: string) => Promise<void>;
}) {
  const { db, clock, accounts, servers, requestCollection } = deps;

  /** The API objects, each with the last day its counters moved (one query for all). */
  async function present(rows: FeedRow[]) {
    const last = await lastChangeDates(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => feedToApi(r, last.get(r.id) ?? null));
  }
  const presentOne = async (row: FeedRow) => (await present([row]))[0]!;

  function load(p: Principal, id: string): Promise<FeedRow> {
    return loadInScope(id, (id) => findFeedInSubtree(db, p.accountId, id));
  }

  /**
   * The portal customer must exist: one counters request (404 for an unknown customer) rather than listing every
   * customer of the portal for each feed.
   */
  async function ensurePortalCustomer(server: Parameters<ServerService['connectorOf']>[0], externalId: string, date: string) {
    const connector = await servers.connectorOf(server);
    try {
      await connector.readCounters(externalId, date);
    } catch (err) {
      if (err instanceof PortalError && err.kind === 'not_found')
        throw new BadRequestError(`external_id: the portal has no customer ${externalId}.`, { reason: 'portal_customer_missing' });
      if (err instanceof PortalError) throw portalFailure(err, `The portal could not be asked about customer ${externalId}: `);
      throw err;
    } finally {
      await connector.close();
    }
  }

  return {
    load,

    async create(p: Principal, scopeAccountId: string | undefined, input: CreateFeedInput) {
      if (scopeAccountId && input.account_id && input.account_id !== scopeAccountId)
        throw new BadRequestError('account_id: does not match the account in the path.');
      const account = await accounts.load(p, scopeAccountId ?? input.account_id ?? p.accountId).catch((err: unknown) => {
        if (err instanceof NotFoundError && !scopeAccountId) throw new BadRequestError('account_id: no such account.');
        throw err;
      });
      const server = await servers.load(p, input.server_id).catch((err: unknown) => {
        if (err instanceof NotFoundError) throw new BadRequestError('server_id: no such server.');
        throw err;
      });
      if (account.role !== 'customer')
        throw new BadRequestError('Feeds deposit into customer accounts: create the feed on a customer account.');
      if (account.id === server.account_id || !account.ancestry.includes(server.account_id)) {
        throw new BadRequestError("server_id: the server does not belong to this customer's provider.");
      }
      const duplicate = await findFeedOfPortalCustomer(db, server.id, input.external_id);
      if (duplicate) throw new ConflictError(`Portal customer ${input.external_id} of this server already has a feed (${duplicate.id}).`);
      await ensurePortalCustomer(server, input.external_id, input.activated_at);
      const now = clock.now();
      const row = await insertFeed(db, {
        account_id: account.id,
        server_id: server.id,
        type: 'onestop',
        external_id: input.external_id,
        collection_scope: input.collection_scope ?? null,
        activation_date: input.activated_at,
        created_at: now,
        updated_at: now,
      });
      if (!row) throw new ConflictError(`Portal customer ${input.external_id} of this server already has a feed.`);
      await requestCollection(server.id);
      return presentOne(row);
    },

    async list(p: Principal, accountId = p.accountId, opts: { includeDescendants?: boolean } = {}) {
      const account = await accounts.load(p, accountId);
      const query = accountFeedsQuery(db, account.id, opts.includeDescendants ?? false);
      return { db, query, keys: ['created_at', 'id'], present } satisfies Listing<FeedRow, unknown>;
    },

    async find(p: Principal, id: string) {
      return presentOne(await load(p, id));
    },

    /**
     * Changing the portal customer or the activation date makes the stored readings and deposits meaningless, so
     * they are removed and the feed is collected again from its (new) activation date.
     */
    async update(p: Principal, id: string, input: UpdateFeedInput) {
      const feed = await load(p, id);
      const externalChanged = input.external_id !== undefined && input.external_id !== feed.external_id;
      const activationChanged = input.activated_at !== undefined && input.activated_at !== feed.activation_date;
      if (externalChanged)
        await ensurePortalCustomer(await servers.load(p, feed.server_id), input.external_id!, input.activated_at ?? feed.activation_date);
      const row = await db
        .transaction()
        .execute(async (tx) => {
          if (externalChanged || activationChanged) {
            await deleteFeedDeposits(tx, feed.id);
            await deleteFeedReadings(tx, feed.id);
          }
          return updateFeed(tx, feed.id, {
            ...(input.external_id !== undefined ? { external_id: input.external_id } : {}),
            ...(input.activated_at !== undefined ? { activation_date: input.activated_at } : {}),
            ...(input.collection_scope !== undefined ? { collection_scope: input.collection_scope } : {}),
            ...(externalChanged || activationChanged ? { checkpoint_date: null } : {}),
            updated_at: clock.now(),
          });
        })
        .catch((err: unknown) => {
          if ((err as { code?: string }).code === '23505')
            throw new ConflictError(`Portal customer ${input.external_id} of this server already has a feed.`);
          throw err;
        });
      if (externalChanged || activationChanged) await requestCollection(feed.server_id);
      return presentOne(row);
    },

    async setStatus(p: Principal, id: string, status: Status) {
      const feed = await load(p, id);
      const row = await updateFeed(
        db,
        feed.id,
        status === 'active'
          ? { status, deactivated_at: null, updated_at: clock.now() }
          : { status, deactivated_at: feed.deactivated_at ?? clock.now(), updated_at: clock.now() },
      );
      if (status === 'active' && feed.status !== 'active') await requestCollection(feed.server_id);
      return presentOne(row);
    },

    /** Deletes the feed with its readings and deposits (its pages are no longer counted). */
    async remove(p: Principal, id: string) {
      const feed = await load(p, id);
      await deleteFeed(db, feed.id);
      return { ...(await presentOne(feed)), deleted: true as const };
    },
  };
}

export type FeedService = ReturnType<typeof createFeedService>;
