import { describe, expect, it } from 'vitest';
import { AdaptiveConcurrency } from './adaptive-concurrency.js';
import { PortalError } from './portal-error.js';

/**
 * A portal in memory that takes `capacity` requests at once and refuses more with a 429 (answers take `ms`), and
 * counts what it saw: the most in flight, refusals, answers. Independent of the gate: its own arithmetic.
 */
function portal(capacity: number, ms = 5) {
  let inFlight = 0;
  const seen = { maxInFlight: 0, refused: 0, answered: 0 };
  const request = async () => {
    inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, inFlight);
    try {
      if (inFlight > capacity) {
        seen.refused++;
        throw new PortalError('throttled', 'slow down (429)', { httpStatus: 429, retryAfterMs: 1000 });
      }
      await new Promise((r) => setTimeout(r, ms));
      seen.answered++;
      return 'ok';
    } finally {
      inFlight--;
    }
  };
  return { request, seen };
}

/** `total` requests from `lanes` concurrent callers through the gate; a refused one is retried (as the connector does). */
async function drive(gate: AdaptiveConcurrency, request: () => Promise<string>, total: number, lanes: number) {
  let left = total;
  const lane = async () => {
    while (left > 0) {
      left--;
      for (;;) {
        try {
          await gate.run(request);
          break;
        } catch (err) {
          if (!(err instanceof PortalError && err.kind === 'throttled')) throw err;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

describe('AdaptiveConcurrency', () => {
  it('at a cap of 1 is strictly serial, whatever the callers', async () => {
    const p = portal(100);
    const gate = new AdaptiveConcurrency(1);
    await drive(gate, p.request, 60, 8);
    expect(p.seen.maxInFlight).toBe(1);
    expect(gate.stats()).toMatchObject({ min: 1, median: 1, max: 1, throttled: 0, requests: 60 });
  });

  it('never has more in flight than its cap, on a portal that would take more', async () => {
    const p = portal(100);
    const gate = new AdaptiveConcurrency(8);
    await drive(gate, p.request, 400, 12);
    expect(p.seen.maxInFlight).toBe(8); // it grows to the cap, and no further
    expect(p.seen.refused).toBe(0);
    expect(gate.stats().max).toBe(8);
    expect(gate.stats().min).toBe(1); // it starts at 1
  });

  it("learns a portal's capacity below the cap: stays at it and probes above it rarely", async () => {
    const p = portal(4);
    const gate = new AdaptiveConcurrency(8);
    await drive(gate, p.request, 500, 9);
    expect(p.seen.answered).toBe(500);
    // At most a few refusals in 500: the first time past 4, then probes after 100, 200, … answers below it.
    expect(p.seen.refused).toBeGreaterThan(0);
    expect(p.seen.refused).toBeLessThanOrEqual(15); // 3 % of 500
    expect(gate.stats().throttled).toBe(p.seen.refused);
    expect(gate.stats().median).toBe(4);
    expect(p.seen.maxInFlight).toBeLessThanOrEqual(8);
  });

  it('cuts its limit on timeouts and grows back when answers are fast again', async () => {
    const gate = new AdaptiveConcurrency(6);
    const fast = portal(100, 2);
    await drive(gate, fast.request, 200, 8);
    expect(gate.current()).toBe(6);
    let slow = true;
    const timingOut = async () => {
      if (slow) throw new PortalError('timeout', 'no answer in time');
      return fast.request();
    };
    await gate.run(timingOut).catch(() => undefined);
    expect(gate.current()).toBe(4); // 6 × 0.7 = 4.2
    slow = false;
    await drive(gate, fast.request, 100, 8);
    expect(gate.current()).toBe(6);
  });

  it('backs off when latency rises with the load (a portal that queues past 3 at once), without any refusal', async () => {
    let inFlight = 0;
    let most = 0;
    const queueing = async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        await new Promise((r) => setTimeout(r, 20 * Math.max(1, inFlight - 2))); // 20 ms up to 3, then 20 ms more per request
        return 'ok';
      } finally {
        inFlight--;
      }
    };
    const gate = new AdaptiveConcurrency(12);
    await drive(gate, queueing, 300, 13);
    // 5 at once answer in 60 ms, above 2 × 20 + 10: the gate stays at 4 or 5 most of the time, far below its cap of 12.
    expect(gate.stats().median).toBeGreaterThanOrEqual(3);
    expect(gate.stats().median).toBeLessThanOrEqual(5);
    expect(most).toBeLessThan(12);
  });

  it('refuses a cap that is not a positive whole number', () => {
    expect(() => new AdaptiveConcurrency(0)).toThrow(RangeError);
    expect(() => new AdaptiveConcurrency(1.5)).toThrow(RangeError);
  });
});
