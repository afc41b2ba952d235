import { CardRecurrence } from '../../schema/card-recurrences/card-recurrence.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { CardRecurrenceStatus, type CardRecurrenceRecord } from '../../domain/card-recurrences/model';
import { paymentObjectResolver } from '../payment-object-fields';

/** CardRecurrence as a PaymentObject: its amount is the amount of each charge. */
export const CardRecurrencePaymentObjectResolver = paymentObjectResolver<CardRecurrenceRecord, CardRecurrenceStatus>(CardRecurrence, {
  noun: 'recurrence',
  status: (recurrence) => recurrence.status,
  states: {
    [CardRecurrenceStatus.ACTIVE]: PaymentState.ACTIVE,
    [CardRecurrenceStatus.COMPLETED]: PaymentState.SUCCEEDED,
    [CardRecurrenceStatus.CANCELLED]: PaymentState.CANCELLED,
    [CardRecurrenceStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  stateNote: 'COMPLETED: every planned charge was made; a charge that failed maxAttempts times cancels the recurrence (CANCELLED, see cancelReason).',
  providerId: { of: (recurrence) => recurrence.recurrenceId, description: "Provider's id for the recurrence." },
});
