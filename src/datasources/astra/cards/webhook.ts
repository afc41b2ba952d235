import { CardTransactionStatus, type CardTransactionRecord } from '../../../domain/cards/model';
import { CARDS, type CardPort } from '../../../domain/cards/port';
import { ProviderNotFoundError } from '../../../errors/domain-errors';
import { CardEventType } from '../../../domain/cards/events';
import type { PaymentEventType } from '../../../events/payment-event';
import type { ConfirmResult } from '../../../events/webhook-relay';
import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { systemClock, type Clock } from '../../../lib/clock';
import { instantOf, isShortText } from '../webhook-fields';
import type { AstraWebhookProduct } from '../webhook-product';

/**
 * The card deliveries (ASM-A11, ASM-A16): payments and chargebacks are confirmed by
 * re-reading the transaction from Astra (the payloads carry no card data, and only what Astra
 * answers to an authenticated GET is believed). Recurrence charges (CARD_RECURRING_INBOUND) belong
 * to the card recurrences family (`card-recurrences/webhook.ts`).
 */

/**
 * What the cards family receives from Astra (webhook-deliveries.ts lists it). A chargeback also
 * carries `transactionId`: it is told apart by `chargebackDate`, so it comes first.
 */
export const CARD_WEBHOOKS: readonly AstraWebhookProduct[] = [
  { product: 'CARD_CHARGEBACK', identifiedBy: 'chargebackDate', create: (port) => cardChargeback(port(CARDS)) },
  { product: 'CARD_PAYMENT_INBOUND', identifiedBy: 'transactionId', create: (port) => cardPaymentInbound(port(CARDS)) },
];

type PaymentDelivery = { transactionId: string; status: string };

// A delivery's claim holds if the transaction is in that state now or moved on from it since.
const PAYMENT_CLAIMS: Record<string, ReadonlySet<CardTransactionStatus>> = {
  APPROVED: new Set([CardTransactionStatus.APPROVED, CardTransactionStatus.CANCELLED, CardTransactionStatus.CHARGED_BACK]),
  CANCELED: new Set([CardTransactionStatus.CANCELLED]),
};

export function cardPaymentInbound(cards?: CardPort, clock: Clock = systemClock): WebhookProduct<PaymentDelivery> {
  return {
    product: 'CARD_PAYMENT_INBOUND',
    parse(b: WebhookBody): ProductParse<PaymentDelivery> {
      if (!isShortText(b.transactionId) || !isShortText(b.status)) return { ok: false, reason: 'transactionId and status are required' };
      const delivery = { transactionId: b.transactionId as string, status: b.status as string };
      return { ok: true, dedupKey: `card:${delivery.transactionId}:${delivery.status}`, occurredAt: instantOf(b.paymentDate), delivery };
    },
    ...(cards
      ? {
          confirm: (delivery: PaymentDelivery, eventId: string) =>
            confirmAgainst(cards, clock, delivery.transactionId, eventId, CardEventType.CARD_PAYMENT_UPDATED, PAYMENT_CLAIMS[delivery.status], delivery.status),
        }
      : {}),
  };
}

const CHARGED_BACK = new Set([CardTransactionStatus.CHARGED_BACK]);

export function cardChargeback(cards?: CardPort, clock: Clock = systemClock): WebhookProduct<{ transactionId: string }> {
  return {
    product: 'CARD_CHARGEBACK',
    parse(b: WebhookBody): ProductParse<{ transactionId: string }> {
      if (!isShortText(b.transactionId)) return { ok: false, reason: 'transactionId is required' };
      const transactionId = b.transactionId as string;
      return { ok: true, dedupKey: `chargeback:${transactionId}`, occurredAt: instantOf(b.chargebackDate), delivery: { transactionId } };
    },
    ...(cards
      ? {
          confirm: (delivery: { transactionId: string }, eventId: string) =>
            confirmAgainst(cards, clock, delivery.transactionId, eventId, CardEventType.CARD_CHARGEBACK, CHARGED_BACK, 'CHARGEBACK'),
        }
      : {}),
  };
}

async function confirmAgainst(
  cards: CardPort,
  clock: Clock,
  transactionId: string,
  eventId: string,
  type: PaymentEventType,
  accepted: ReadonlySet<CardTransactionStatus> | undefined,
  claim: string,
): Promise<ConfirmResult> {
  let transaction: CardTransactionRecord;
  try {
    transaction = await cards.getTransaction(transactionId);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
  if (!accepted?.has(transaction.status)) return { outcome: 'suspicious', reason: `claims ${claim.slice(0, 20)}; provider reports ${transaction.status}` };
  return {
    outcome: 'confirmed',
    event: { id: eventId, type, provider: 'ASTRA', occurredAt: transaction.cancelledAt ?? transaction.createdAt ?? clock.now(), subjectId: transaction.id, subject: transaction },
  };
}
