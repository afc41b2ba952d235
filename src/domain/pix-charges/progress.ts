import { PixChargeStatus, type PixChargeRecord } from './model';

/**
 * How far along its life a charge is. Statuses only move forward (a terminal status
 * never moves back) and refunds only add up, so (rank, cents refunded) orders two snapshots of
 * the same charge. ACTIVE is the start; paid, expired and cancelled are the exits; refunds follow
 * a payment.
 */
const STATUS_RANK: Record<PixChargeStatus, number> = {
  [PixChargeStatus.ACTIVE]: 0,
  [PixChargeStatus.PAID]: 1,
  [PixChargeStatus.EXPIRED]: 1,
  [PixChargeStatus.CANCELLED]: 1,
  [PixChargeStatus.PARTIALLY_REFUNDED]: 2,
  [PixChargeStatus.REFUNDED]: 3,
  [PixChargeStatus.UNKNOWN]: -1,
};

/**
 * True when `candidate` is a later state of the charge than `last`, i.e. worth sending to a
 * `pixChargeUpdated` subscriber who already has `last`. A status Paygraph does not know (UNKNOWN)
 * cannot be ranked: any visible difference counts as news.
 */
export function pixChargeMovedOn(candidate: PixChargeRecord, last: PixChargeRecord): boolean {
  if (candidate.status === PixChargeStatus.UNKNOWN || last.status === PixChargeStatus.UNKNOWN) {
    return candidate.status !== last.status || candidate.providerStatus !== last.providerStatus || candidate.amountRefunded.amount !== last.amountRefunded.amount;
  }
  const rankDelta = STATUS_RANK[candidate.status] - STATUS_RANK[last.status];
  if (rankDelta !== 0) return rankDelta > 0;
  return candidate.amountRefunded.amount > last.amountRefunded.amount;
}
