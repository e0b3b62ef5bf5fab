import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Connector } from './connector.js';
import { PortalError } from './portal-error.js';

/**
 * The behaviour every Connector owes Canopy, as a few vitest cases a portal type's test file runs against its real
 * (simulated) portal: `connectorContract(() => ({ connector, ... }))` inside a describe block.
 */
export interface ContractSubject {
  connector: Connector;
  /**
   * Another connector of the same portal type: the subject's portal and credentials unless overridden. The failure
   * cases build theirs with it (wrong password, the portal's CA not trusted, a portal that never answers, nothing
   * listening, a breaker that opens early); every one has fast retries.
   */
  make(o?: { url?: string; password?: string; trustPortalCa?: boolean; timeoutMs?: number; breakerThreshold?: number }): Connector;
  /** The good password: no error message may contain it. */
  password: string;
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

/**
 * The failures every Connector owes Canopy: the right kind, no retry where none helps, and never a secret. Every case
 * checks its own error for the password, so the check does not depend on which cases ran before it.
 */
export function connectorFailureContract(subject: () => ContractSubject): void {
  const opened: Connector[] = [];
  /** Runs a call that must fail with a PortalError, and checks that nothing the error shows carries `secrets`. */
  const fail = async (connector: Connector, call: (c: Connector) => Promise<unknown>, secrets: string[] = []) => {
    opened.push(connector);
    const err = await call(connector).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PortalError);
    const shown = [(err as PortalError).message, String(err), JSON.stringify(err), (err as PortalError).stack ?? ''];
    for (const secret of [subject().password, ...secrets]) {
      for (const text of shown) expect(text).not.toContain(secret);
    }
    return err as PortalError;
  };
  let hung: net.Server | undefined;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    // Accepts connections and never says a word: not even the TLS handshake completes.
    hung = net.createServer((s) => {
      sockets.add(s);
    });
    await new Promise<void>((resolve) => hung!.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await Promise.all(opened.map((c) => c.close()));
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => (hung ? hung.close(() => resolve()) : resolve()));
  });

  it("contract: rejected credentials are 'credentials_rejected', at once, not retried; no password in the error", async () => {
    const wrong = `wrong-${subject().password}-x`;
    const c = subject().make({ password: wrong });
    const err = await fail(c, (x) => x.check(), [wrong]);
    expect(err).toMatchObject({ kind: 'credentials_rejected', retryable: false });
    expect(c.stats().retries).toBe(0);
  });

  it("contract: a portal certificate Canopy does not trust is 'tls_untrusted', not retried; no password in the error", async () => {
    const c = subject().make({ trustPortalCa: false });
    expect(await fail(c, (x) => x.check())).toMatchObject({ kind: 'tls_untrusted', retryable: false });
    expect(c.stats().retries).toBe(0);
  });

  it("contract: a portal that never answers is 'timeout'; no password in the error", async () => {
    const { port } = hung!.address() as net.AddressInfo;
    const c = subject().make({ url: `https://127.0.0.1:${port}`, timeoutMs: 150 });
    expect(await fail(c, (x) => x.check())).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it("contract: nothing listening is 'unreachable', retried; no password in the error", async () => {
    // A breaker that never opens here, so every attempt reaches the closed port.
    const c = subject().make({ url: `https://127.0.0.1:${await closedPort()}`, breakerThreshold: 1_000 });
    expect(await fail(c, (x) => x.check())).toMatchObject({ kind: 'unreachable', retryable: true });
    expect(c.stats().retries).toBeGreaterThanOrEqual(1);
  });

  it("contract: repeated failures open the breaker: 'circuit_open', nothing sent; no password in the error", async () => {
    const c = subject().make({ url: `https://127.0.0.1:${await closedPort()}`, breakerThreshold: 2 });
    expect(await fail(c, (x) => x.check())).toMatchObject({ kind: expect.stringMatching(/^(unreachable|circuit_open)$/) });
    const sent = c.stats().requests;
    expect(await fail(c, (x) => x.listCustomers())).toMatchObject({ kind: 'circuit_open', retryable: false });
    expect(c.stats().requests).toBe(sent);
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
