import type { PixChargePort } from '../../domain/pix-charges/port';
import type { PixRefundPort } from '../../domain/refunds/port';
import type { CardPort } from '../../domain/cards/port';
import type { PaymentLinkPort } from '../../domain/payment-links/port';
import type { PixPayoutPort } from '../../domain/pix-payouts/port';
import { handlerFromProducts } from '../../events/webhook-products';
import type { ProviderWebhookHandler } from '../../events/webhook-relay';
import { pixQrInbound } from './pix-charges/webhook';
import { paymentLinkInbound } from './payment-links/webhook';
import { pixOutbound } from './pix-payouts/webhook';
import { cardChargeback, cardPaymentInbound } from './cards/webhook';
import { cardRecurringInbound } from './card-recurrences/webhook';
import type { CardRecurrencePort } from '../../domain/card-recurrences/port';

/**
 * Astra's relay handler: every webhook product Astra sends, each parsed (and, once its family
 * exists, confirmed) in that family's folder. A new family adds its product here.
 */
export function astraWebhookHandler(
  charges: PixChargePort,
  refunds: PixRefundPort,
  links: PaymentLinkPort,
  payouts: PixPayoutPort,
  cards?: CardPort,
  recurrences?: CardRecurrencePort,
): ProviderWebhookHandler {
  return handlerFromProducts(
    [pixQrInbound(charges, refunds), paymentLinkInbound(links), pixOutbound(payouts), cardPaymentInbound(cards), cardRecurringInbound(recurrences), cardChargeback(cards)],
    classifyAstraDelivery,
  );
}

/**
 * Which product an Astra delivery is. Payloads are flat objects without a type field, so the shape
 * tells them apart (§2.3, ASM-A14); the order matters (a chargeback also has `transactionId`).
 * Each product's parser and confirmation live in its family's folder; index.ts lists them.
 */
const BY_SHAPE: readonly (readonly [field: string, product: string])[] = [
  ['txid', 'PIX_QR_INBOUND'],
  ['paymentLinkUuid', 'PAYMENT_LINK_INBOUND'],
  ['checkoutId', 'PIX_OUTBOUND'],
  ['scheduleId', 'CARD_RECURRING_INBOUND'],
  ['chargebackDate', 'CARD_CHARGEBACK'],
  ['transactionId', 'CARD_PAYMENT_INBOUND'],
];

/** The product a payload looks like, or undefined for one Astra added after this code. */
export function classifyAstraDelivery(body: Record<string, unknown>): string | undefined {
  return BY_SHAPE.find(([field]) => field in body)?.[1];
}
