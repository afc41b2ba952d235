import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { instantOf, isShortText } from '../webhook-fields';

/**
 * The card deliveries (§2.3, ASM-A11): payments, recurrence charges, chargebacks. No `confirm`
 * yet: the cards family adds one per product (re-read the transaction or schedule) when it lands.
 */

export const cardPaymentInbound: WebhookProduct<{ transactionId: string; status: string }> = {
  product: 'CARD_PAYMENT_INBOUND',
  parse(b: WebhookBody): ProductParse<{ transactionId: string; status: string }> {
    if (!isShortText(b.transactionId) || !isShortText(b.status)) return { ok: false, reason: 'transactionId and status are required' };
    const delivery = { transactionId: b.transactionId as string, status: b.status as string };
    return { ok: true, dedupKey: `card:${delivery.transactionId}:${delivery.status}`, occurredAt: instantOf(b.paymentDate), delivery };
  },
};

export const cardRecurringInbound: WebhookProduct<{ scheduleId: string; status: string }> = {
  product: 'CARD_RECURRING_INBOUND',
  parse(b: WebhookBody): ProductParse<{ scheduleId: string; status: string }> {
    if (!isShortText(b.scheduleId) || !isShortText(b.status)) return { ok: false, reason: 'scheduleId and status are required' };
    const delivery = { scheduleId: b.scheduleId as string, status: b.status as string };
    return { ok: true, dedupKey: `recurring:${delivery.scheduleId}:${delivery.status}`, occurredAt: instantOf(b.paymentDate), delivery };
  },
};

export const cardChargeback: WebhookProduct<{ transactionId: string }> = {
  product: 'CARD_CHARGEBACK',
  parse(b: WebhookBody): ProductParse<{ transactionId: string }> {
    if (!isShortText(b.transactionId)) return { ok: false, reason: 'transactionId is required' };
    const transactionId = b.transactionId as string;
    return { ok: true, dedupKey: `chargeback:${transactionId}`, occurredAt: instantOf(b.chargebackDate), delivery: { transactionId } };
  },
};
