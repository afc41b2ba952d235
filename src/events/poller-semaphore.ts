/**
 * A counting semaphore: at most `permits` holders at once, waiters served first come first
 * served. Bounds how many provider polls run concurrently across every subject (POLL_MAX_CONCURRENCY).
 */
export class Semaphore {
  private available: number;
  private readonly waiters: Array<() => void> = [];

  constructor(readonly permits: number) {
    if (!Number.isInteger(permits) || permits < 1) throw new Error('Semaphore needs at least one permit');
    this.available = permits;
  }

  /** Resolves with the release function once a permit is free. Release is idempotent. */
  async acquire(): Promise<() => void> {
    if (this.available > 0) {
      this.available--;
    } else {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      // Hand the permit straight to the next waiter, so a newcomer cannot overtake the queue.
      if (next) next();
      else this.available++;
    };
  }

  get inUse(): number {
    return this.permits - this.available;
  }

  get waiting(): number {
    return this.waiters.length;
  }
}
