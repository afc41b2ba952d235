import {
  limitProviderCalls,
  openProviderCallScope,
  outsideProviderCallBudget,
  providerCallLeft,
  providerCallsRemaining,
  refundProviderCall,
  runWithProviderCallBudget,
  spendProviderCall,
} from '../../../../src/datasources/http/provider-call-budget';

/** Spends until refused; returns how many were allowed (bounded so a broken budget cannot loop forever). */
function spendAll(max = 1_000): number {
  let spent = 0;
  while (spent < max && spendProviderCall()) spent++;
  return spent;
}

describe('provider-call budget', () => {
  test('outside any scope nothing is budgeted', () => {
    expect(spendAll(50)).toBe(50);
    expect(providerCallLeft()).toBe(true);
    expect(providerCallsRemaining()).toBe(Infinity);
    expect(limitProviderCalls(3)).toBe(false);
    expect(spendAll(50)).toBe(50);
  });

  test('runWithProviderCallBudget allows exactly its limit, then refuses', () => {
    runWithProviderCallBudget(3, () => {
      expect(providerCallsRemaining()).toBe(3);
      expect(spendAll()).toBe(3);
      expect(providerCallLeft()).toBe(false);
      expect(spendProviderCall()).toBe(false);
      expect(providerCallsRemaining()).toBe(0);
    });
  });

  test('a budget of 0 refuses the first call', () => {
    runWithProviderCallBudget(0, () => expect(spendProviderCall()).toBe(false));
  });

  test('an open scope is unlimited until admission sets the estimate', () => {
    openProviderCallScope(() => {
      expect(spendAll(20)).toBe(20);
      expect(limitProviderCalls(2)).toBe(true);
      expect(spendAll()).toBe(2);
    });
  });

  test('the budget is shared by everything the scope starts, across awaits and timers', async () => {
    await runWithProviderCallBudget(4, async () => {
      const spends = await Promise.all(
        Array.from({ length: 6 }, async (_, i) => {
          await new Promise((resolve) => setTimeout(resolve, i % 2));
          return spendProviderCall();
        }),
      );
      expect(spends.filter(Boolean)).toHaveLength(4);
    });
  });

  test('concurrent operations have separate budgets', async () => {
    const operation = (limit: number) =>
      runWithProviderCallBudget(limit, async () => {
        await Promise.resolve();
        return spendAll();
      });
    await expect(Promise.all([operation(1), operation(5), operation(2)])).resolves.toEqual([1, 5, 2]);
  });

  test('refundProviderCall gives one unit back (the attempt refused with 401)', () => {
    runWithProviderCallBudget(1, () => {
      expect(spendProviderCall()).toBe(true);
      expect(providerCallLeft()).toBe(false);
      refundProviderCall();
      expect(spendProviderCall()).toBe(true);
      expect(spendProviderCall()).toBe(false);
    });
  });

  test('outsideProviderCallBudget escapes the scope, also for what it schedules', async () => {
    await runWithProviderCallBudget(0, async () => {
      const later = outsideProviderCallBudget(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(spendProviderCall()), 1)));
      expect(outsideProviderCallBudget(() => spendProviderCall())).toBe(true);
      await expect(later).resolves.toBe(true);
      expect(spendProviderCall()).toBe(false);
    });
  });
});
