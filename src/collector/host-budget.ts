import type { Db } from '../db/database.js';
import { hostBudget, leaseHostSlot, originOf, releaseHostSlots, renewHostSlots } from './host-budget-queries.js';

/** How often a run that wants a slot of a full host asks again. */
const RETRY_MS = 1_000;

/**
 * A run's share of its portal host's concurrency budget (docs/domain.md, Collection): servers whose API URLs share an
 * origin share `budget` slots (the largest `concurrency` among them) across all their runs and worker processes. The
 * run's gate never has more requests in flight than the slots it holds; it asks for one more when it wants to grow,
 * holds them until the run ends, and renews them with the heartbeat (a dead process's lapse within a minute).
 */
export class HostLeases {
  private held = 0;
  private asking = false;
  private wanted = 0;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  private constructor(
    private readonly db: Db,
    readonly origin: string,
    readonly budget: number,
    private readonly runId: string,
    private readonly onLease: () => void,
  ) {}

  static async open(db: Db, url: string, runId: string, onLease: () => void): Promise<HostLeases> {
    const origin = originOf(url);
    return new HostLeases(db, origin, await hostBudget(db, origin), runId, onLease);
  }

  /** Slots held now: the most requests the run may have in flight. */
  count(): number {
    return this.held;
  }

  /** The run would have `n` requests in flight: lease one more slot if it holds fewer (one request at a time). */
  want(n: number): void {
    this.wanted = Math.min(n, this.budget);
    if (this.asking || this.closed || this.held >= this.wanted) return;
    this.asking = true;
    leaseHostSlot(this.db, this.origin, this.budget, this.runId)
      .then((slot) => {
        if (slot !== null && this.closed)
          void releaseHostSlots(this.db, this.runId).catch(() => undefined); // closed meanwhile
        else if (slot !== null) {
          this.held++;
          this.onLease();
        }
        return slot;
      })
      .catch(() => null)
      .then((slot) => {
        this.asking = false;
        if (this.closed || this.held >= this.wanted) return;
        if (slot === null) this.retry = setTimeout(() => this.want(this.wanted), RETRY_MS);
        else this.want(this.wanted);
      });
  }

  renew(): Promise<void> {
    return renewHostSlots(this.db, this.runId);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await releaseHostSlots(this.db, this.runId);
  }
}
