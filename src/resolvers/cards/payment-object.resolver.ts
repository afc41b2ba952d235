import { CardTransaction } from '../../schema/cards/card-transaction.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { CardTransactionStatus, type CardTransactionRecord } from '../../domain/cards/model';
import { paymentObjectResolver } from '../payment-object-fields';

/** CardTransaction as a PaymentObject. CardRefund is one through the Refund interface (resolvers/refunds). */
export const CardTransactionPaymentObjectResolver = paymentObjectResolver<CardTransactionRecord, CardTransactionStatus>(CardTransaction, {
  noun: 'transaction',
  status: (transaction) => transaction.status,
  states: {
    [CardTransactionStatus.APPROVED]: PaymentState.SUCCEEDED,
    [CardTransactionStatus.DECLINED]: PaymentState.FAILED,
    [CardTransactionStatus.CANCELLED]: PaymentState.REFUNDED,
    [CardTransactionStatus.CHARGED_BACK]: PaymentState.REFUNDED,
    [CardTransactionStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  stateNote: 'Cancelling an approved transaction refunds it in full (see `refund`); a chargeback also returns the money to the cardholder.',
  providerId: { of: (transaction) => transaction.transactionId, description: "Provider's id for the transaction." },
});
