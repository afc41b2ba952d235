import type { IdempotencyRecord } from './record';

/**
 * Where idempotency records and their locks live: memory (one process) or Redis (every
 * instance). Both give the same semantics, tested by the same cases:
 * - the lock is a lease with an owner token: only the owner renews, writes or releases it, and it
 *   frees itself when the owner dies (the lease runs out);
 * - records are written only by the lock owner (`putIfOwner`), so an attempt whose lease ran out
 *   cannot overwrite what the next owner decided.
 * Every method rejects with StateUnavailableError when the store cannot be reached.
 */
export interface IdempotencyStore {
  /** Takes the lock if nobody holds it; true when `owner` now holds it for `leaseMs`. */
  acquire(scopeKey: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Extends the lease; false when `owner` no longer holds the lock. */
  renew(scopeKey: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Releases the lock if `owner` holds it (compare and delete). */
  release(scopeKey: string, owner: string): Promise<void>;
  get(scopeKey: string): Promise<IdempotencyRecord | undefined>;
  /** Writes (or, with `undefined`, deletes) the record while `owner` holds the lock; false otherwise. */
  putIfOwner(scopeKey: string, owner: string, record: IdempotencyRecord | undefined, ttlMs: number): Promise<boolean>;
}
