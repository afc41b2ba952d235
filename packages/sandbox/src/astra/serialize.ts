import type { ChargeRecord, DeliveryRecord, RefundRecord, WebhookRecord } from './state';
import { reais } from './validation';
import type { ChargeWire, DeliveryRecordWire, PixQrInboundPayload, RefundWire, WebhookWire } from './wire';

const iso = (ms: number): string => new Date(ms).toISOString();

/** ASM-A20 charge object; every property present, `null` when it does not apply (ASM-A06). */
export function toChargeWire(charge: ChargeRecord): ChargeWire {
  const payment = charge.payment;
  return {
    txid: charge.txid,
    status: charge.status,
    amount: reais(charge.amountCents),
    expiration: charge.expiration,
    description: charge.description,
    userReference: charge.userReference,
    debtor: charge.debtor && { ...charge.debtor },
    validateDebtor: charge.validateDebtor,
    emv: charge.emv,
    createdAt: iso(charge.createdAtMs),
    expiresAt: iso(charge.expiresAtMs),
    payment: payment && {
      endToEndId: payment.endToEndId,
      amount: reais(payment.amountCents),
      paymentDate: iso(payment.paidAtMs),
      payer: { ...payment.payer },
    },
    refundedAmount: reais(charge.refundedCents),
  };
}

export function toRefundWire(refund: RefundRecord): RefundWire {
  return {
    refundId: refund.refundId,
    txid: refund.txid,
    endToEndId: refund.endToEndId,
    devolutionEndToEndId: refund.devolutionEndToEndId,
    amount: reais(refund.amountCents),
    description: refund.description,
    status: refund.status,
    failureReason: refund.failureReason,
    createdAt: iso(refund.createdAtMs),
    refundedAt: refund.refundedAtMs === null ? null : iso(refund.refundedAtMs),
  };
}

export function toWebhookWire(webhook: WebhookRecord): WebhookWire {
  return {
    id: webhook.id,
    url: webhook.url,
    type: webhook.type,
    createdAt: iso(webhook.createdAtMs),
    updatedAt: iso(webhook.updatedAtMs),
  };
}

export function toDeliveryWire(record: DeliveryRecord): DeliveryRecordWire {
  return {
    id: record.id,
    webhookId: record.webhookId,
    type: record.type,
    url: record.url,
    attempt: record.attempt,
    success: record.success,
    httpStatus: record.httpStatus,
    errorMessage: record.errorMessage,
    payload: record.payload,
    attemptedAt: iso(record.attemptedAtMs),
  };
}

/** The payment event (ASM-A13): `devolutionEndToEndId` omitted, `userReference` null if none. */
export function paymentEvent(charge: ChargeRecord): PixQrInboundPayload {
  const payment = charge.payment!;
  return {
    txid: charge.txid,
    amount: reais(payment.amountCents),
    payer: { ...payment.payer },
    endToEndId: payment.endToEndId,
    type: 'PAYMENT',
    status: 'PAID',
    paymentDate: iso(payment.paidAtMs),
    userReference: charge.userReference,
  };
}

/** ASM-A13 refund event: refunded amount, original payer and payment id, refund completion time. */
export function refundEvent(charge: ChargeRecord, refund: RefundRecord): PixQrInboundPayload {
  const payment = charge.payment!;
  return {
    txid: charge.txid,
    amount: reais(refund.amountCents),
    payer: { ...payment.payer },
    endToEndId: payment.endToEndId,
    devolutionEndToEndId: refund.devolutionEndToEndId!,
    type: 'REFUND',
    status: 'REFUNDED',
    paymentDate: iso(refund.refundedAtMs!),
    userReference: charge.userReference,
  };
}
