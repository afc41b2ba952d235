import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logger';
import type { ProviderCode } from '../../providers';
import type { IdempotencyStore } from './store';
import { inFlightAttempt, outcomePending, provedNotExecuted } from './in-flight';
import { fingerprintOf, newAttemptId, RECORD_TTL_MS, type AttemptMarker, type IdempotencyRecord } from './record';

/** What `execute` is told about this attempt and the earlier ones whose outcome is unknown. */
export interface AttemptInfo {
  /** This attempt's marker id: pass it to the provider where it echoes it back (refunds, ASM-A52). */
  attemptId: string;
  /** Earlier attempts with this key that ended without a known outcome (oldest first). */
  previousAttempts: AttemptMarker[];
  /**
   * With `RunOptions.declaresWrites`: call right before the request that makes the provider act.
   * An attempt that fails before it (a read, a rule) did nothing and leaves the key as it was.
   */
  beforeWrite?: () => void;
}

export type IdempotentOutcome<T> = { kind: 'fresh' | 'replayed'; value: T } | { kind: 'conflict' } | { kind: 'in_progress' };

export interface RunOptions<T> {
  /** Whether a result is final (replayed to repeats). False: this attempt did nothing upstream. */
  isFinal?: (value: T) => boolean;
  /** Provider ids of a final result, kept in the record. */
  providerIds?: (value: T) => string[];
  /**
   * Errors that prove the provider was not asked to act (the attempt leaves no unknown outcome),
   * besides the ones every call has (provedNotExecuted: refused credentials, nothing sent).
   */
  notExecuted?: (error: unknown) => boolean;
  /**
   * The provider that acts: while an earlier attempt of the key may still complete there (its
   * completion horizon), a repeat is refused with OutcomePendingError and sends nothing. Every
   * money-moving mutation names it (docs/idempotency.md, "The in-flight window").
   */
  provider?: ProviderCode;
  /** `execute` calls `attempt.beforeWrite()` before its provider write (see AttemptInfo). */
  declaresWrites?: boolean;
}

export interface GuardOptions {
  logger?: Logger;
  /** Lock lease; renewed every third of it while the attempt runs. Default 15 s. */
  leaseMs?: number;
  /** How long a repeat waits for the running attempt before IDEMPOTENCY_IN_PROGRESS. Default 30 s. */
  maxWaitMs?: number;
  ttlMs?: number;
  /**
   * How long after an attempt starts the provider may still complete it although Paygraph stopped
   * waiting (each provider's assumption, ASTRA_COMPLETION_HORIZON_MS / PAGSTAR_…). Default 0: no window.
   */
  completionHorizonMs?: (provider: ProviderCode) => number;
}

const FIRST_POLL_MS = 10;
const MAX_POLL_MS = 200;

/**
 * One execution per (scope, key) at a time, on every instance sharing the store (docs/idempotency.md):
 * the attempt holding the lock writes IN_PROGRESS with its marker before acting, then COMPLETED
 * (replayed to every repeat) or OUTCOME_UNKNOWN (the next attempt is told, and reconciles first).
 * Repeats wait, polling with backoff, and replay; past `maxWaitMs` they get `in_progress`.
 * A store that cannot be reached rejects with StateUnavailableError before anything is executed.
 */
export class IdempotencyGuard {
  private readonly leaseMs: number;
  private readonly maxWaitMs: number;
  private readonly ttlMs: number;

  constructor(
    private readonly store: IdempotencyStore,
    private readonly options: GuardOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 15_000;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.ttlMs = options.ttlMs ?? RECORD_TTL_MS;
  }

  async run<T>(scope: string, key: string, input: unknown, execute: (attempt: AttemptInfo) => Promise<T>, options: RunOptions<T> = {}): Promise<IdempotentOutcome<T>> {
    const scopeKey = `${scope}:${key}`;
    const fingerprint = fingerprintOf(input);
    const deadline = Date.now() + this.maxWaitMs;
    for (let pollMs = FIRST_POLL_MS; ; pollMs = Math.min(pollMs * 2, MAX_POLL_MS)) {
      const owner = randomUUID();
      if (await this.store.acquire(scopeKey, owner, this.leaseMs)) {
        const outcome = await this.runLocked(scopeKey, owner, fingerprint, execute, options);
        if (outcome) return outcome;
      } else {
        const record = await this.store.get(scopeKey);
        if (record && record.fingerprint !== fingerprint) return { kind: 'conflict' };
        if (record?.state === 'COMPLETED') return { kind: 'replayed', value: record.value as T };
      }
      if (Date.now() >= deadline) return { kind: 'in_progress' };
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** Holding the lock: replay, or record the attempt, execute and record its outcome. Undefined: lock lost, wait again. */
  private async runLocked<T>(
    scopeKey: string,
    owner: string,
    fingerprint: string,
    execute: (attempt: AttemptInfo) => Promise<T>,
    options: RunOptions<T>,
  ): Promise<IdempotentOutcome<T> | undefined> {
    const stopRenewing = this.keepLease(scopeKey, owner);
    try {
      const record = await this.store.get(scopeKey);
      if (record && record.fingerprint !== fingerprint) return { kind: 'conflict' };
      if (record?.state === 'COMPLETED') return { kind: 'replayed', value: record.value as T };
      // IN_PROGRESS without a lock: its holder died. Either way its outcome is unknown.
      const previousAttempts = record?.attempts ?? [];
      const horizonMs = options.provider ? (this.options.completionHorizonMs?.(options.provider) ?? 0) : 0;
      const inFlight = inFlightAttempt(previousAttempts, horizonMs, Date.now());
      // Still inside the window: the provider may yet complete it, so act on nothing (the lock is released below).
      if (inFlight) throw outcomePending(inFlight, options.provider!);
      const attempt: AttemptMarker = { id: newAttemptId(), startedAt: Date.now() };
      const started: IdempotencyRecord = { state: 'IN_PROGRESS', fingerprint, attempts: [...previousAttempts, attempt], updatedAt: Date.now() };
      // Fail closed: without this record written, nothing runs.
      if (!(await this.store.putIfOwner(scopeKey, owner, started, this.ttlMs))) return undefined;
      const unknown = (attempts: AttemptMarker[]): IdempotencyRecord | undefined =>
        attempts.length === 0 ? undefined : { state: 'OUTCOME_UNKNOWN', fingerprint, attempts, updatedAt: Date.now() };
      let value: T;
      let writeStarted = !options.declaresWrites;
      try {
        value = await execute({ attemptId: attempt.id, previousAttempts, beforeWrite: () => (writeStarted = true) });
      } catch (error) {
        const executed = writeStarted && !provedNotExecuted(error) && !(options.notExecuted?.(error) ?? false);
        await this.record(scopeKey, owner, unknown(executed ? started.attempts : previousAttempts));
        throw error;
      }
      if (options.isFinal?.(value) ?? true) {
        const providerIds = options.providerIds?.(value) ?? [];
        await this.record(scopeKey, owner, { state: 'COMPLETED', fingerprint, attempts: started.attempts, value, providerIds, updatedAt: Date.now() });
      } else {
        await this.record(scopeKey, owner, unknown(previousAttempts));
      }
      return { kind: 'fresh', value };
    } finally {
      stopRenewing();
      await this.store
        .release(scopeKey, owner)
        .catch((error: unknown) => this.options.logger?.warn({ event: 'idempotency_release_failed', err: error }, 'Could not release an idempotency lock; its lease will expire'));
    }
  }

  /**
   * Writes an attempt's outcome. If that fails (Redis went away mid-attempt), the record stays
   * IN_PROGRESS with this attempt's marker: once the lease ends the next attempt reconciles it,
   * so the caller still gets the result it already caused instead of an error.
   */
  private async record(scopeKey: string, owner: string, record: IdempotencyRecord | undefined): Promise<void> {
    const written = await this.store.putIfOwner(scopeKey, owner, record, this.ttlMs).catch((error: unknown) => {
      this.options.logger?.error({ event: 'idempotency_record_failed', err: error }, 'Could not store an idempotency outcome; the next attempt will reconcile');
      return true;
    });
    if (!written) this.options.logger?.error({ event: 'idempotency_lease_lost' }, 'An idempotency lease ran out before the attempt finished; the next attempt will reconcile');
  }

  private keepLease(scopeKey: string, owner: string): () => void {
    const timer = setInterval(
      () => {
        this.store.renew(scopeKey, owner, this.leaseMs).catch(() => false);
      },
      Math.max(10, Math.floor(this.leaseMs / 3)),
    );
    timer.unref();
    return () => clearInterval(timer);
  }
}
