import { PixPayout, PixPayoutBatch } from '../../schema/pix-payouts/pix-payout-batch.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { PixPayoutBatchStatus, PixPayoutStatus, type PixPayoutBatchRecord, type PixPayoutRecord } from '../../domain/pix-payouts/model';
import { paymentObjectResolver } from '../payment-object-fields';

/** PixPayoutBatch as a PaymentObject: its amount is the batch total. */
export const PixPayoutBatchPaymentObjectResolver = paymentObjectResolver<PixPayoutBatchRecord, PixPayoutBatchStatus>(PixPayoutBatch, {
  noun: 'batch',
  status: (batch) => batch.status,
  states: {
    [PixPayoutBatchStatus.CREATED]: PaymentState.PENDING,
    [PixPayoutBatchStatus.PROCESSING]: PaymentState.PENDING,
    [PixPayoutBatchStatus.COMPLETED]: PaymentState.SUCCEEDED,
    [PixPayoutBatchStatus.PARTIALLY_COMPLETED]: PaymentState.PARTIALLY_SUCCEEDED,
    [PixPayoutBatchStatus.FAILED]: PaymentState.FAILED,
    [PixPayoutBatchStatus.CANCELLED]: PaymentState.CANCELLED,
    [PixPayoutBatchStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  stateNote: 'PENDING covers both not yet released (CREATED) and released with payments still running (PROCESSING).',
  providerId: { of: (batch) => batch.batchId, description: "Provider's id for the batch (Astra checkoutId), derived from your idempotencyKey." },
  amount: { of: (batch) => batch.totalAmount, description: 'The sum of all payments of the batch (the same as `totalAmount`).' },
});

/** PixPayout (one payment of a batch, the subject of PIX_PAYOUT_PAYMENT_UPDATED) as a PaymentObject. */
export const PixPayoutPaymentObjectResolver = paymentObjectResolver<PixPayoutRecord, PixPayoutStatus>(PixPayout, {
  noun: 'payment',
  status: (payout) => payout.status,
  states: {
    [PixPayoutStatus.PENDING]: PaymentState.PENDING,
    [PixPayoutStatus.PAID]: PaymentState.SUCCEEDED,
    [PixPayoutStatus.FAILED]: PaymentState.FAILED,
    [PixPayoutStatus.CANCELLED]: PaymentState.CANCELLED,
    [PixPayoutStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  // Astra keys a batch's payments by the id the client chose (payments[].paymentId), unique in its batch.
  providerId: { of: (payout) => payout.paymentId, description: "The payment's id at the provider: the `paymentId` you chose, unique in its batch (Astra keys payments by it)." },
});
