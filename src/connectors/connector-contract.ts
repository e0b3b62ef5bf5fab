import net from 'node:net';
import { expect, it } from 'vitest';
import type { Connector } from './connector.js';
import { PortalError } from './portal-error.js';

/**
 * The behaviour every Connector owes Canopy, as a few vitest cases a portal type's test file runs against its real
 * (simulated) portal: `connectorContract(() => ({ connector, ... }))` inside a describe block.
 */
export interface ContractSubject {
  connector: Connector;
  /** A customer the portal has, with data on `date`. */
  knownCustomer: string;
  /** An id the portal has no customer for. */
  unknownCustomer: string;
  /** A date with readings, and an earlier one. */
  date: string;
  earlierDate: string;
}

const COUNTER_FIELDS = ['deviceTotal', 'colourTotal', 'monoTotal', 'scanTotal', 'largeTotal', 'duplexTotal', 'smallTotal'] as const;

export function connectorContract(subject: () => ContractSubject): void {
  it('contract: check() logs in', async () => {
    const { connector } = subject();
    const before = connector.stats().logins;
    await connector.check();
    expect(connector.stats().logins).toBe(before + 1);
  });

  it('contract: lists customers with unique ids and names', async () => {
    const { connector, knownCustomer } = subject();
    const customers = await connector.listCustomers();
    expect(customers.length).toBeGreaterThan(0);
    expect(new Set(customers.map((c) => c.externalId)).size).toBe(customers.length);
    for (const c of customers) {
      expect(typeof c.externalId).toBe('string');
      expect(typeof c.name).toBe('string');
    }
    expect(customers.map((c) => c.externalId)).toContain(knownCustomer);
  });

  it('contract: reads cumulative counters: non-negative integers, consistent, never decreasing', async () => {
    const { connector, knownCustomer, date, earlierDate } = subject();
    const [earlier, later] = [await connector.readCounters(knownCustomer, earlierDate), await connector.readCounters(knownCustomer, date)];
    for (const c of [earlier, later]) {
      expect(Object.keys(c).sort()).toEqual([...COUNTER_FIELDS].sort());
      for (const f of COUNTER_FIELDS) expect(Number.isSafeInteger(c[f]) && c[f] >= 0).toBe(true);
      expect(c.monoTotal + c.colourTotal).toBe(c.deviceTotal);
      expect(c.smallTotal + c.largeTotal).toBe(c.deviceTotal);
    }
    for (const f of COUNTER_FIELDS) expect(later[f]).toBeGreaterThanOrEqual(earlier[f]);
  });

  it("contract: an unknown customer is PortalError 'not_found', not retried", async () => {
    const { connector, unknownCustomer, date } = subject();
    const before = connector.stats();
    const err = await connector.readCounters(unknownCustomer, date).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortalError);
    expect(err).toMatchObject({ kind: 'not_found', retryable: false, status: 400 });
    expect(connector.stats().retries).toBe(before.retries);
  });
}

/** A local port on which nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
