import { IdempotencyGuard, MemoryIdempotencyStore, RECORD_TTL_MS, type IdempotencyRecord, type IdempotencyStore } from '../../../src/domain/idempotency';
import type { Logger } from '../../../src/logger';

/**
 * The guard when its store misbehaves mid-attempt (a write or release fails, the lease is lost) and
 * the options it hands the store. The store is the memory store behind a thin wrapper that records
 * calls and fails the calls a test asks it to.
 */
type Call = { method: string; args: unknown[] };

class ScriptedStore implements IdempotencyStore {
  readonly calls: Call[] = [];
  /** Outcome overrides for the n-th call (1-based) of a method: an Error to reject with, or a value. */
  readonly script = new Map<string, unknown>();
  private readonly counts = new Map<string, number>();
  private readonly inner = new MemoryIdempotencyStore();

  private async call<T>(method: string, args: unknown[], real: () => Promise<T>): Promise<T> {
    this.calls.push({ method, args });
    const n = (this.counts.get(method) ?? 0) + 1;
    this.counts.set(method, n);
    const key = `${method}#${n}`;
    if (!this.script.has(key)) return real();
    const override = this.script.get(key);
    if (override instanceof Error) throw override;
    return override as T;
  }
  acquire(k: string, o: string, ms: number) {
    return this.call('acquire', [k, o, ms], () => this.inner.acquire(k, o, ms));
  }
  renew(k: string, o: string, ms: number) {
    return this.call('renew', [k, o, ms], () => this.inner.renew(k, o, ms));
  }
  release(k: string, o: string) {
    return this.call('release', [k, o], () => this.inner.release(k, o));
  }
  get(k: string) {
    return this.call('get', [k], () => this.inner.get(k));
  }
  putIfOwner(k: string, o: string, r: IdempotencyRecord | undefined, ttl: number) {
    return this.call('putIfOwner', [k, o, r, ttl], () => this.inner.putIfOwner(k, o, r, ttl));
  }
  argsOf(method: string) {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }
}

function recordingLogger() {
  const entries: { level: string; event: unknown }[] = [];
  const log = (level: string) => (fields: { event?: unknown }) => void entries.push({ level, event: fields.event });
  return { entries, logger: { warn: log('warn'), error: log('error') } as unknown as Logger };
}

describe('IdempotencyGuard when the store misbehaves', () => {
  it('passes the defaults to the store: a 15 s lease, the 24 h record TTL', async () => {
    const store = new ScriptedStore();
    await new IdempotencyGuard(store).run('c:op', 'k', {}, async () => 'v');
    expect(store.argsOf('acquire')).toEqual([['c:op:k', expect.any(String), 15_000]]);
    expect(store.argsOf('putIfOwner').map((args) => args[3])).toEqual([RECORD_TTL_MS, RECORD_TTL_MS]);
  });

  it('passes custom lease and TTL, and renews the lease with the same length while execute runs', async () => {
    const store = new ScriptedStore();
    let resolveRun!: () => void;
    const running = new IdempotencyGuard(store, { leaseMs: 30, ttlMs: 5_000 }).run('c:op', 'k', {}, () => new Promise<string>((resolve) => (resolveRun = () => resolve('v'))));
    await waitUntil(() => store.argsOf('renew').length >= 2);
    resolveRun();
    await running;
    expect(store.argsOf('renew')[0]).toEqual(['c:op:k', store.argsOf('acquire')[0][1], 30]);
    expect(store.argsOf('putIfOwner').map((args) => args[3])).toEqual([5_000, 5_000]);
  });

  it('a failed release is logged as a warning; the caller still gets its result', async () => {
    const store = new ScriptedStore();
    store.script.set('release#1', new Error('redis down'));
    const { entries, logger } = recordingLogger();
    expect(await new IdempotencyGuard(store, { logger }).run('c:op', 'k', {}, async () => 'v')).toEqual({ kind: 'fresh', value: 'v' });
    expect(entries).toEqual([{ level: 'warn', event: 'idempotency_release_failed' }]);
  });

  it('an outcome that cannot be written is logged once; the caller still gets its result', async () => {
    const store = new ScriptedStore();
    store.script.set('putIfOwner#2', new Error('redis down'));
    const { entries, logger } = recordingLogger();
    expect(await new IdempotencyGuard(store, { logger }).run('c:op', 'k', {}, async () => 'v')).toEqual({ kind: 'fresh', value: 'v' });
    expect(entries).toEqual([{ level: 'error', event: 'idempotency_record_failed' }]);
  });

  it('a lease lost before the outcome is written is logged; the record keeps the attempt IN_PROGRESS', async () => {
    const store = new ScriptedStore();
    store.script.set('putIfOwner#2', false);
    const { entries, logger } = recordingLogger();
    expect(await new IdempotencyGuard(store, { logger }).run('c:op', 'k', {}, async () => 'v')).toEqual({ kind: 'fresh', value: 'v' });
    expect(entries).toEqual([{ level: 'error', event: 'idempotency_lease_lost' }]);
    expect(await store.get('c:op:k')).toMatchObject({ state: 'IN_PROGRESS' });
  });

  it('an attempt whose IN_PROGRESS write is refused does not execute; it waits and takes the lock again', async () => {
    const store = new ScriptedStore();
    store.script.set('putIfOwner#1', false);
    let calls = 0;
    const outcome = await new IdempotencyGuard(store).run('c:op', 'k', {}, async () => ++calls);
    expect(outcome).toEqual({ kind: 'fresh', value: 1 });
    expect(store.argsOf('acquire')).toHaveLength(2);
    expect(store.argsOf('release')).toHaveLength(2); // the first lock was released too
  });

  it('a final result with provider ids is COMPLETED with them; without providerIds, an empty list', async () => {
    const store = new ScriptedStore();
    const guard = new IdempotencyGuard(store);
    await guard.run('c:op', 'a', {}, async () => 'v');
    expect(await store.get('c:op:a')).toMatchObject({ state: 'COMPLETED', providerIds: [], value: 'v' });
    await guard.run('c:op', 'b', {}, async () => 'v', { isFinal: () => true, providerIds: (value) => [`id-${value}`] });
    expect(await store.get('c:op:b')).toMatchObject({ state: 'COMPLETED', providerIds: ['id-v'] });
  });

  it('a first attempt that did nothing upstream (isFinal false) leaves no record behind', async () => {
    const store = new ScriptedStore();
    await new IdempotencyGuard(store).run('c:op', 'k', {}, async () => 'v', { isFinal: () => false });
    expect(await store.get('c:op:k')).toBeUndefined();
    expect(store.argsOf('putIfOwner')[1][2]).toBeUndefined();
  });

  it('an error that does not prove non-execution (notExecuted false) leaves the attempt OUTCOME_UNKNOWN', async () => {
    const store = new ScriptedStore();
    await expect(new IdempotencyGuard(store).run('c:op', 'k', {}, async () => Promise.reject(new Error('x')), { notExecuted: () => false })).rejects.toThrow('x');
    expect(await store.get('c:op:k')).toMatchObject({ state: 'OUTCOME_UNKNOWN', attempts: [expect.any(Object)] });
  });
});

async function waitUntil(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}
