import { IdempotencyGuard, MemoryIdempotencyStore, RECORD_TTL_MS, checkIdempotencyKey, type IdempotencyStore } from '../../../src/domain/idempotency';
import { StateUnavailableError } from '../../../src/errors/domain-errors';
import type { UserErrorShape } from '../../../src/domain/user-errors';
import { guardInFlightCases, guardTransitionCases } from '../../helpers/idempotency-guard-cases';

describe('IdempotencyGuard on the memory store', () => {
  guardTransitionCases(() => new MemoryIdempotencyStore());
  describe('the in-flight window', () => {
    guardInFlightCases(() => new MemoryIdempotencyStore());
  });

  test('COMPLETED → absent after the 24 h retention (fake clock): retention − 1 s replays, + 1 s runs again', async () => {
    let now = 1_000_000;
    const store = new MemoryIdempotencyStore(() => now);
    const guard = new IdempotencyGuard(store);
    let calls = 0;
    const execute = async () => ++calls;
    await guard.run('c:op', 'k', {}, execute);
    now += RECORD_TTL_MS - 1_000;
    expect(await guard.run('c:op', 'k', {}, execute)).toEqual({ kind: 'replayed', value: 1 });
    now += 2_000;
    expect(await guard.run('c:op', 'k', {}, execute)).toEqual({ kind: 'fresh', value: 2 });
  });

  test('a store that cannot be reached fails closed: StateUnavailableError, execute never runs', async () => {
    const down = new Proxy({} as IdempotencyStore, {
      get: () => async () => {
        throw new StateUnavailableError();
      },
    });
    let executed = false;
    await expect(
      new IdempotencyGuard(down).run('c:op', 'k', {}, async () => {
        executed = true;
      }),
    ).rejects.toBeInstanceOf(StateUnavailableError);
    expect(executed).toBe(false);
  });
});

describe('idempotency key format', () => {
  const check = (key: string) => {
    const errors: UserErrorShape[] = [];
    checkIdempotencyKey(key, errors);
    return errors.length === 0;
  };
  test.each([
    ['one character', 'a', true],
    ['255 characters', 'x'.repeat(255), true],
    ['printable punctuation and space', 'order-42:retry 1~', true],
    ['empty', '', false],
    ['256 characters', 'x'.repeat(256), false],
    ['non-ASCII', 'chave-ç', false],
    ['a tab', 'tab\there', false],
    ['a newline', 'line\n', false],
  ])('%s → valid %s', (_label, key, valid) => expect(check(key)).toBe(valid));
});
