/** OneStop MPS Portal servers: registration (with a live log-in test), health, syncs, the portal's customers. */
import { api, buildUrl, type BodyOf } from './client';
import type { Server, SyncRun } from './types';

export const serverKeys = {
  list: '/v1/servers',
  withSyncs: '/v1/servers+syncs',
  detail: (id: string) => buildUrl('/v1/servers/{id}', { id }),
  health: (id: string) => buildUrl('/v1/servers/{id}/health', { id }),
  syncs: (id: string) => buildUrl('/v1/servers/{id}/syncs', { id }),
  portalCustomers: (id: string) => buildUrl('/v1/servers/{id}/customers', { id }),
};

export type NewServer = BodyOf<'/v1/servers', 'post'>;
/** What a diagnosis tries: the register form's fields (url, username, password, OAuth2 client, CA certificate). */
export type ProbeInput = BodyOf<'/v1/servers/probe', 'post'>;

export function listServers() {
  return api.get('/v1/servers');
}

export function getServer(id: string) {
  return api.get('/v1/servers/{id}', { path: { id } });
}

/** Canopy logs in to the portal before it saves anything: an error with a `reason` says why it could not. */
export function registerServer(server: NewServer) {
  return api.post('/v1/servers', { body: server });
}

/**
 * Diagnoses a portal step by step (TLS, log-in, customers, a sample reading, latency) without saving anything: what
 * the register form shows when a registration fails.
 */
export function probeServer(input: ProbeInput) {
  return api.post('/v1/servers/probe', { body: input });
}

/**
 * Replaces (PEM text) or removes (null) the CA certificate the server trusts besides the system roots. The portal's
 * password must be given again: Canopy logs in with the new trust before it saves it.
 */
export function setServerCa(id: string, caPem: string | null, password: string) {
  return api.patch('/v1/servers/{id}', { path: { id }, body: { ca_pem: caPem, password } });
}

/** Who gets the server's health notifications by email (null: the users of the account); nothing else changes. */
export function setServerContact(id: string, contact: string | null) {
  return api.patch('/v1/servers/{id}', { path: { id }, body: { contact } });
}

/** The settings anyone running the server may change without the portal's password (name, contact, calendar, paper). */
export type ServerSettings = Pick<
  BodyOf<'/v1/servers/{id}', 'patch'>,
  'name' | 'contact' | 'time_zone' | 'holiday_region' | 'paper_profile' | 'concurrency'
>;

/** Saves the settings; a bad value is a 400 naming the field, and nothing is changed. */
export function updateServerSettings(id: string, settings: ServerSettings) {
  return api.patch('/v1/servers/{id}', { path: { id }, body: settings });
}

/** Logs in to the portal now: the server with the health the check gave (healthy, or why not). */
export function checkServer(id: string) {
  return api.post('/v1/servers/{id}/check', { path: { id } });
}

/** Queues a collection of the server now (202); its run then shows in the sync history. */
export async function collectServer(id: string): Promise<void> {
  await api.post('/v1/servers/{id}/collect', { path: { id } });
}

export function listServerHealth(id: string) {
  return api.get('/v1/servers/{id}/health', { path: { id } });
}

export function listSyncs(id: string) {
  return api.get('/v1/servers/{id}/syncs', { path: { id } });
}

/** The customers the portal lists (asked live). */
export function listPortalCustomers(id: string) {
  return api.get('/v1/servers/{id}/customers', { path: { id } });
}

export interface ServerWithSyncs {
  server: Server;
  syncs: SyncRun[];
}

export async function listServersWithSyncs(): Promise<ServerWithSyncs[]> {
  const servers = await listServers();
  return Promise.all(servers.map(async (server) => ({ server, syncs: await listSyncs(server.id) })));
}
