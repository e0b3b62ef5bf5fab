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
import type { CreateServerInput, ProbeServerInput, UpdateServerInput } from './server-schemas.js';
import type { ProbeReport } from '../connectors/onestop/onestop-probe.js';
import { serverToApi, type ServerRow } from './server.js';
import { accountServersQuery, deleteServer, findServerInSubtree, insertServer, serverHasFeeds, updateServer } from './server-queries.js';
import type { RequestGate } from '../connectors/adaptive-concurrency.js';
import type { ConnectionProfile } from '../connectors/onestop/capture-format.js';
import type { OnestopConnectorOptions } from '../connectors/onestop/onestop-client.js';
import { parseCaPem } from '../outbound/trust.js';
import type { Logger } from '../observability/logger.js';

/** What a connector needs to reach and trust one portal (the server's row, its secrets decrypted). */
export interface PortalCredentials {
  url: string;
  username: string;
  password: string;
  clientId?: string;
  clientSecret?: string;
  /** A CA certificate trusted for this portal only (added to the usual roots). */
  caPem?: string;
  profile?: ConnectionProfile;
}

export const PASSWORD_REQUIRED = 'password is required when url, username or ca_pem changes';

export interface ConnectorHooks {
  /** What every data request waits for (politeness per portal). */
  gate?: RequestGate;
  onProfile?: (profile: ConnectionProfile) => void;
  onExchange?: OnestopConnectorOptions['onExchange'];
}

/** A connector for these credentials. */
export type ConnectorFactory = (credentials: PortalCredentials, hooks?: ConnectorHooks) => Connector;

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
  /** Diagnoses a portal (src/connectors/onestop/onestop-probe.ts). */
  probe: (credentials: PortalCredentials, opts: { timeZone: string }) => Promise<ProbeReport>;
  logger?: Logger;
}) {
  const { db, clock, accounts, keyring, connectorFor } = deps;

  function load(p: Principal, id: string): Promise<ServerRow> {
    return loadInScope(id, (id) => findServerInSubtree(db, p.accountId, id));
  }

  /**
   * Logs in and lists the customers, detecting how the portal does both (its connection profile); nothing is saved
   * unless both work. Any failure is the portal's, in words (portalFailure).
   */
  async function testPortal(credentials: PortalCredentials): Promise<ConnectionProfile | undefined> {
    await deps.checkUrl(credentials.url, 'The portal URL');
    const connector = connectorFor({ ...credentials, profile: undefined });
    let step = 'Could not log in to the portal: ';
    try {
      await connector.check();
      step = 'Logged in, but the portal did not list its customers: ';
      await connector.listCustomers();
      return connector.profile?.();
    } catch (err) {
      if (err instanceof PortalError) throw portalFailure(err, step);
      throw err;
    } finally {
      await connector.close();
    }
  }

  async function credentialsOf(s: ServerRow): Promise<PortalCredentials> {
    return {
      url: s.url,
      username: s.username,
      password: await deps.openSecret(s.password_encrypted, s.id),
      ...(s.client_id ? { clientId: s.client_id } : {}),
      ...(s.client_secret_encrypted ? { clientSecret: await deps.openSecret(s.client_secret_encrypted, `${s.id}:client`) } : {}),
      ...(s.ca_pem ? { caPem: s.ca_pem } : {}),
      ...(s.connection_profile ? { profile: s.connection_profile } : {}),
    };
  }

  /** Keeps what a connector found out about the portal (a re-detected log-in style, the list's shape). */
  function rememberProfile(serverId: string) {
    return (profile: ConnectionProfile) => {
      updateServer(db, serverId, { connection_profile: JSON.stringify(profile), connection_profile_detected_at: clock.now() }).catch(
        (err: unknown) => deps.logger?.warn({ err, serverId }, 'could not store the detected connection profile'),
      );
    };
  }

  /** A connector for the server (callers close it); what it detects about the portal is stored. */
  const connectorOf = async (s: ServerRow, gate?: RequestGate, hooks: Omit<ConnectorHooks, 'gate'> = {}) =>
    connectorFor(await credentialsOf(s), { ...(gate ? { gate } : {}), onProfile: rememberProfile(s.id), ...hooks });

  /** What a registration or probe request gives to reach a portal. */
  const credentialsFrom = (input: ProbeServerInput, caPem: string | null | undefined): PortalCredentials => ({
    url: input.url,
    username: input.username,
    password: input.password,
    ...(input.client_id ? { clientId: input.client_id } : {}),
    ...(input.client_secret ? { clientSecret: input.client_secret } : {}),
    ...(caPem ? { caPem } : {}),
  });

  /** The CA PEM of a request, validated (undefined: not given; null: remove). */
  const caOf = (pem: string | null | undefined) => (pem === undefined || pem === null ? pem : parseCaPem(pem).pem);

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
      const caPem = caOf(input.ca_pem);
      const profile = await testPortal(credentialsFrom(input, caPem));
      const id = randomUUID();
      const now = clock.now();
      const row = await insertServer(db, {
        client_id: input.client_id ?? null,
        client_secret_encrypted: input.client_secret ? encryptSecret(keyring(), input.client_secret, `${id}:client`) : null,
        ca_pem: caPem ?? null,
        connection_profile: profile ? JSON.stringify(profile) : null,
        connection_profile_detected_at: profile ? now : null,
        id,
        account_id: account.id,
        type: 'onestop',
        name: input.name ?? new URL(input.url).host,
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
      const caPem = caOf(input.ca_pem);
      const destinationChange =
        (input.url !== undefined && input.url !== server.url) ||
        (input.username !== undefined && input.username !== server.username) ||
        (caPem !== undefined && caPem !== server.ca_pem);
      // The stored password is only ever sent where it was registered: a new URL, username or trusted CA needs the
      // password again (otherwise a tenant key could redirect the stored password to a listener of its choice).
      if (destinationChange && input.password === undefined) throw new BadRequestError(PASSWORD_REQUIRED);
      const clientChange = (input.client_id !== undefined && input.client_id !== server.client_id) || input.client_secret !== undefined;
      const credentialsChange = destinationChange || clientChange || input.password !== undefined;
      let profile: ConnectionProfile | undefined;
      if (credentialsChange) {
        const current = await credentialsOf(server);
        const clientId = input.client_id !== undefined ? input.client_id : (current.clientId ?? null);
        const clientSecret = input.client_secret !== undefined ? input.client_secret : (current.clientSecret ?? null);
        const trusted = caPem !== undefined ? caPem : (current.caPem ?? null);
        profile = await testPortal({
          url: input.url ?? server.url,
          username: input.username ?? server.username,
          password: input.password ?? current.password,
          ...(clientId ? { clientId } : {}),
          ...(clientSecret ? { clientSecret } : {}),
          ...(trusted ? { caPem: trusted } : {}),
        });
      }
      const row = await updateServer(db, server.id, {
        ...(input.client_id !== undefined ? { client_id: input.client_id } : {}),
        ...(input.client_secret !== undefined
          ? { client_secret_encrypted: input.client_secret ? encryptSecret(keyring(), input.client_secret, `${server.id}:client`) : null }
          : {}),
        ...(caPem !== undefined ? { ca_pem: caPem } : {}),
        ...(profile ? { connection_profile: JSON.stringify(profile), connection_profile_detected_at: clock.now() } : {}),
        ...(input.name !== undefined ? { name: input.name } : {}),
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

    /** What Canopy finds at a portal before registering it (onestop-probe.ts), for the register form's diagnosis. */
    async probe(p: Principal, input: ProbeServerInput) {
      await accounts.load(p, p.accountId);
      await deps.checkUrl(input.url, 'The portal URL');
      return deps.probe(credentialsFrom(input, caOf(input.ca_pem)), { timeZone: input.time_zone ?? 'Europe/London' });
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
