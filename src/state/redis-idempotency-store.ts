import { guardState, sendReplicated, type Redis, type ReplicaAcks } from './redis';
import { hashTag } from './hash-tag';
import type { IdempotencyStore } from '../domain/idempotency/store';
import { deserializeRecord, serializeRecord, type IdempotencyRecord } from '../domain/idempotency/record';

/** Extends the lease only for its owner. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
/** Compare and delete: a lease that ran out and was taken by someone else is left alone. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
/** Writes (ARGV[2] non-empty) or deletes the record, only while ARGV[1] holds the lock. */
const PUT_IF_OWNER = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[2]) else redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3]) end
return 1`;

/**
 * Idempotency records and locks in Redis, shared by every instance:
 * `<prefix>idem:lock:{<scope>}` is a `SET NX PX` lease holding the owner token;
 * `<prefix>idem:rec:{<scope>}` is the JSON record with a 24 h TTL. The scope is the hash tag, so a
 * key's lock and record share a Redis Cluster slot (PUT_IF_OWNER reads one and writes the other)
 * while different keys spread over the cluster. Connection failures become
 * StateUnavailableError, so callers fail closed (no provider call without a record).
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    /** REDIS_WAIT_REPLICAS: the lock and every record write wait for replicas (redis.ts). */
    private readonly replicaAcks?: ReplicaAcks,
  ) {}

  acquire(scopeKey: string, owner: string, leaseMs: number): Promise<boolean> {
    return guardState(async () => (await sendReplicated(this.redis, this.replicaAcks, 'SET', this.lockKey(scopeKey), owner, 'PX', leaseMs, 'NX')) === 'OK');
  }

  renew(scopeKey: string, owner: string, leaseMs: number): Promise<boolean> {
    return guardState(async () => Number(await this.redis.eval(RENEW, 1, this.lockKey(scopeKey), owner, String(leaseMs))) === 1);
  }

  async release(scopeKey: string, owner: string): Promise<void> {
    await guardState(() => this.redis.eval(RELEASE, 1, this.lockKey(scopeKey), owner));
  }

  get(scopeKey: string): Promise<IdempotencyRecord | undefined> {
    return guardState(async () => {
      const json = await this.redis.get(this.recordKey(scopeKey));
      return json === null ? undefined : deserializeRecord(json);
    });
  }

  putIfOwner(scopeKey: string, owner: string, record: IdempotencyRecord | undefined, ttlMs: number): Promise<boolean> {
    const json = record ? serializeRecord(record) : '';
    return guardState(
      async () =>
        Number(await sendReplicated(this.redis, this.replicaAcks, 'EVAL', PUT_IF_OWNER, 2, this.lockKey(scopeKey), this.recordKey(scopeKey), owner, json, String(ttlMs))) === 1,
    );
  }

  private lockKey(scopeKey: string): string {
    return `${this.keyPrefix}idem:lock:${hashTag(scopeKey)}`;
  }

  private recordKey(scopeKey: string): string {
    return `${this.keyPrefix}idem:rec:${hashTag(scopeKey)}`;
  }
}
