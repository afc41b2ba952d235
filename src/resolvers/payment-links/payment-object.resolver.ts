import { PaymentLink } from '../../schema/payment-links/payment-link.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { PaymentLinkStatus, type PaymentLinkRecord } from '../../domain/payment-links/model';
import { paymentObjectResolver } from '../payment-object-fields';

/** PaymentLink as a PaymentObject: its record already says `providerId`, `amount` and `createdAt`. */
export const PaymentLinkPaymentObjectResolver = paymentObjectResolver<PaymentLinkRecord, PaymentLinkStatus>(PaymentLink, {
  noun: 'link',
  status: (link) => link.status,
  states: {
    [PaymentLinkStatus.CREATED]: PaymentState.PENDING,
    [PaymentLinkStatus.PAID]: PaymentState.SUCCEEDED,
    [PaymentLinkStatus.EXPIRED]: PaymentState.EXPIRED,
    [PaymentLinkStatus.CANCELLED]: PaymentState.CANCELLED,
    [PaymentLinkStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
});
