import { AutomaticPixAuthorization } from '../../schema/automatic-pix/authorization.type';
import { AutomaticPixPayment } from '../../schema/automatic-pix/payment.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { AutomaticPixAuthorizationStatus, AutomaticPixPaymentStatus, type AutomaticPixAuthorizationRecord, type AutomaticPixPaymentRecord } from '../../domain/automatic-pix/model';
import { paymentObjectResolver } from '../payment-object-fields';

/** AutomaticPixAuthorization as a PaymentObject: no amount of its own (see minAmount/maxAmount). */
export const AutomaticPixAuthorizationPaymentObjectResolver = paymentObjectResolver<AutomaticPixAuthorizationRecord, AutomaticPixAuthorizationStatus>(AutomaticPixAuthorization, {
  noun: 'authorization',
  status: (authorization) => authorization.status,
  states: {
    [AutomaticPixAuthorizationStatus.PENDING]: PaymentState.PENDING,
    [AutomaticPixAuthorizationStatus.APPROVED]: PaymentState.ACTIVE,
    [AutomaticPixAuthorizationStatus.REJECTED]: PaymentState.FAILED,
    [AutomaticPixAuthorizationStatus.EXPIRED]: PaymentState.EXPIRED,
    [AutomaticPixAuthorizationStatus.CANCELLED]: PaymentState.CANCELLED,
    [AutomaticPixAuthorizationStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  amount: { of: () => null, description: 'Always null: an authorization has no amount of its own (each debit has one; see `minAmount`, `maxAmount`, `firstPayment`).' },
});

/** AutomaticPixPayment as a PaymentObject. */
export const AutomaticPixPaymentPaymentObjectResolver = paymentObjectResolver<AutomaticPixPaymentRecord, AutomaticPixPaymentStatus>(AutomaticPixPayment, {
  noun: 'debit',
  status: (payment) => payment.status,
  states: {
    [AutomaticPixPaymentStatus.SCHEDULED]: PaymentState.PENDING,
    [AutomaticPixPaymentStatus.PAID]: PaymentState.SUCCEEDED,
    [AutomaticPixPaymentStatus.FAILED]: PaymentState.FAILED,
    [AutomaticPixPaymentStatus.CANCELLED]: PaymentState.CANCELLED,
    [AutomaticPixPaymentStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  stateNote: 'A FAILED debit may still be retried (retryAutomaticPixPayment), which moves it back to PENDING.',
});
