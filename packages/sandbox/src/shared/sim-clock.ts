/**
 * The simulators' controllable clock: real time plus an offset that tests advance to make
 * charges expire or schedules fall due without waiting. Listeners run after every advance so the
 * simulator can process what became due.
 */
export class SimClock {
  private offsetMs = 0;
  private readonly listeners = new Set<() => void>();

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
    for (const listener of this.listeners) listener();
  }

  set(date: Date): void {
    this.offsetMs = date.getTime() - Date.now();
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * Timers the simulator owns (sandbox delays, webhook retries), all cleared on close so tests and
 * `npm start` shut down without dangling handles.
 */
export class SimScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  /**
   * Runs `task` once at least `ms` have passed on the wall clock. libuv measures a timeout from the
   * loop's cached time, so a timer can fire a millisecond before `Date.now()` says the delay is over;
   * the simulator's timestamps come from `Date.now()`, so an early timer is re-armed for the rest.
   */
  after(ms: number, task: () => void | Promise<void>): void {
    const dueAtMs = Date.now() + ms;
    const arm = (waitMs: number) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        const leftMs = dueAtMs - Date.now();
        if (leftMs > 0) return arm(leftMs);
        void Promise.resolve()
          .then(task)
          .catch(() => undefined);
      }, waitMs);
      timer.unref();
      this.timers.add(timer);
    };
    arm(ms);
  }

  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
