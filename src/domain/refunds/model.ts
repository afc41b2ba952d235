import type { ProviderCode } from '../../providers';
import type { MoneyValue } from '../models';
import { PixChargeStatus } from '../pix-charges/model';

export enum RefundStatus {
  PROCESSING = 'PROCESSING',
  REFUNDED = 'REFUNDED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}

/** A refund of a Pix charge (GraphQL `PixRefund`, one implementation of the `Refund` interface). */
export interface PixRefundRecord {
  __typename: 'PixRefund';
  id: string;
  provider: ProviderCode;
  refundId: string;
  status: RefundStatus;
  providerStatus: string | null;
  amount: MoneyValue;
  reason: string | null;
  endToEndId: string | null;
  createdAt: Date | null;
  refundedAt: Date | null;
  /** Why it FAILED, as the provider says (null otherwise). */
  failureReason: string | null;
  /** Provider id of the refunded charge; `PixRefund.charge` loads it. */
  chargeTxid: string;
  /** Idempotency attempt marker the provider echoed back (ASM-A52); absent for refunds made without a key. */
  attemptMarker?: string;
}

/** Statuses in which a charge may have refunds: only a charge that was paid can (UNKNOWN: ask, to be safe). */
/** A refund in one of these never changes again. */
export const FINAL_REFUND_STATUSES: ReadonlySet<RefundStatus> = new Set([RefundStatus.REFUNDED, RefundStatus.FAILED]);

export const CHARGE_CAN_HAVE_REFUNDS = new Set<PixChargeStatus>([PixChargeStatus.PAID, PixChargeStatus.PARTIALLY_REFUNDED, PixChargeStatus.REFUNDED, PixChargeStatus.UNKNOWN]);
