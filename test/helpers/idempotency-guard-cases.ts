import { IdempotencyGuard, fingerprintOf as fingerprint, type AttemptInfo, type IdempotencyStore } from '../../src/domain/idempotency';
import { OutcomePendingError, ProviderAuthError, ProviderUnavailableError } from '../../src/errors/domain-errors';

/**
 * Every transition of docs/idempotency.md, run against a store (memory in unit tests, the real
 * Redis in integration tests): both stores must give the same semantics.
 */
export function guardTransitionCases(makeStore: () => IdempotencyStore) {
  let store: IdempotencyStore;
  let guard: IdempotencyGuard;
  let seq = 0;
  const scope = () => `client:op${++seq}`;
  beforeEach(() => {
    store = makeStore();
    guard = new IdempotencyGuard(store, { leaseMs: 2_000, maxWaitMs: 5_000 });
  });

  test('absent → IN_PROGRESS: the attempt and its marker are recorded before execute runs', async () => {
    const s = scope();
    let seen: unknown;
    const outcome = await guard.run(s, 'k', { a: 1 }, async (attempt) => {
      seen = await store.get(`${s}:k`);
      expect(attempt.previousAttempts).toEqual([]);
      return attempt.attemptId;
    });
    expect(seen).toMatchObject({ state: 'IN_PROGRESS', attempts: [{ id: (outcome as { value: string }).value, startedAt: expect.any(Number) }] });
  });

  test('IN_PROGRESS → COMPLETED: a repeat replays without executing; Dates and nested records survive JSON', async () => {
    const s = scope();
    const payload = { charge: { createdAt: new Date('2025-01-15T11:00:00.000Z'), amount: { amount: 1001, currency: 'BRL' }, paidAt: null }, userErrors: [] };
    let calls = 0;
    const execute = async () => {
      calls++;
      return payload;
    };
    const first = await guard.run(s, 'k', { a: 1 }, execute, { providerIds: () => ['tx1'] });
    const second = await guard.run(s, 'k', { a: 1 }, execute);
    expect(first).toEqual({ kind: 'fresh', value: payload });
    expect(second).toEqual({ kind: 'replayed', value: payload });
    expect((second as { value: typeof payload }).value.charge.createdAt).toBeInstanceOf(Date);
    expect(calls).toBe(1);
    expect(await store.get(`${s}:k`)).toMatchObject({ state: 'COMPLETED', providerIds: ['tx1'] });
  });

  test('the same key with different input is a conflict, completed or running', async () => {
    const s = scope();
    await guard.run(s, 'k', { a: 1 }, async () => 'x');
    expect(await guard.run(s, 'k', { a: 2 }, async () => 'y')).toEqual({ kind: 'conflict' });
    let release!: () => void;
    const running = guard.run(s, 'k2', { a: 1 }, () => new Promise<string>((resolve) => (release = () => resolve('x'))));
    await waitFor(async () => (await store.get(`${s}:k2`))?.state === 'IN_PROGRESS');
    expect(await guard.run(s, 'k2', { a: 2 }, async () => 'y')).toEqual({ kind: 'conflict' });
    release();
    await running;
  });

  test('IN_PROGRESS → OUTCOME_UNKNOWN → the next attempt is told about the earlier one, then COMPLETED', async () => {
    const s = scope();
    const attempts: AttemptInfo[] = [];
    await expect(
      guard.run(s, 'k', {}, async (attempt) => {
        attempts.push(attempt);
        throw new Error('timeout');
      }),
    ).rejects.toThrow('timeout');
    expect(await store.get(`${s}:k`)).toMatchObject({ state: 'OUTCOME_UNKNOWN', attempts: [{ id: attempts[0].attemptId }] });
    const retry = await guard.run(s, 'k', {}, async (attempt) => {
      attempts.push(attempt);
      return 'reconciled';
    });
    expect(retry).toEqual({ kind: 'fresh', value: 'reconciled' });
    expect(attempts[1].previousAttempts.map((a) => a.id)).toEqual([attempts[0].attemptId]);
    expect(attempts[1].attemptId).not.toBe(attempts[0].attemptId);
    expect(await store.get(`${s}:k`)).toMatchObject({ state: 'COMPLETED', attempts: [{ id: attempts[0].attemptId }, { id: attempts[1].attemptId }] });
  });

  test('OUTCOME_UNKNOWN stays so when an attempt only answers about it (isFinal false)', async () => {
    const s = scope();
    await expect(guard.run(s, 'k', {}, async () => Promise.reject(new Error('503')))).rejects.toThrow();
    const answer = await guard.run(s, 'k', {}, async () => 'unknown', { isFinal: () => false });
    expect(answer).toEqual({ kind: 'fresh', value: 'unknown' });
    const record = await store.get(`${s}:k`);
    expect(record).toMatchObject({ state: 'OUTCOME_UNKNOWN' });
    expect(record!.attempts).toHaveLength(1);
  });

  test('IN_PROGRESS → absent when the error proves nothing was executed: a retry starts clean', async () => {
    const s = scope();
    await expect(guard.run(s, 'k', {}, async () => Promise.reject(new Error('refused')), { notExecuted: () => true })).rejects.toThrow();
    expect(await store.get(`${s}:k`)).toBeUndefined();
    let previous: AttemptInfo['previousAttempts'] | undefined;
    await guard.run(s, 'k', {}, async (attempt) => (previous = attempt.previousAttempts));
    expect(previous).toEqual([]);
  });

  test('a holder that died (IN_PROGRESS, lease ran out) is an unknown outcome for the next attempt', async () => {
    const s = scope();
    const dead = { id: 'deadattempt0', startedAt: Date.now() };
    expect(await store.acquire(`${s}:k`, 'dead-owner', 150)).toBe(true);
    await store.putIfOwner(`${s}:k`, 'dead-owner', { state: 'IN_PROGRESS', fingerprint: fingerprint({}), attempts: [dead], updatedAt: Date.now() }, 60_000);
    let info: AttemptInfo | undefined;
    const outcome = await guard.run(s, 'k', {}, async (attempt) => {
      info = attempt;
      return 'after-expiry';
    });
    expect(outcome).toEqual({ kind: 'fresh', value: 'after-expiry' });
    expect(info!.previousAttempts).toEqual([dead]);
  });

  test('20 concurrent repeats: one execution, 19 replays', async () => {
    const s = scope();
    let calls = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        guard.run(s, 'k', { a: 1 }, async () => {
          calls++;
          await new Promise((resolve) => setTimeout(resolve, 50));
          return 'once';
        }),
      ),
    );
    expect(calls).toBe(1);
    expect(results.filter((r) => r.kind === 'fresh')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'replayed')).toHaveLength(19);
  });

  test('20 concurrent repeats whose first attempt fails: exactly one more attempt, the rest replay it', async () => {
    const s = scope();
    const seen: AttemptInfo[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        guard.run(s, 'k', {}, async (attempt) => {
          seen.push(attempt);
          await new Promise((resolve) => setTimeout(resolve, 30));
          if (seen.length === 1) throw new Error('503');
          return 'second';
        }),
      ),
    );
    expect(seen).toHaveLength(2);
    expect(seen[1].previousAttempts.map((a) => a.id)).toEqual([seen[0].attemptId]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'fulfilled' && r.value.kind === 'replayed')).toHaveLength(18);
  });

  test('a repeat waits at most maxWaitMs, then IDEMPOTENCY_IN_PROGRESS (in_progress); the lease is renewed meanwhile', async () => {
    const s = scope();
    const shortGuard = new IdempotencyGuard(store, { leaseMs: 300, maxWaitMs: 800 });
    let release!: () => void;
    const running = shortGuard.run(s, 'k', {}, () => new Promise<string>((resolve) => (release = () => resolve('slow'))));
    await waitFor(async () => (await store.get(`${s}:k`))?.state === 'IN_PROGRESS');
    let executed = false;
    // 800 ms is more than twice the 300 ms lease: without renewal the repeat would take over.
    expect(
      await shortGuard.run(s, 'k', {}, async () => {
        executed = true;
        return 'second';
      }),
    ).toEqual({ kind: 'in_progress' });
    expect(executed).toBe(false);
    release();
    expect(await running).toEqual({ kind: 'fresh', value: 'slow' });
    expect(await shortGuard.run(s, 'k', {}, async () => 'third')).toEqual({ kind: 'replayed', value: 'slow' });
  });

  test('the lock is released after each attempt and only by its owner', async () => {
    const s = scope();
    await guard.run(s, 'k', {}, async () => 'x');
    expect(await store.acquire(`${s}:k`, 'me', 1_000)).toBe(true);
    await store.release(`${s}:k`, 'someone-else');
    expect(await store.acquire(`${s}:k`, 'other', 1_000)).toBe(false);
    expect(await store.renew(`${s}:k`, 'other', 1_000)).toBe(false);
    expect(await store.putIfOwner(`${s}:k`, 'other', undefined, 1_000)).toBe(false);
    await store.release(`${s}:k`, 'me');
    expect(await store.acquire(`${s}:k`, 'other', 1_000)).toBe(true);
  });
}

/**
 * The in-flight window (docs/idempotency.md): after an attempt whose outcome is unknown, a repeat
 * sends nothing until the provider's completion horizon (from the attempt's start) has passed.
 */
export function guardInFlightCases(makeStore: () => IdempotencyStore) {
  const HORIZON_MS = 400;
  let store: IdempotencyStore;
  let guard: IdempotencyGuard;
  let seq = 0;
  const scope = () => `client:inflight${++seq}`;
  const lost = () => Promise.reject(new ProviderUnavailableError('Astra did not answer in time', { provider: 'ASTRA' }));
  beforeEach(() => {
    store = makeStore();
    guard = new IdempotencyGuard(store, { leaseMs: 2_000, maxWaitMs: 5_000, completionHorizonMs: (provider) => (provider === 'ASTRA' ? HORIZON_MS : 0) });
  });

  test('inside the horizon a repeat executes nothing and says when to retry; after it, the next attempt is told about the lost one', async () => {
    const s = scope();
    const started = Date.now();
    await expect(guard.run(s, 'k', {}, lost, { provider: 'ASTRA' })).rejects.toBeInstanceOf(ProviderUnavailableError);
    let executions = 0;
    const count = async (attempt: AttemptInfo) => {
      executions++;
      return attempt.previousAttempts.length;
    };
    const repeat = guard.run(s, 'k', {}, count, { provider: 'ASTRA' });
    await expect(repeat).rejects.toBeInstanceOf(OutcomePendingError);
    const error = (await repeat.catch((e: unknown) => e)) as OutcomePendingError;
    expect(error.details).toMatchObject({ retryable: true, retryAfterSeconds: 1, provider: 'ASTRA' });
    expect(executions).toBe(0);
    expect(await store.get(`${s}:k`)).toMatchObject({ state: 'OUTCOME_UNKNOWN', attempts: [expect.anything()] });
    // The lock was released: the next attempt after the horizon runs at once.
    await new Promise((resolve) => setTimeout(resolve, started + HORIZON_MS - Date.now() + 20));
    expect(await guard.run(s, 'k', {}, count, { provider: 'ASTRA' })).toEqual({ kind: 'fresh', value: 1 });
    expect(executions).toBe(1);
  });

  test('no window without a provider, nor for a provider whose horizon is 0', async () => {
    for (const provider of [undefined, 'PAGSTAR'] as const) {
      const s = scope();
      await expect(guard.run(s, 'k', {}, lost, { provider })).rejects.toBeInstanceOf(ProviderUnavailableError);
      expect(await guard.run(s, 'k', {}, async (attempt) => attempt.previousAttempts.length, { provider })).toEqual({ kind: 'fresh', value: 1 });
    }
  });

  test('errors that prove nothing was sent leave the key usable at once: refused connection, no token, refused credentials', async () => {
    const notSent = [
      new ProviderUnavailableError('Astra could not be reached', { provider: 'ASTRA' }, { requestSent: false }),
      new ProviderAuthError("Astra refused Paygraph's credentials", { provider: 'ASTRA' }),
    ];
    for (const error of notSent) {
      const s = scope();
      await expect(guard.run(s, 'k', {}, () => Promise.reject(error), { provider: 'ASTRA' })).rejects.toBe(error);
      expect(await store.get(`${s}:k`)).toBeUndefined();
      expect(await guard.run(s, 'k', {}, async (attempt) => attempt.previousAttempts.length, { provider: 'ASTRA' })).toEqual({ kind: 'fresh', value: 0 });
    }
  });

  test('declaresWrites: a failure before beforeWrite() (a read) leaves nothing unknown; after it, the outcome is unknown', async () => {
    const s = scope();
    const readFails = () => Promise.reject(new ProviderUnavailableError('Astra did not answer in time', { provider: 'ASTRA' }));
    await expect(guard.run(s, 'k', {}, readFails, { provider: 'ASTRA', declaresWrites: true })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(await store.get(`${s}:k`)).toBeUndefined();
    const writeLost = async (attempt: AttemptInfo) => {
      attempt.beforeWrite?.();
      return lost();
    };
    await expect(guard.run(s, 'k', {}, writeLost, { provider: 'ASTRA', declaresWrites: true })).rejects.toBeInstanceOf(ProviderUnavailableError);
    await expect(guard.run(s, 'k', {}, async () => 'again', { provider: 'ASTRA', declaresWrites: true })).rejects.toBeInstanceOf(OutcomePendingError);
  });

  test('10 concurrent repeats of a lost attempt inside the horizon: none executes', async () => {
    // A horizon the repeats cannot outwait while they queue for the lock.
    guard = new IdempotencyGuard(store, { leaseMs: 2_000, maxWaitMs: 5_000, completionHorizonMs: () => 60_000 });
    const s = scope();
    await expect(guard.run(s, 'k', {}, lost, { provider: 'ASTRA' })).rejects.toBeInstanceOf(ProviderUnavailableError);
    let executions = 0;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        guard.run(
          s,
          'k',
          {},
          async () => {
            executions++;
            return 'x';
          },
          { provider: 'ASTRA' },
        ),
      ),
    );
    expect(results.every((r) => r.status === 'rejected' && r.reason instanceof OutcomePendingError)).toBe(true);
    expect(executions).toBe(0);
  });
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
