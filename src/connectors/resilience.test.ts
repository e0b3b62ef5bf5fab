import { describe, expect, it } from 'vitest';
import { PortalError } from './portal-error.js';
import { createResilience, RetryAfterBackoff } from './resilience.js';

const ctx = (error: unknown, attempt = 1) => ({ attempt, signal: new AbortController().signal, result: { error: error as Error } });

describe('RetryAfterBackoff', () => {
  it("honours a 429's Retry-After, capped by maxDelayMs", () => {
    const throttled = (ms: number) => new PortalError('throttled', 'slow down', { retryAfterMs: ms });
    expect(new RetryAfterBackoff({ baseDelayMs: 100, maxDelayMs: 5_000 }).next(ctx(throttled(1_000))).duration).toBe(1_000);
    expect(new RetryAfterBackoff({ baseDelayMs: 100, maxDelayMs: 300 }).next(ctx(throttled(7_000))).duration).toBe(300);
    expect(new RetryAfterBackoff({ baseDelayMs: 100, maxDelayMs: 5_000 }).next(ctx(throttled(0))).duration).toBe(0);
  });

  it('otherwise backs off exponentially with jitter, within maxDelayMs', () => {
    const err = new PortalError('server_error', 'boom');
    const runs = Array.from({ length: 200 }, () => {
      let b = new RetryAfterBackoff({ baseDelayMs: 100, maxDelayMs: 5_000 }).next(ctx(err));
      const delays = [b.duration];
      for (let i = 2; i <= 8; i++) {
        b = b.next(ctx(err, i));
        delays.push(b.duration);
      }
      return delays;
    });
    for (const delays of runs) for (const d of delays) expect(d >= 0 && d <= 5_000).toBe(true);
    const mean = (i: number) => runs.reduce((s, r) => s + r[i]!, 0) / runs.length;
    expect(mean(0)).toBeLessThan(200); // around the base delay
    expect(mean(4)).toBeGreaterThan(mean(1) * 3); // grows
    expect(new Set(runs.map((r) => r[0])).size).toBeGreaterThan(100); // jittered
    expect(Math.max(...runs.map((r) => r[7]!))).toBe(5_000); // capped
  });
});

describe('createResilience', () => {
  const fast = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 };
  const breaker = { threshold: 100, halfOpenAfterMs: 1_000 };

  it('makes at most maxAttempts attempts on retryable failures', async () => {
    const retries: number[] = [];
    const r = createResilience({ retry: fast, breaker, origin: 'https://portal.example', onRetry: (e) => retries.push(e.attempt) });
    let calls = 0;
    await expect(
      r.execute(async () => {
        calls++;
        throw new PortalError('server_error', 'boom');
      }),
    ).rejects.toMatchObject({ kind: 'server_error' });
    expect(calls).toBe(4);
    expect(retries).toEqual([1, 2, 3]);
  });

  it('does not retry what is not retryable, nor anything that is not a PortalError', async () => {
    const r = createResilience({ retry: fast, breaker, origin: 'https://portal.example' });
    let calls = 0;
    await expect(
      r.execute(async () => {
        calls++;
        throw new PortalError('not_found', 'nope');
      }),
    ).rejects.toMatchObject({ kind: 'not_found' });
    await expect(
      r.execute(async () => {
        calls++;
        throw new TypeError('bug');
      }),
    ).rejects.toBeInstanceOf(TypeError);
    expect(calls).toBe(2);
  });

  it('recovers when a retry succeeds', async () => {
    const r = createResilience({ retry: fast, breaker, origin: 'https://portal.example' });
    let calls = 0;
    expect(
      await r.execute(async () => {
        if (++calls < 3) throw new PortalError('unreachable', 'reset');
        return 'ok';
      }),
    ).toBe('ok');
  });

  it("opens the breaker after `threshold` consecutive failed attempts; then 'circuit_open' without calling", async () => {
    const r = createResilience({
      retry: { ...fast, maxAttempts: 1 },
      breaker: { threshold: 3, halfOpenAfterMs: 60_000 },
      origin: 'https://portal.example',
    });
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new PortalError('timeout', 'slow');
    };
    for (let i = 0; i < 3; i++) await expect(r.execute(failing)).rejects.toMatchObject({ kind: 'timeout' });
    expect(r.state()).toBe('open');
    await expect(r.execute(failing)).rejects.toMatchObject({ kind: 'circuit_open', retryable: false });
    expect(calls).toBe(3);
  });

  it('a success, and only a success, resets the count; non-retryable answers leave it alone', async () => {
    const r = createResilience({
      retry: { ...fast, maxAttempts: 1 },
      breaker: { threshold: 3, halfOpenAfterMs: 60_000 },
      origin: 'https://portal.example',
    });
    const fail = () =>
      r
        .execute(async () => {
          throw new PortalError('server_error', 'boom');
        })
        .catch(() => undefined);
    const notFound = () =>
      r
        .execute(async () => {
          throw new PortalError('not_found', 'nope');
        })
        .catch(() => undefined);
    await fail();
    await fail();
    await r.execute(async () => 1);
    await fail();
    await notFound();
    await fail();
    expect(r.state()).toBe('closed');
    await fail();
    expect(r.state()).toBe('open');
  });
});
