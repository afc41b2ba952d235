import { PaymentLinkStatus, type PaymentLinkRecord } from './model';

/**
 * True when `candidate` is a later state of the link than `last` (for `paymentLinkUpdated`).
 * CREATED is the start and every other known status is terminal (ASM-A27), so only a move out of
 * CREATED is news. An UNKNOWN status cannot be ranked: any visible difference counts.
 */
export function paymentLinkMovedOn(candidate: PaymentLinkRecord, last: PaymentLinkRecord): boolean {
  if (candidate.status === PaymentLinkStatus.UNKNOWN || last.status === PaymentLinkStatus.UNKNOWN) {
    return candidate.status !== last.status || candidate.providerStatus !== last.providerStatus;
  }
  return last.status === PaymentLinkStatus.CREATED && candidate.status !== PaymentLinkStatus.CREATED;
}
