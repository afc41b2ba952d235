import type { IdempotencyStore } from './store';
import { deserializeRecord, serializeRecord, type IdempotencyRecord } from './record';

/** Bounds memory whatever clients send (keys are ≤ 255 characters, see key.ts). */
const MAX_RECORDS = 100_000;

interface Lease {
  owner: string;
  expiresAt: number;
}

interface Entry {
  /** Serialised like the Redis store, so both hand back the same shapes (Dates included). */
  json: string;
  expiresAt: number;
}

/**
 * One process's idempotency records and locks: the Redis store's semantics without Redis (no
 * REDIS_URL). Records go through JSON exactly as in Redis, so a replay is identical in both.
 */
/* eslint-disable @typescript-eslint/require-await -- async without await on purpose: the same contract as the Redis store, a throw (e.g. serializing a record) becomes a rejection, never a synchronous exception */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly leases = new Map<string, Lease>();
  private readonly records = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(scopeKey: string, owner: string, leaseMs: number): Promise<boolean> {
    const lease = this.leases.get(scopeKey);
    if (lease && lease.expiresAt > this.now()) return false;
    this.leases.set(scopeKey, { owner, expiresAt: this.now() + leaseMs });
    return true;
  }

  async renew(scopeKey: string, owner: string, leaseMs: number): Promise<boolean> {
    if (!this.holds(scopeKey, owner)) return false;
    this.leases.set(scopeKey, { owner, expiresAt: this.now() + leaseMs });
    return true;
  }

  async release(scopeKey: string, owner: string): Promise<void> {
    if (this.leases.get(scopeKey)?.owner === owner) this.leases.delete(scopeKey);
  }

  async get(scopeKey: string): Promise<IdempotencyRecord | undefined> {
    const entry = this.records.get(scopeKey);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.records.delete(scopeKey);
      return undefined;
    }
    return deserializeRecord(entry.json);
  }

  async putIfOwner(scopeKey: string, owner: string, record: IdempotencyRecord | undefined, ttlMs: number): Promise<boolean> {
    if (!this.holds(scopeKey, owner)) return false;
    this.records.delete(scopeKey); // re-inserted last: the oldest record is evicted first
    if (record) {
      if (this.records.size >= MAX_RECORDS) this.records.delete(this.records.keys().next().value as string);
      this.records.set(scopeKey, { json: serializeRecord(record), expiresAt: this.now() + ttlMs });
    }
    return true;
  }

  private holds(scopeKey: string, owner: string): boolean {
    const lease = this.leases.get(scopeKey);
    return lease !== undefined && lease.owner === owner && lease.expiresAt > this.now();
  }
}
