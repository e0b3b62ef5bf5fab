/**
 * What Canopy needs from a print-management portal, whatever its type. Each portal type (today: OneStop MPS Portal,
 * src/connectors/onestop/) implements it; the rest of Canopy (servers, feeds, collector) only sees this interface.
 *
 * Every implementation is read-only towards its portal (docs/domain.md "Access is read-only") and fails with a
 * PortalError (./portal-error.ts) whose `kind` says what went wrong and whether trying again later may help.
 */

import type { ConnectionProfile } from './onestop/capture-format.js';

/** A customer as the portal lists it (its id as text: ids are opaque to Canopy). */
export interface PortalCustomer {
  externalId: string;
  name: string;
}

/** Cumulative counters of one customer at the end of a date, summed over its devices (docs/domain.md). */
export interface Counters {
  deviceTotal: number;
  colourTotal: number;
  monoTotal: number;
  scanTotal: number;
  largeTotal: number;
  duplexTotal: number;
  smallTotal: number;
}

export interface ConnectorStats {
  /** HTTP requests sent (every attempt: log-ins, retries and re-log-ins included). */
  requests: number;
  /** Attempts repeated after a retryable failure (with backoff). */
  retries: number;
  /** Log-ins (each may try several log-in styles: `requests` counts every one). */
  logins: number;
  /** Token refreshes sent (OAuth2 refresh_token grants). */
  refreshes?: number;
}

export interface Connector {
  /** Logs in (fresh token). Throws PortalError kind 'credentials_rejected' | 'unreachable' | 'tls_untrusted' | ... */
  check(): Promise<void>;
  /** Every customer, all pages. */
  listCustomers(): Promise<PortalCustomer[]>;
  /** Cumulative counters at the end of `date` (YYYY-MM-DD). Throws PortalError kind 'not_found' for an unknown customer. */
  readCounters(externalId: string, date: string): Promise<Counters>;
  stats(): ConnectorStats;
  /** How the portal logs in and lists customers, as far as its answers have shown (undefined before the first log-in). */
  profile?(): ConnectionProfile | undefined;
  /** Releases the connections; requests still in flight are cancelled. Idempotent. */
  close(): Promise<void>;
}
