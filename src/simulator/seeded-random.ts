/**
 * Deterministic randomness for the fleet model. Two kinds:
 * - stateless hashes of integers (seed, customer, day, stream) → uniform numbers, so any day of any customer can be
 *   computed on its own, in any order, and always gives the same value;
 * - a small sequential generator (mulberry32) for one-off choices such as a customer's name and parameters.
 * Only 32-bit integer operations (Math.imul, shifts), so results do not depend on the platform.
 */

const TWO_32 = 4_294_967_296;

/** murmur3's 32-bit finaliser: a good avalanche for sequential inputs. */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of up to three 32-bit integers. */
export function hash3(a: number, b: number, c: number): number {
  let h = mix32(a ^ 0x9e3779b9);
  h = mix32((h + Math.imul(b | 0, 0x27d4eb2d)) | 0);
  return mix32((h + Math.imul(c | 0, 0x165667b1)) | 0);
}

/** A uniform number in [0, 1) from a 32-bit hash. */
export function unit(h: number): number {
  return h / TWO_32;
}

/** A standard normal deviate from two 32-bit hashes (Box–Muller). */
export function normalFrom(h1: number, h2: number): number {
  const u1 = (h1 + 1) / (TWO_32 + 1); // (0, 1): log(0) never happens
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * unit(h2));
}

/** Folds any safe integer seed (negative or above 2^32 included) into 32 bits. */
export function seedKey(seed: number): number {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / TWO_32) >>> 0;
  return mix32(lo ^ mix32(hi + 0x632be5ab));
}

/** mulberry32: a fast sequential generator with a 32-bit state. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_32;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  normal(): number {
    const u1 = 1 - this.next(); // (0, 1]
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * this.next());
  }

  /** An exponentially distributed number with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
}
