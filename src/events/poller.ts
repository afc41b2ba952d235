import { randomUUID } from 'node:crypto';
import { Semaphore } from './poller-semaphore';
import { PollerLease, type PollerLeases } from './poller-lease';
import { healthyDelay, nextPollDelay } from './poller-delay';

/**
 * How to watch one subject. Provider-agnostic: the provider module supplies a cheap probe and
 * what to do when the probe reports something new (see datasources/pagstar/charge-watch.ts).
 */
export interface PollSpec {
  /** Cheap status probe (e.g. Pagstar's HEAD /check). Returns an opaque state; throws on provider trouble. */
  probe(): Promise<string>;
  /** The state that means "nothing happened yet"; the first probe is compared with it. */
  initialState: string;
  /**
   * The probe reported a state different from the last recorded one: do the full read and
   * publish. 'stop' ends polling (terminal state); 'continue' records the state; 'retry' does not
   * record it, so the next tick looks again (e.g. the full read disagreed with the probe).
   * Throwing counts as a failure (backoff), and the state is not recorded either.
   */
  onChange(state: string): Promise<'stop' | 'continue' | 'retry'>;
  /** Epoch ms after which polling stops; `onDeadline` then runs once (a final full read). */
  deadlineMs?: number;
  onDeadline?(): Promise<void>;
}

/** How a watcher joins a subject's poller (`SubjectPollers.watch`). */
export interface WatchOptions {
  /**
   * A background watcher (events/background-watch.ts): nobody is waiting for this subject live, so
   * while only background watchers watch it the poller probes at the quiet `backgroundIntervalMs`.
   */
  background?: boolean;
}

export interface SubjectPollersOptions {
  /** Pause between probes while all is well and someone watches live (a subscription). */
  intervalMs: number;
  /**
   * Pause between probes while every watcher is a background one (BACKGROUND_POLL_INTERVAL_MS):
   * a subject watched for days with nobody subscribed must not cost a provider read every
   * `intervalMs`. Default: `intervalMs`.
   */
  backgroundIntervalMs?: number;
  /** Upper bound of the failure backoff; default 32 × the current interval, at most 5 minutes. */
  maxBackoffMs?: number;
  /** Polls (probe + full read) running at once across every subject. */
  maxConcurrency: number;
  /** Failures are reported here (logged by the caller); they never stop the poller. */
  onError?: (key: string, error: unknown) => void;
  random?: () => number;
  now?: () => number;
  /**
   * Shared ownership (Redis, poller-lease.ts): each subject is probed by one instance only, and its
   * events reach the others through the shared event bus. Absent: every instance polls what it watches.
   */
  leases?: PollerLeases;
  /** How long a lease outlives the owner's next planned probe (covers one probe and read). Default 15 s. */
  leaseGraceMs?: number;
}

export type PollerStopReason = 'terminal' | 'deadline' | 'unwatched' | 'closed';

/**
 * One poller per subject however many watchers (ref-counted per kind, live or background): `watch`
 * returns the watcher's stop function, and the poller ends when the last watcher leaves, at a
 * terminal state, or at the deadline. It probes every `intervalMs` while a live watcher watches and
 * every `backgroundIntervalMs` while only background watchers do. With `leases`, one poller per
 * subject across instances: a poller without the lease only retries it every (current) interval
 * (no probe), and the owner releases it when it ends. Provider errors back off exponentially with
 * jitter instead of hammering a provider that is already down; a shared semaphore bounds
 * concurrent polls.
 */
export class SubjectPollers {
  private readonly pollers = new Map<string, Poller>();
  private readonly semaphore: Semaphore;
  /** This instance's id in leases. */
  private readonly owner = randomUUID();
  private closed = false;
  /** Called when a poller ends (tests, metrics). */
  onStop?: (key: string, reason: PollerStopReason) => void;
  private readonly stopListeners = new Set<(key: string, reason: PollerStopReason) => void>();

  constructor(private readonly options: SubjectPollersOptions) {
    this.semaphore = new Semaphore(options.maxConcurrency);
  }

  watch(key: string, spec: PollSpec, options: WatchOptions = {}): () => void {
    if (this.closed) return noop;
    let poller = this.pollers.get(key);
    if (!poller) {
      const lease = new PollerLease(key, this.owner, this.options.leases, (error) => this.options.onError?.(key, error));
      poller = new Poller(key, spec, this.options, this.semaphore, lease, (stopped, reason) => {
        if (this.pollers.get(key) === stopped) this.pollers.delete(key);
        this.onStop?.(key, reason);
        for (const listener of this.stopListeners) listener(key, reason);
      });
      this.pollers.set(key, poller);
      poller.start();
    }
    return poller.addWatcher(options.background === true);
  }

  /** Also told when a poller ends (e.g. background-watch.ts forgets a subject at its terminal state); returns the unsubscribe. */
  addStopListener(listener: (key: string, reason: PollerStopReason) => void): () => void {
    this.stopListeners.add(listener);
    return () => this.stopListeners.delete(listener);
  }

  isPolling(key: string): boolean {
    return this.pollers.has(key);
  }

  get activeCount(): number {
    return this.pollers.size;
  }

  watchers(key: string): number {
    return this.pollers.get(key)?.watcherCount ?? 0;
  }

  /** Whether `key`'s poller probes at the quiet background interval (only background watchers). */
  isQuiet(key: string): boolean {
    return this.pollers.get(key)?.quiet ?? false;
  }

  /** Whether this instance probes `key` itself (with leases: holds its lease). */
  isOwner(key: string): boolean {
    return this.pollers.get(key)?.owning ?? false;
  }

  close(): void {
    this.closed = true;
    for (const poller of [...this.pollers.values()]) poller.stop('closed');
    this.pollers.clear();
  }
}

class Poller {
  private liveWatchers = 0;
  private backgroundWatchers = 0;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  /** When the pending timer fires (Date.now() scale): a live watcher joining may bring it forward. */
  private timerDueAt = 0;
  private lastState: string;
  private failures = 0;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(
    private readonly key: string,
    private readonly spec: PollSpec,
    private readonly options: SubjectPollersOptions,
    private readonly semaphore: Semaphore,
    private readonly lease: PollerLease,
    private readonly onStopped: (poller: Poller, reason: PollerStopReason) => void,
  ) {
    this.lastState = spec.initialState;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  get watcherCount(): number {
    return this.liveWatchers + this.backgroundWatchers;
  }

  get quiet(): boolean {
    return this.liveWatchers === 0 && this.options.backgroundIntervalMs !== undefined;
  }

  get owning(): boolean {
    return !this.stopped && this.lease.owning;
  }

  start(): void {
    // First probe at once: a subject that changed before anybody watched is reported promptly.
    this.schedule(0);
  }

  addWatcher(background: boolean): () => void {
    if (background) this.backgroundWatchers++;
    else if (++this.liveWatchers === 1) this.hurry();
    let left = false;
    return () => {
      if (left) return;
      left = true;
      // The last live watcher leaving needs nothing more: the next delay planned is the quiet one.
      if (background) this.backgroundWatchers--;
      else this.liveWatchers--;
      if (this.watcherCount <= 0) this.stop('unwatched');
    };
  }

  stop(reason: PollerStopReason): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.lease.release();
    this.onStopped(this, reason);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timerDueAt = Date.now() + delayMs;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref?.();
  }

  /** The pause between probes now: the normal interval while someone watches live, else the quiet one. */
  private get intervalMs(): number {
    return this.quiet ? this.options.backgroundIntervalMs! : this.options.intervalMs;
  }

  private nextDelay(): number {
    return nextPollDelay(this.intervalMs, this.failures, this.random, this.options.maxBackoffMs);
  }

  /**
   * A live watcher joined a quiet poller: a subscriber should not wait out the quiet pause, so a
   * pending timer due later than the normal delay is brought forward (a tick in progress plans
   * the normal delay by itself). The lease held for the longer delay covers the shorter one.
   */
  private hurry(): void {
    if (!this.timer) return;
    const delay = this.nextDelay();
    if (this.timerDueAt - Date.now() <= delay) return;
    clearTimeout(this.timer);
    this.schedule(delay);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    // Another instance owns the subject: its events arrive through the shared bus; look again later.
    if (!(await this.lease.hold(this.leaseGraceMs, this.quiet))) return this.schedule(healthyDelay(this.intervalMs, this.random));
    if (this.stopped) return this.lease.release();
    const release = await this.semaphore.acquire();
    try {
      if (this.stopped) return;
      if (this.spec.deadlineMs !== undefined && this.now() >= this.spec.deadlineMs) {
        this.stop('deadline');
        await this.spec.onDeadline?.().catch((error: unknown) => this.options.onError?.(this.key, error));
        return;
      }
      const state = await this.spec.probe();
      if (!this.stopped && state !== this.lastState) {
        const decision = await this.spec.onChange(state);
        if (decision === 'stop') return this.stop('terminal');
        if (decision === 'continue') this.lastState = state;
      }
      this.failures = 0;
    } catch (error) {
      this.failures++;
      this.options.onError?.(this.key, error);
    } finally {
      release();
    }
    const plannedQuiet = this.quiet;
    const delay = this.nextDelay();
    // Keep the lease until just after the next planned probe (quiet or not); a dead owner's lease lapses by then.
    if (!this.stopped) await this.lease.hold(delay + this.leaseGraceMs, plannedQuiet);
    // stop() may have released while the renewal was in flight: release again, after it.
    if (this.stopped) return this.lease.release();
    // A live watcher joined during the renewal (no timer to bring forward yet): the normal delay.
    this.schedule(plannedQuiet && !this.quiet ? this.nextDelay() : delay);
  }

  private get leaseGraceMs(): number {
    return this.options.leaseGraceMs ?? 15_000;
  }
}

function noop(): void {}
