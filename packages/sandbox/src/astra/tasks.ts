import type { SimScheduler } from '../shared/sim-clock';

interface Handle {
  done: boolean;
}

/**
 * Wraps the shared SimScheduler to know whether the simulator is busy (for `waitForIdle`) and to
 * cancel tagged timers (deleting a webhook drops its pending retries, ASM-A17). Busy means: a
 * sandbox transition or webhook retry is scheduled, or a webhook attempt is in flight.
 */
export class TaskTracker {
  private busy = 0;
  private closed = false;
  private waiters: Array<() => void> = [];
  private readonly tagged = new Map<string, Set<Handle>>();

  constructor(private readonly scheduler: SimScheduler) {}

  /** Runs `task` after `ms` (real time); a `tag` lets `cancel(tag)` drop it before it runs. */
  schedule(ms: number, task: () => void | Promise<void>, tag?: string): void {
    if (this.closed) return;
    const handle: Handle = { done: false };
    this.busy++;
    if (tag !== undefined) this.tagSet(tag).add(handle);
    this.scheduler.after(Math.max(0, ms), async () => {
      if (handle.done) return; // cancelled; already released
      handle.done = true;
      if (tag !== undefined) this.tagged.get(tag)?.delete(handle);
      try {
        if (!this.closed) await task();
      } finally {
        this.release();
      }
    });
  }

  /** Counts an in-flight async operation (a webhook HTTP attempt) as busy until it settles. */
  track(work: () => Promise<void>): void {
    if (this.closed) return;
    this.busy++;
    void Promise.resolve()
      .then(work)
      .catch(() => undefined)
      .finally(() => this.release());
  }

  cancel(tag: string): void {
    for (const handle of this.tagged.get(tag) ?? []) {
      if (handle.done) continue;
      handle.done = true;
      this.release();
    }
    this.tagged.delete(tag);
  }

  idle(): Promise<void> {
    if (this.busy === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.scheduler.clear();
    this.tagged.clear();
    this.busy = 0;
    this.flush();
  }

  private tagSet(tag: string): Set<Handle> {
    let set = this.tagged.get(tag);
    if (!set) this.tagged.set(tag, (set = new Set()));
    return set;
  }

  private release(): void {
    if (this.closed) return;
    this.busy--;
    if (this.busy === 0) this.flush();
  }

  private flush(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
