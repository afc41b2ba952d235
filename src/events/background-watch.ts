import { decodeGlobalId } from '../lib/global-id';
import type { ProviderCode } from '../providers';
import type { PollerStopReason, WatchOptions } from './poller';
import type { WatchList } from './watch-list';

/**
 * Starts (or joins) a subject's poller; undefined when nothing here polls such a subject (Services.watchSubject).
 * Called with `{ background: true }`: the poller probes at the quiet interval while no subscriber watches too.
 */
export type StartWatching = (provider: ProviderCode, globalId: string, providerId: string, options: WatchOptions) => (() => void) | undefined;

export interface BackgroundWatchOptions {
  /** The durable list of subjects to watch (state/stores.ts picks Redis or memory). */
  list: WatchList;
  watch: StartWatching;
  /** Where a poller's end is announced (SubjectPollers.addStopListener). */
  onPollerStop(listener: (key: string, reason: PollerStopReason) => void): () => void;
  /** Pause between two readings of the list: how soon a subject another instance listed is watched here. */
  syncIntervalMs: number;
  /** The process clock (sandbox-aware), which deadlines are compared with. */
  now(): number;
  /** Trouble with the list (Redis down): logged; the next reading tries again. */
  onError(error: unknown): void;
}

interface Watching {
  stop: () => void;
  untilMs: number;
}

/**
 * Subjects polled with or without a subscriber (issue 26): a subject whose provider sends no
 * webhook is put on a durable watch list while it is not final, and every instance keeps one
 * permanent background watcher (SubjectPollers.watch, `{ background: true }`: probed at the quiet
 * BACKGROUND_POLL_INTERVAL_MS unless someone subscribes too) for each listed subject. The pollers' leases make that
 * one poller per subject across instances, and another instance takes over when the owner stops
 * or dies; the list makes a restart forget nothing (`start` adopts it). Publishing is the
 * poller's as always (re-read, publish on the bus), so `paymentEvents` and the subject's own
 * `…Updated` subscription both receive each change once. A subject leaves the list when its
 * poller ends at a terminal state, or when its deadline passes.
 */
export class BackgroundWatch {
  private readonly watching = new Map<string, Watching>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly stopListening: () => void;

  constructor(private readonly options: BackgroundWatchOptions) {
    this.stopListening = options.onPollerStop((key, reason) => this.pollerStopped(key, reason));
  }

  /** Adopts the list (subjects left by earlier or other instances), then re-reads it periodically. */
  async start(): Promise<void> {
    await this.sync();
    this.schedule();
  }

  /** Watch `subject` (a global id) until `untilMs`, on every instance; also starts watching it here now. */
  keep(subject: string, untilMs: number): void {
    if (this.closed || untilMs <= this.options.now()) return;
    // Already listed with this deadline: reads of a watched object cost no Redis write.
    if (this.watching.get(subject)?.untilMs === untilMs) return;
    void this.options.list
      .put(subject, untilMs)
      .catch((error: unknown) => this.options.onError(error))
      .finally(() => this.ensureWatching(subject, untilMs));
  }

  /** Subjects this instance keeps a watcher for (tests, metrics). */
  get watchedCount(): number {
    return this.watching.size;
  }

  isWatching(subject: string): boolean {
    return this.watching.has(subject);
  }

  /** Stops every background watcher (their pollers end and release their leases); the list stays for the next start. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.stopListening();
    for (const { stop } of this.watching.values()) stop();
    this.watching.clear();
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.sync().finally(() => this.schedule()), this.options.syncIntervalMs);
    this.timer.unref?.();
  }

  /** One reading of the list: watch what is new, drop what passed its deadline or left the list. */
  private async sync(): Promise<void> {
    let listed: Map<string, number>;
    try {
      listed = await this.options.list.entries();
    } catch (error) {
      this.options.onError(error);
      return;
    }
    if (this.closed) return;
    const now = this.options.now();
    for (const [subject, untilMs] of listed) {
      if (untilMs > now) {
        this.ensureWatching(subject, untilMs);
        continue;
      }
      this.forget(subject);
      await this.options.list.remove(subject).catch((error: unknown) => this.options.onError(error));
    }
    // Gone from the list: final (its owner removed it) or expired on another instance.
    for (const subject of [...this.watching.keys()]) if (!listed.has(subject)) this.forget(subject);
  }

  private ensureWatching(subject: string, untilMs: number): void {
    if (this.closed) return;
    const known = this.watching.get(subject);
    if (known) {
      known.untilMs = untilMs;
      return;
    }
    const id = decodeGlobalId(subject);
    // Not polled here (e.g. its provider is not configured on this instance): left for those that can.
    const stop = id ? this.options.watch(id.provider, subject, id.providerId, { background: true }) : undefined;
    if (stop) this.watching.set(subject, { stop, untilMs });
  }

  private forget(subject: string): void {
    const known = this.watching.get(subject);
    if (!known) return;
    this.watching.delete(subject);
    known.stop();
  }

  /** The poller reached a terminal state (or its own deadline): nothing more to watch. */
  private pollerStopped(subject: string, reason: PollerStopReason): void {
    if ((reason !== 'terminal' && reason !== 'deadline') || !this.watching.has(subject)) return;
    this.watching.delete(subject);
    void this.options.list.remove(subject).catch((error: unknown) => this.options.onError(error));
  }
}
