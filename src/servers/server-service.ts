import { randomUUID } from 'node:crypto';
import { loadInScope } from '../access/scope.js';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import type { Clock } from '../clock.js';
import type { Connector } from '../connectors/connector.js';
import { PortalError, portalFailure } from '../connectors/portal-error.js';
import type { Db } from '../db/database.js';
import type { Listing } from '../http/listing.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import { encryptSecret, type Keyring } from '../secrets/credential-cipher.js';
import type { CreateServerInput, UpdateServerInput } from './server-schemas.js';
import { serverToApi, type ServerRow } from './server.js';
import { accountServersQuery, deleteServer, findServerInSubtree, insertServer, serverHasFeeds, updateServer } from './server-queries.js';
import type { RequestGate } from '../connectors/adaptive-concurrency.js';

export interface PortalCredentials {
  url: string;
  username: string;
  password: string;
}

export const PASSWORD_REQUIRED = 'password is required when url or username changes';

/** A connector for these credentials; `gate`: what every data request waits for (politeness per portal). */
export type ConnectorFactory = (credentials: PortalCredentials, gate?: RequestGate) => Connector;

/** Registered portal servers. Credentials are tested against the portal before anything is saved. */
export function createServerService(deps: {
  db: Db;
  clock: Clock;
  accounts: Pick<AccountService, 'load'>;
  keyring: () => Keyring;
  /** Decrypts a secret at rest (reloading the keyring if another process rotated it). */
  openSecret: (ciphertext: string, rowId: string) => Promise<string>;
  connectorFor: ConnectorFactory;
  /** Refuses a portal URL whose host is not a public address (src/outbound/); every connection checks again. */
  checkUrl: (url: string, what: string) => Promise<void>;
}) {
  const { db, clock, accounts, keyring, connectorFor } = deps;

  function load(p: Principal, id: string): Promise<ServerRow> {
    return loadInScope(id, (id) => findServerInSubtree(db, p.accountId, id));
  }

  async function testLogin(credentials: PortalCredentials): Promise<void> {
    await deps.checkUrl(credentials.url, 'The portal URL');
    const connector = connectorFor(credentials);
    try {
      await connector.check();
    } catch (err) {
      if (err instanceof PortalError) throw portalFailure(err, 'Could not log in to the portal: ');
      throw err;
    } finally {
      await connector.close();
    }
  }

  async function credentialsOf(s: ServerRow): Promise<PortalCredentials> {
    return { url: s.url, username: s.username, password: await deps.openSecret(s.password_encrypted, s.id) };
  }

  /** A connector logged in as the server (callers close it). */
  const connectorOf = async (s: ServerRow, gate?: RequestGate) => connectorFor(await credentialsOf(s), gate);

  return {
    load,
    credentialsOf,
    connectorOf,

    async create(p: Principal, scopeAccountId: string | undefined, input: CreateServerInput) {
      if (scopeAccountId && input.account_id && input.account_id !== scopeAccountId)
        throw new BadRequestError('account_id: does not match the account in the path.');
      const account = await accounts.load(p, scopeAccountId ?? input.account_id ?? p.accountId).catch((err: unknown) => {
        if (err instanceof NotFoundError && !scopeAccountId) throw new BadRequestError('account_id: no such account.');
        throw err;
      });
      if (account.role === 'customer') throw new ForbiddenError('Servers belong to provider accounts, not customer accounts.');
      await testLogin({ url: input.url, username: input.username, password: input.password });
      const id = randomUUID();
      const now = clock.now();
      const row = await insertServer(db, {
        id,
        account_id: account.id,
        type: 'onestop',
        url: input.url,
        username: input.username,
        password_encrypted: encryptSecret(keyring(), input.password, id),
        contact: input.contact ?? null,
        paper_profile: input.paper_profile ?? 'a4',
        time_zone: input.time_zone ?? 'Europe/London',
        holiday_region: input.holiday_region ?? 'GB-ENG',
        concurrency: input.concurrency ?? 1,
        health_check: 'healthy',
        health_check_checked_at: now,
        health_check_changed_at: now,
        created_at: now,
        updated_at: now,
      });
      return serverToApi(row);
    },

    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      return {
        db,
        query: accountServersQuery(db, account.id),
        keys: ['created_at', 'id'],
        present: (rows) => rows.map(serverToApi),
      } satisfies Listing<ServerRow, unknown>;
    },

    async find(p: Principal, id: string) {
      return serverToApi(await load(p, id));
    },

    async update(p: Principal, id: string, input: UpdateServerInput) {
      const server = await load(p, id);
      const destinationChange =
        (input.url !== undefined && input.url !== server.url) || (input.username !== undefined && input.username !== server.username);
      // The stored password is only ever sent where it was registered: a new URL or username needs the password again
      // (otherwise a tenant key could redirect the stored password to a listener of its choice).
      if (destinationChange && input.password === undefined) throw new BadRequestError(PASSWORD_REQUIRED);
      const credentialsChange = destinationChange || input.password !== undefined;
      if (credentialsChange) {
        await testLogin({
          url: input.url ?? server.url,
          username: input.username ?? server.username,
          password: input.password ?? (await credentialsOf(server)).password,
        });
      }
      const row = await updateServer(db, server.id, {
        ...(input.url !== undefined ? { url: input.url } : {}),
        ...(input.username !== undefined ? { username: input.username } : {}),
        ...(input.password !== undefined ? { password_encrypted: encryptSecret(keyring(), input.password, server.id) } : {}),
        ...(input.contact !== undefined ? { contact: input.contact } : {}),
        ...(input.paper_profile !== undefined ? { paper_profile: input.paper_profile } : {}),
        ...(input.time_zone !== undefined ? { time_zone: input.time_zone } : {}),
        ...(input.holiday_region !== undefined ? { holiday_region: input.holiday_region } : {}),
        ...(input.concurrency !== undefined ? { concurrency: input.concurrency } : {}),
        updated_at: clock.now(),
      });
      return serverToApi(row);
    },

    async remove(p: Principal, id: string) {
      const server = await load(p, id);
      if (await serverHasFeeds(db, server.id)) throw new ConflictError('The server still has feeds: delete them first.');
      await deleteServer(db, server.id);
      return { ...serverToApi(server), deleted: true as const };
    },

    /** The portal's customers for the dropdown: [{external_id, name}], every page. */
    async portalCustomers(p: Principal, id: string) {
      const server = await load(p, id);
      const connector = await connectorOf(server);
      try {
        const customers = await connector.listCustomers();
        return customers.map((c) => ({ external_id: c.externalId, name: c.name }));
      } catch (err) {
        if (err instanceof PortalError) throw portalFailure(err, 'The portal did not list its customers: ');
        throw err;
      } finally {
        await connector.close();
      }
    },
  };
}

export type ServerService = ReturnType<typeof createServerService>;
