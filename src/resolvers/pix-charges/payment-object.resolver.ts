import { PixCharge } from '../../schema/pix-charges/pix-charge.type';
import { PaymentState } from '../../schema/payment-object.interface';
import { PixChargeStatus, type PixChargeRecord } from '../../domain/pix-charges/model';
import { paymentObjectResolver } from '../payment-object-fields';

/** PixCharge as a PaymentObject (its `state` and `providerId`). */
export const PixChargePaymentObjectResolver = paymentObjectResolver<PixChargeRecord, PixChargeStatus>(PixCharge, {
  noun: 'charge',
  status: (charge) => charge.status,
  states: {
    [PixChargeStatus.ACTIVE]: PaymentState.PENDING,
    [PixChargeStatus.PAID]: PaymentState.SUCCEEDED,
    [PixChargeStatus.EXPIRED]: PaymentState.EXPIRED,
    [PixChargeStatus.CANCELLED]: PaymentState.CANCELLED,
    [PixChargeStatus.REFUNDED]: PaymentState.REFUNDED,
    [PixChargeStatus.PARTIALLY_REFUNDED]: PaymentState.PARTIALLY_REFUNDED,
    [PixChargeStatus.UNKNOWN]: PaymentState.UNKNOWN,
  },
  providerId: {
    of: (charge) => charge.txid,
    description: "The provider's id for the charge (Astra txid, Pagstar external_reference, API Pix txid: derived from your idempotencyKey, random without one).",
  },
});
