import { CardTransactionStatus, type CardTransactionRecord } from './model';

// APPROVED → CANCELLED | CHARGED_BACK (ASM-A45); DECLINED is terminal from the start.
const RANK: Record<CardTransactionStatus, number> = {
  [CardTransactionStatus.APPROVED]: 0,
  [CardTransactionStatus.DECLINED]: 1,
  [CardTransactionStatus.CANCELLED]: 1,
  [CardTransactionStatus.CHARGED_BACK]: 1,
  [CardTransactionStatus.UNKNOWN]: -1,
};

/** True when `candidate` is a later state than `last` (worth sending to a `cardTransactionUpdated` subscriber). */
export function cardTransactionMovedOn(candidate: CardTransactionRecord, last: CardTransactionRecord): boolean {
  if (candidate.status === CardTransactionStatus.UNKNOWN || last.status === CardTransactionStatus.UNKNOWN) return candidate.providerStatus !== last.providerStatus;
  return RANK[candidate.status] > RANK[last.status];
}
