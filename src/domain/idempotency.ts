import { createHash } from 'node:crypto';

/**
 * Idempotency for money-moving mutations (DESIGN §3, reliability plan decision 1–3):
 * - the key is scoped to client + mutation, so two clients never collide;
 * - the first *settled* result (success or a deterministic user error) is stored and replayed;
 * - the same key with a different input → conflict;
 * - a concurrent repeat waits for the first execution and replays it (friendlier than a 409);
 * - a failure whose outcome is unknown (provider unavailable) stores nothing, so a retry runs again;
 *   the retry is told when the failed attempt started, so callers that move money can first look
 *   for what that attempt may have done upstream (see refund-pix-charge.ts).
 * The interface is what a Redis implementation will provide for several instances.
 */
export interface IdempotencyStore {
  get(scopeKey: string): Promise<StoredResult | undefined>;
  set(scopeKey: string, result: StoredResult): Promise<void>;
}

export interface StoredResult {
  fingerprint: string;
  value: unknown;
  storedAt: number;
}

export type IdempotentOutcome<T> = { kind: 'fresh' | 'replayed'; value: T } | { kind: 'conflict' };

const TTL_MS = 24 * 3600_000;
const MAX_ENTRIES = 100_000;

export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, StoredResult>();

  async get(scopeKey: string): Promise<StoredResult | undefined> {
    const entry = this.entries.get(scopeKey);
    if (entry && Date.now() - entry.storedAt > TTL_MS) {
      this.entries.delete(scopeKey);
      return undefined;
    }
    return entry;
  }

  async set(scopeKey: string, result: StoredResult): Promise<void> {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(scopeKey, result);
  }
}

export interface AttemptInfo {
  /** When an earlier attempt with this key started and failed without a result (epoch ms). */
  previousAttemptAt?: number;
}

export class IdempotencyGuard {
  private readonly inFlight = new Map<string, Promise<{ fingerprint: string; value: unknown }>>();
  private readonly failedAttempts = new Map<string, number>();

  constructor(private readonly store: IdempotencyStore) {}

  /**
   * Runs `execute` once per (scope, key). `shouldStore` decides whether a result is final enough
   * to replay (successes and deterministic user errors are; unknown outcomes are not).
   */
  async run<T>(
    scope: string,
    key: string,
    input: unknown,
    execute: (attempt: AttemptInfo) => Promise<T>,
    shouldStore: (value: T) => boolean = () => true,
  ): Promise<IdempotentOutcome<T>> {
    const scopeKey = `${scope}:${key}`;
    const fingerprint = fingerprintOf(input);
    const pending = this.inFlight.get(scopeKey);
    if (pending) {
      const first = await pending.catch(() => undefined);
      if (first) return first.fingerprint === fingerprint ? { kind: 'replayed', value: first.value as T } : { kind: 'conflict' };
    }
    const stored = await this.store.get(scopeKey);
    if (stored) return stored.fingerprint === fingerprint ? { kind: 'replayed', value: stored.value as T } : { kind: 'conflict' };

    const startedAt = Date.now();
    const running = execute({ previousAttemptAt: this.failedAttempts.get(scopeKey) }).then((value) => ({ fingerprint, value }));
    this.inFlight.set(scopeKey, running);
    try {
      const { value } = await running;
      this.failedAttempts.delete(scopeKey);
      if (shouldStore(value)) await this.store.set(scopeKey, { fingerprint, value, storedAt: Date.now() });
      return { kind: 'fresh', value };
    } catch (error) {
      if (!this.failedAttempts.has(scopeKey)) {
        if (this.failedAttempts.size >= MAX_ENTRIES) this.failedAttempts.delete(this.failedAttempts.keys().next().value as string);
        this.failedAttempts.set(scopeKey, startedAt);
      }
      throw error;
    } finally {
      this.inFlight.delete(scopeKey);
    }
  }
}

/** Stable hash of an input: key order does not matter, undefined and null are the same. */
export function fingerprintOf(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('base64url');
}

function stableJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined && item !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, item]) => `${JSON.stringify(k)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
