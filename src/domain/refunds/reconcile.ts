import type { AttemptMarker } from '../idempotency';
import { RefundStatus, type PixRefundRecord } from './model';

/**
 * A retry of a refund whose earlier attempts ended without a known outcome (timeout, 5xx, a
 * holder that died): Astra has no idempotency (ASM-A05), so those POSTs may have been executed.
 * Each attempt's refund carries its marker (ASM-A52), so this finds exactly the refunds this
 * key's own attempts made — never a refund of the same amount made by another key or by hand.
 *
 * A FAILED refund of ours counts too: it is that attempt's outcome (the provider acted and the
 * refund did not go through), and replaying it is the truth; the caller retries with a new key.
 * Several matches mean earlier attempts each made one (possible only when a refund became
 * visible after the next attempt had already looked): the oldest is answered, all are logged.
 */
export function refundsOfAttempts(refunds: PixRefundRecord[], attempts: AttemptMarker[]): PixRefundRecord[] {
  const ids = new Set(attempts.map((attempt) => attempt.id));
  return refunds
    .filter((refund) => refund.attemptMarker !== undefined && ids.has(refund.attemptMarker))
    .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
}

/** Refunds that still hold part of the charge: in flight ones count against the remainder (ASM-A23). */
export function pendingCents(refunds: PixRefundRecord[]): number {
  return refunds.filter((r) => r.status === RefundStatus.PROCESSING).reduce((sum, r) => sum + r.amount.amount, 0);
}
