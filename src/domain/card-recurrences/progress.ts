import { attemptIsLater } from './attempts';
import { CardRecurrenceStatus, type CardRecurrenceRecord } from './model';

// ACTIVE → COMPLETED | CANCELLED (ASM-A48); within ACTIVE, each final schedule counts one more.
const RANK: Record<CardRecurrenceStatus, number> = {
  [CardRecurrenceStatus.ACTIVE]: 0,
  [CardRecurrenceStatus.COMPLETED]: 1,
  [CardRecurrenceStatus.CANCELLED]: 1,
  [CardRecurrenceStatus.UNKNOWN]: -1,
};

/**
 * True when `candidate` is a later state than `last` (worth sending to a `cardRecurrenceUpdated`
 * subscriber): a later status, one more final charge, or a later charge attempt (an event's subject
 * carries the attempt it is about; a declined attempt changes nothing else).
 */
export function cardRecurrenceMovedOn(candidate: CardRecurrenceRecord, last: CardRecurrenceRecord): boolean {
  if (candidate.status === CardRecurrenceStatus.UNKNOWN || last.status === CardRecurrenceStatus.UNKNOWN) return candidate.providerStatus !== last.providerStatus;
  if (RANK[candidate.status] !== RANK[last.status]) return RANK[candidate.status] > RANK[last.status];
  if (candidate.executedCharges !== last.executedCharges) return candidate.executedCharges > last.executedCharges;
  if (!candidate.attempt) return false;
  if (last.attempt) return attemptIsLater(candidate.attempt, last.attempt);
  // `last` is a plain read (no attempt on it) with the same status and final-charge count: a final
  // attempt is already counted there (the event of a charge the read saw arrives after it); only a
  // declined attempt that will be retried is something the read could not show.
  return !candidate.attempt.final;
}
