import {
  MemoryIdempotencyStore,
  checkIdempotencyKey,
  deserializeRecord,
  fingerprintOf,
  newAttemptId,
  serializeRecord,
  ATTEMPT_ID_PATTERN,
  type IdempotencyRecord,
} from '../../../src/domain/idempotency';
import { RedisIdempotencyStore } from '../../../src/state/redis-idempotency-store';
import { idempotencyStoreFor } from '../../../src/state/stores';
import { UserErrorCode, type UserErrorShape } from '../../../src/domain/user-errors';
import type { SharedState } from '../../../src/state/shared-state';

const record = (value?: unknown): IdempotencyRecord => ({ state: 'COMPLETED', fingerprint: 'f', attempts: [{ id: 'a', startedAt: 1 }], value, updatedAt: 2 });

describe('idempotency record JSON', () => {
  it('keeps Dates (valid and invalid) as Dates, and leaves look-alike objects alone', () => {
    const value = { at: new Date('2025-01-15T11:00:00.000Z'), bad: new Date(Number.NaN), list: [new Date(0)], tagged: { $date: 'x', other: 1 }, arr: ['$date'] };
    const json = serializeRecord(record(value));
    expect(JSON.parse(json).value.bad).toEqual({ $date: null });
    const back = deserializeRecord(json).value as typeof value;
    expect(back.at).toEqual(new Date('2025-01-15T11:00:00.000Z'));
    expect(back.bad).toBeInstanceOf(Date);
    expect(Number.isNaN(back.bad.getTime())).toBe(true);
    expect(back.list[0]).toEqual(new Date(0));
    expect(back.tagged).toEqual({ $date: 'x', other: 1 });
    expect(back.arr).toEqual(['$date']);
    expect(deserializeRecord(serializeRecord(record({ other: 'y' }))).value).toEqual({ other: 'y' });
  });
});

describe('fingerprintOf', () => {
  it('ignores key order and undefined/null fields, and nothing else', () => {
    expect(fingerprintOf({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprintOf({ b: { d: 3, c: 2 }, a: 1 }));
    expect(fingerprintOf({ a: 1, b: undefined, c: null })).toBe(fingerprintOf({ a: 1 }));
    expect(fingerprintOf(undefined)).toBe(fingerprintOf(null));
    expect(fingerprintOf([1, 2])).not.toBe(fingerprintOf([2, 1]));
    expect(fingerprintOf({ a: 1 })).not.toBe(fingerprintOf({ a: 2 }));
    expect(fingerprintOf({ a: 1 })).not.toBe(fingerprintOf({ b: 1 }));
    expect(fingerprintOf({ a: '1' })).not.toBe(fingerprintOf({ a: 1 }));
    expect(fingerprintOf(new Date(0))).not.toBe(fingerprintOf(new Date(1)));
    expect(fingerprintOf([{ a: 1 }])).not.toBe(fingerprintOf([{ a: 2 }]));
  });

  it('is the sha-256 of a canonical JSON (sorted keys, no spaces)', () => {
    const { createHash } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
    expect(fingerprintOf({ b: [1, { d: null, c: 'x' }], a: new Date(0) })).toBe(hash('{"a":"1970-01-01T00:00:00.000Z","b":[1,{"c":"x"}]}'));
    expect(fingerprintOf(null)).toBe(hash('null'));
  });
});

describe('attempt ids and idempotency keys', () => {
  it('attempt ids are 12 base64url characters and differ', () => {
    const ids = new Set(Array.from({ length: 50 }, newAttemptId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(ATTEMPT_ID_PATTERN);
  });

  it('a missing key is fine; a bad one is one INVALID error on input.idempotencyKey', () => {
    const errors: UserErrorShape[] = [];
    checkIdempotencyKey(undefined, errors);
    checkIdempotencyKey(null, errors);
    expect(errors).toEqual([]);
    checkIdempotencyKey('', errors);
    expect(errors).toEqual([{ field: ['input', 'idempotencyKey'], code: UserErrorCode.INVALID, message: 'idempotencyKey must be 1–255 printable ASCII characters.' }]);
  });
});

describe('MemoryIdempotencyStore (fake clock)', () => {
  let now = 1_000;
  const store = new MemoryIdempotencyStore(() => now);

  it('a lease ends exactly at acquire + leaseMs; renew extends it only for its owner', async () => {
    expect(await store.acquire('k', 'a', 100)).toBe(true);
    now += 99;
    expect(await store.acquire('k', 'b', 100)).toBe(false);
    expect(await store.renew('k', 'a', 100)).toBe(true);
    now += 99;
    expect(await store.acquire('k', 'b', 100)).toBe(false);
    now += 1;
    expect(await store.renew('k', 'a', 100)).toBe(false);
    expect(await store.putIfOwner('k', 'a', record(), 1_000)).toBe(false);
    expect(await store.acquire('k', 'b', 100)).toBe(true);
    expect(await store.renew('k', 'b', 50)).toBe(true);
    now += 50;
    expect(await store.acquire('k', 'c', 100)).toBe(true);
  });

  it('a record expires exactly at write + ttlMs; undefined deletes it', async () => {
    expect(await store.acquire('r', 'o', 10_000)).toBe(true);
    expect(await store.putIfOwner('r', 'o', record('v'), 500)).toBe(true);
    now += 499;
    expect((await store.get('r'))?.value).toBe('v');
    now += 1;
    expect(await store.get('r')).toBeUndefined();
    expect(await store.putIfOwner('r', 'o', record('w'), 500)).toBe(true);
    expect(await store.putIfOwner('r', 'o', undefined, 500)).toBe(true);
    expect(await store.get('r')).toBeUndefined();
  });

  it('keeps at most 100 000 records, evicting the least recently written', async () => {
    const big = new MemoryIdempotencyStore(() => now);
    const put = async (key: string) => {
      await big.acquire(key, 'o', 60_000);
      await big.putIfOwner(key, 'o', record(key), 60_000);
    };
    for (let i = 0; i < 100_000; i++) await put(`k${i}`);
    await put('k0'); // rewritten: now the newest
    await put('extra');
    expect((await big.get('k0'))?.value).toBe('k0');
    expect(await big.get('k1')).toBeUndefined();
    expect((await big.get('k2'))?.value).toBe('k2');
    expect((await big.get('extra'))?.value).toBe('extra');
  });
});

describe('idempotencyStoreFor', () => {
  const state = (kind: SharedState['kind'], redis?: unknown) => ({ kind, redis, keyPrefix: 'p:' }) as SharedState;
  it('Redis when the shared state is Redis with a connection, memory otherwise', () => {
    expect(idempotencyStoreFor(state('redis', {}))).toBeInstanceOf(RedisIdempotencyStore);
    expect(idempotencyStoreFor(state('redis'))).toBeInstanceOf(MemoryIdempotencyStore);
    expect(idempotencyStoreFor(state('memory', {}))).toBeInstanceOf(MemoryIdempotencyStore);
  });
});
