import { DueDatePixCharge } from '../../schema/due-date-charges/due-date-pix-charge.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { DueDatePixChargeStatus, type DueDatePixChargeRecord } from '../../domain/due-date-charges/model';
import { paymentObjectResolver } from '../payment-object-fields';

/**
 * DueDatePixCharge as a PaymentObject. `amount` and `createdAt` are the record's own (the original
 * amount; the cob's `calendario.criacao`). `updatedAt` is always null: a `cobv` carries its
 * revision number but no revision time (API Pix `CobVCompleta`).
 */
export const DueDatePixChargePaymentObjectResolver = paymentObjectResolver<DueDatePixChargeRecord, DueDatePixChargeStatus>(DueDatePixCharge, {
  noun: 'charge',
  status: (charge) => charge.status,
  states: {
    [DueDatePixChargeStatus.ACTIVE]: PaymentState.PENDING,
    [DueDatePixChargeStatus.PAID]: PaymentState.SUCCEEDED,
    [DueDatePixChargeStatus.CANCELLED]: PaymentState.CANCELLED,
    [DueDatePixChargeStatus.REMOVED_BY_PROVIDER]: PaymentState.CANCELLED,
    [DueDatePixChargeStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  stateNote:
    'The API Pix has no expired status: a charge past its last payable day (`dueDate` + `daysValidAfterDueDate`) stays ACTIVE, so PENDING. `amount` is the original amount; what was paid is `amountPaid`.',
  providerId: { of: (charge) => charge.txid, description: "The charge's txid at the provider (the same as `txid`)." },
  updatedAt: { of: () => null, description: 'Always null: the API Pix gives a charge with a due date a revision number (`revision`) but no time of revision.' },
});
