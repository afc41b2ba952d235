import { DueDatePixChargeStatus, type DueDatePixChargeRecord } from './model';

/** ACTIVE is the start; paid, cancelled and removed are the exits (the API Pix's statuses never move back). */
const STATUS_RANK: Record<DueDatePixChargeStatus, number> = {
  [DueDatePixChargeStatus.ACTIVE]: 0,
  [DueDatePixChargeStatus.PAID]: 1,
  [DueDatePixChargeStatus.CANCELLED]: 1,
  [DueDatePixChargeStatus.REMOVED_BY_PROVIDER]: 1,
  [DueDatePixChargeStatus.UNKNOWN]: -1,
};

/**
 * True when `candidate` is a later state of the charge than `last`: a status further along, or,
 * at the same status, a later revision (`revisao` only grows) or more Pix received. An UNKNOWN
 * status cannot be ranked: any visible difference counts as news.
 */
export function dueDatePixChargeMovedOn(candidate: DueDatePixChargeRecord, last: DueDatePixChargeRecord): boolean {
  if (candidate.status === DueDatePixChargeStatus.UNKNOWN || last.status === DueDatePixChargeStatus.UNKNOWN) {
    return candidate.providerStatus !== last.providerStatus || candidate.revision !== last.revision || candidate.payments.length !== last.payments.length;
  }
  const rankDelta = STATUS_RANK[candidate.status] - STATUS_RANK[last.status];
  if (rankDelta !== 0) return rankDelta > 0;
  return candidate.revision > last.revision || candidate.payments.length > last.payments.length;
}
