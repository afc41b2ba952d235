import { PixPayoutBatchStatus, PixPayoutStatus, type PixPayoutBatchRecord, type PixPayoutRecord } from './model';

const RANK: Record<PixPayoutBatchStatus, number> = {
  [PixPayoutBatchStatus.CREATED]: 0,
  [PixPayoutBatchStatus.PROCESSING]: 1,
  [PixPayoutBatchStatus.COMPLETED]: 2,
  [PixPayoutBatchStatus.PARTIALLY_COMPLETED]: 2,
  [PixPayoutBatchStatus.FAILED]: 2,
  [PixPayoutBatchStatus.CANCELLED]: 2,
  [PixPayoutBatchStatus.UNKNOWN]: -1,
};

/** True when `candidate` is a later state of the batch than `last` (statuses and paid counts only move forward). */
export function pixPayoutBatchMovedOn(candidate: PixPayoutBatchRecord, last: PixPayoutBatchRecord): boolean {
  if (candidate.status === PixPayoutBatchStatus.UNKNOWN || last.status === PixPayoutBatchStatus.UNKNOWN) {
    return candidate.providerStatus !== last.providerStatus || candidate.paidCount !== last.paidCount;
  }
  const delta = RANK[candidate.status] - RANK[last.status];
  if (delta !== 0) return delta > 0;
  return candidate.paidCount > last.paidCount;
}

const PAYOUT_RANK: Record<PixPayoutStatus, number> = {
  [PixPayoutStatus.PENDING]: 0,
  [PixPayoutStatus.PAID]: 1,
  [PixPayoutStatus.FAILED]: 1,
  [PixPayoutStatus.CANCELLED]: 1,
  [PixPayoutStatus.UNKNOWN]: -1,
};

/** True when `candidate` is a later state of one payment than `last` (PENDING → PAID | FAILED | CANCELLED). */
export function pixPayoutMovedOn(candidate: PixPayoutRecord, last: PixPayoutRecord): boolean {
  if (candidate.status === PixPayoutStatus.UNKNOWN || last.status === PixPayoutStatus.UNKNOWN) return candidate.providerStatus !== last.providerStatus;
  return PAYOUT_RANK[candidate.status] > PAYOUT_RANK[last.status];
}
