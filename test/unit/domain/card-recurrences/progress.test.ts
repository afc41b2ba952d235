import { cardRecurrenceMovedOn } from '../../../../src/domain/card-recurrences/progress';
import { CardRecurrenceStatus, type CardRecurrenceRecord } from '../../../../src/domain/card-recurrences/model';
import { CardRecurrenceAttemptOutcome } from '../../../../src/domain/card-recurrences/attempts';

/** What a cardRecurrenceUpdated subscriber is sent: only later states, never a repeat or a step back. */
const at = (status: CardRecurrenceStatus, executedCharges: number, providerStatus: string = status): CardRecurrenceRecord =>
  ({ status, executedCharges, providerStatus }) as CardRecurrenceRecord;
const { ACTIVE, COMPLETED, CANCELLED, UNKNOWN } = CardRecurrenceStatus;

test.each([
  ['one more final charge', at(ACTIVE, 2), at(ACTIVE, 1), true],
  ['the same state again (a duplicate)', at(ACTIVE, 1), at(ACTIVE, 1), false],
  ['an older state (re-fetched before the last one)', at(ACTIVE, 1), at(ACTIVE, 2), false],
  ['completed after the last charge', at(COMPLETED, 3), at(ACTIVE, 2), true],
  ['cancelled after a failed charge', at(CANCELLED, 1), at(ACTIVE, 0), true],
  ['ACTIVE after COMPLETED (a step back)', at(ACTIVE, 3), at(COMPLETED, 3), false],
  ['an unknown status that differs', at(UNKNOWN, 1, 'PAUSED'), at(ACTIVE, 1), true],
  ['the same unknown status', at(UNKNOWN, 1, 'PAUSED'), at(UNKNOWN, 1, 'PAUSED'), false],
] as const)('%s', (_name, candidate, last, expected) => {
  expect(cardRecurrenceMovedOn(candidate, last)).toBe(expected);
});

describe('an attempt event after a plain read (the read carries no attempt)', () => {
  const attempt = (final: boolean, outcome: CardRecurrenceAttemptOutcome) =>
    ({ scheduleId: 's1', installmentNumber: 1, attemptNumber: 1, outcome, final, transactionId: null, attemptedAt: null }) as const;
  const withAttempt = (record: CardRecurrenceRecord, value: ReturnType<typeof attempt>): CardRecurrenceRecord => ({ ...record, attempt: value });

  test('the final attempt of a charge the read already counted is not sent again', () => {
    expect(cardRecurrenceMovedOn(withAttempt(at(ACTIVE, 1), attempt(true, CardRecurrenceAttemptOutcome.PAID)), at(ACTIVE, 1))).toBe(false);
  });

  test('a declined attempt that will be retried is news (a read cannot show it)', () => {
    expect(cardRecurrenceMovedOn(withAttempt(at(ACTIVE, 1), attempt(false, CardRecurrenceAttemptOutcome.DECLINED)), at(ACTIVE, 1))).toBe(true);
  });
});
