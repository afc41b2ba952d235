import { encodeGlobalId } from '../../lib/global-id';
import type { MoneyValue } from '../models';
import { RefundStatus } from '../refunds/model';
import type { ProviderCode } from '../../providers';
import { CardTransactionStatus, type CardTransactionRecord } from './model';

/**
 * A card refund, in the shared `Refund` shape. Astra has no separate refund object for cards: a
 * cancellation refunds the whole amount and is recorded on the transaction (`CANCELED`,
 * `canceledAt`, ASM-A46). So the refund is derived from a cancelled transaction: its id is the
 * transaction's, it is REFUNDED from the moment of cancellation, with no reason and no Pix id.
 */
export interface CardRefundRecord {
  __typename: 'CardRefund';
  id: string;
  provider: ProviderCode;
  refundId: string;
  status: RefundStatus;
  providerStatus: string;
  amount: MoneyValue;
  reason: null;
  endToEndId: null;
  createdAt: Date | null;
  refundedAt: Date | null;
  transactionId: string;
}

export function cardRefundOf(transaction: CardTransactionRecord): CardRefundRecord | null {
  if (transaction.status !== CardTransactionStatus.CANCELLED) return null;
  return {
    __typename: 'CardRefund',
    id: encodeGlobalId('CardRefund', transaction.provider, transaction.transactionId),
    provider: transaction.provider,
    refundId: transaction.transactionId,
    status: RefundStatus.REFUNDED,
    providerStatus: transaction.providerStatus,
    amount: transaction.amount,
    reason: null,
    endToEndId: null,
    createdAt: transaction.cancelledAt,
    refundedAt: transaction.cancelledAt,
    transactionId: transaction.transactionId,
  };
}
