import { cardRecurrenceMovedOn } from '../../../../src/domain/card-recurrences/progress';
import { CardRecurrenceStatus, type CardRecurrenceRecord } from '../../../../src/domain/card-recurrences/model';

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
