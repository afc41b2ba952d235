import { CardRecurrenceStatus, type CardRecurrenceRecord } from './model';

// ACTIVE → COMPLETED | CANCELLED (ASM-A48); within ACTIVE, each final schedule counts one more.
const RANK: Record<CardRecurrenceStatus, number> = {
  [CardRecurrenceStatus.ACTIVE]: 0,
  [CardRecurrenceStatus.COMPLETED]: 1,
  [CardRecurrenceStatus.CANCELLED]: 1,
  [CardRecurrenceStatus.UNKNOWN]: -1,
};

/** True when `candidate` is a later state than `last` (worth sending to a `cardRecurrenceUpdated` subscriber). */
export function cardRecurrenceMovedOn(candidate: CardRecurrenceRecord, last: CardRecurrenceRecord): boolean {
  if (candidate.status === CardRecurrenceStatus.UNKNOWN || last.status === CardRecurrenceStatus.UNKNOWN) return candidate.providerStatus !== last.providerStatus;
  if (RANK[candidate.status] !== RANK[last.status]) return RANK[candidate.status] > RANK[last.status];
  return candidate.executedCharges > last.executedCharges;
}
