import { attemptsOf, latestAttempt, recentSchedules, CardRecurrenceAttemptOutcome, type CardRecurrenceAttemptValue } from '../../../../src/domain/card-recurrences/attempts';
import { cardRecurrenceMovedOn } from '../../../../src/domain/card-recurrences/progress';
import { CardRecurrenceScheduleStatus, CardRecurrenceStatus, type CardRecurrenceRecord, type CardRecurrenceScheduleRecord } from '../../../../src/domain/card-recurrences/model';
import type { CardRecurrencePort } from '../../../../src/domain/card-recurrences/port';

const { PAID, DECLINED } = CardRecurrenceAttemptOutcome;
const schedule = (installmentNumber: number, status: CardRecurrenceScheduleStatus, attempts: number): CardRecurrenceScheduleRecord =>
  ({
    scheduleId: `s${installmentNumber}`,
    installmentNumber,
    status,
    attempts,
    transactionId: attempts ? `t${installmentNumber}` : null,
    paidAt: null,
    updatedAt: new Date(0),
  }) as CardRecurrenceScheduleRecord;
const summary = (a: CardRecurrenceAttemptValue) => [a.attemptNumber, a.outcome, a.final, a.transactionId];

describe('attemptsOf: what Astra keeps per schedule (attempt count + latest transaction) as attempts', () => {
  test('paid on the third attempt: two declines, then the paid final one with its transaction', () => {
    expect(attemptsOf(schedule(1, CardRecurrenceScheduleStatus.PAID, 3)).map(summary)).toEqual([
      [1, DECLINED, false, null],
      [2, DECLINED, false, null],
      [3, PAID, true, 't1'],
    ]);
  });
  test('still retrying: every attempt declined, none final', () => {
    expect(attemptsOf(schedule(1, CardRecurrenceScheduleStatus.SCHEDULED, 2)).map(summary)).toEqual([
      [1, DECLINED, false, null],
      [2, DECLINED, false, 't1'],
    ]);
  });
  test('failed after maxAttempts: the last decline is final', () => {
    expect(
      attemptsOf(schedule(2, CardRecurrenceScheduleStatus.FAILED, 2))
        .map(summary)
        .at(-1),
    ).toEqual([2, DECLINED, true, 't2']);
  });
  test('not tried yet: no attempts, and no latest attempt', () => {
    expect(attemptsOf(schedule(1, CardRecurrenceScheduleStatus.SCHEDULED, 0))).toEqual([]);
    expect(latestAttempt([schedule(1, CardRecurrenceScheduleStatus.SCHEDULED, 0)])).toBeNull();
  });
  test('latestAttempt: the newest installment that was tried', () => {
    const latest = latestAttempt([
      schedule(1, CardRecurrenceScheduleStatus.PAID, 1),
      schedule(2, CardRecurrenceScheduleStatus.SCHEDULED, 2),
      schedule(3, CardRecurrenceScheduleStatus.SCHEDULED, 0),
    ]);
    expect(latest).toMatchObject({ installmentNumber: 2, attemptNumber: 2, outcome: DECLINED });
  });
});

describe('recentSchedules: at most two reads whatever the length of the recurrence', () => {
  test('150 schedules: the first page, then the last 100', async () => {
    const all = Array.from({ length: 150 }, (_, i) => schedule(i + 1, CardRecurrenceScheduleStatus.PAID, 1));
    const calls: Array<[number, number]> = [];
    const port = {
      listSchedules: async (_id: string, offset: number, limit: number) => {
        calls.push([offset, limit]);
        return { items: all.slice(offset, offset + limit), totalCount: all.length, hasNextPage: offset + limit < all.length };
      },
    } as unknown as CardRecurrencePort;
    const recent = await recentSchedules(port, 'r');
    expect(calls).toEqual([
      [0, 100],
      [50, 100],
    ]);
    expect(recent.at(-1)!.installmentNumber).toBe(150);
  });
});

describe('cardRecurrenceMovedOn with attempts: each new attempt is a new message, a repeat is not', () => {
  const at = (executedCharges: number, attempt?: [number, number]): CardRecurrenceRecord =>
    ({
      status: CardRecurrenceStatus.ACTIVE,
      providerStatus: 'ACTIVE',
      executedCharges,
      ...(attempt ? { attempt: { installmentNumber: attempt[0], attemptNumber: attempt[1] } } : {}),
    }) as CardRecurrenceRecord;
  test.each([
    ['a declined attempt after a plain read without one', at(0, [1, 1]), at(0), true],
    ['the next retry of the same schedule', at(0, [1, 2]), at(0, [1, 1]), true],
    ['the same attempt again (webhook after the watch)', at(1, [1, 1]), at(1, [1, 1]), false],
    ['an older attempt', at(0, [1, 1]), at(0, [1, 2]), false],
    ['a plain re-read with nothing new', at(1), at(1, [1, 1]), false],
    ['a fewer executedCharges with a later attempt (an older read)', at(0, [2, 1]), at(1, [1, 1]), false],
  ] as const)('%s', (_name, candidate, last, expected) => {
    expect(cardRecurrenceMovedOn(candidate, last)).toBe(expected);
  });
});
