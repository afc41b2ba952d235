import { centsToReais, reaisToCents } from '../../../lib/money';
import { encodeGlobalId } from '../../../lib/global-id';
import { brl } from '../../../domain/models';
import { RefundStatus, type PixRefundRecord } from '../../../domain/refunds/model';
import type { RefundCommand } from '../../../domain/refunds/port';
import { parseInstant } from '../transformers';
import { describeRefund, splitRefundDescription } from './refund-marker';
import type { AstraRefundWire } from './wire';

/** ASM-A23 refund statuses. */
const REFUND_STATUS: Record<string, RefundStatus> = {
  PROCESSING: RefundStatus.PROCESSING,
  REFUNDED: RefundStatus.REFUNDED,
  FAILED: RefundStatus.FAILED,
};

export function refundFromWire(wire: AstraRefundWire): PixRefundRecord {
  // ASM-A52: the attempt tag is Paygraph's, not the caller's: Refund.reason shows only their text.
  const { reason, attemptMarker } = splitRefundDescription(wire.description);
  return {
    __typename: 'PixRefund',
    id: encodeGlobalId('Refund', 'ASTRA', wire.refundId),
    provider: 'ASTRA',
    refundId: wire.refundId,
    status: REFUND_STATUS[wire.status] ?? RefundStatus.UNKNOWN,
    providerStatus: wire.status,
    amount: brl(reaisToCents(wire.amount)),
    reason,
    // The refund's own end-to-end id is `devolutionEndToEndId`; `endToEndId` is the payment's (ASM-A23).
    endToEndId: wire.devolutionEndToEndId ?? null,
    createdAt: parseInstant(wire.createdAt),
    refundedAt: parseInstant(wire.refundedAt),
    failureReason: wire.failureReason ?? null,
    chargeTxid: wire.txid,
    ...(attemptMarker ? { attemptMarker } : {}),
  };
}

export function refundToWire(command: RefundCommand): { txid: string; amount: number; description?: string } {
  const description = describeRefund(command.reason, command.attemptMarker);
  return {
    txid: command.txid,
    amount: centsToReais(command.amountCents),
    ...(description !== undefined ? { description } : {}),
  };
}
