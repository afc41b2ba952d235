import { Refund } from '../../schema/refunds/refund.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { RefundStatus } from '../../domain/refunds/model';
import { paymentObjectResolver } from '../payment-object-fields';

/** The records behind both `Refund` implementations (PixRefund, CardRefund) call the provider's id `refundId`. */
interface RefundShape {
  refundId: string;
  status: RefundStatus;
}

/** Every Refund (PixRefund and CardRefund) as a PaymentObject: resolved once, on the interface. */
export const RefundPaymentObjectResolver = paymentObjectResolver<RefundShape, RefundStatus>(Refund, {
  noun: 'refund',
  status: (refund) => refund.status,
  states: {
    [RefundStatus.PROCESSING]: PaymentState.PENDING,
    [RefundStatus.REFUNDED]: PaymentState.SUCCEEDED,
    [RefundStatus.FAILED]: PaymentState.FAILED,
    [RefundStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  stateNote: 'SUCCEEDED means the refund itself went through (the money is back with the payer).',
  providerId: { of: (refund) => refund.refundId, description: "Provider's id for the refund (a card refund: the cancelled transaction's id)." },
});
