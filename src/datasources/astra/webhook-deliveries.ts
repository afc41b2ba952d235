import { handlerFromProducts } from '../../events/webhook-products';
import type { ProviderWebhookHandler } from '../../events/webhook-relay';
import type { PortBinding } from '../../domain/ports';
import { boundPorts, type AstraWebhookProduct } from './webhook-product';
import { PIX_CHARGE_WEBHOOKS } from './pix-charges/webhook';
import { PAYMENT_LINK_WEBHOOKS } from './payment-links/webhook';
import { PIX_PAYOUT_WEBHOOKS } from './pix-payouts/webhook';
import { CARD_RECURRENCE_WEBHOOKS } from './card-recurrences/webhook';
import { CARD_WEBHOOKS } from './cards/webhook';

/**
 * Every webhook product Astra sends, one line per family that owns some (each parsed and
 * confirmed in that family's folder). The order is the classification order: a payload is the
 * first product whose identifying field it has, so a product whose payloads also carry another
 * one's field comes first (a card chargeback also has `transactionId`).
 */
export const ASTRA_WEBHOOK_PRODUCTS: readonly AstraWebhookProduct[] = [
  ...PIX_CHARGE_WEBHOOKS,
  ...PAYMENT_LINK_WEBHOOKS,
  ...PIX_PAYOUT_WEBHOOKS,
  ...CARD_RECURRENCE_WEBHOOKS,
  ...CARD_WEBHOOKS,
];

/** Astra's relay handler: its products, confirmed over the ports Astra binds (its index's bindings). */
export function astraWebhookHandler(bindings: readonly PortBinding[]): ProviderWebhookHandler {
  const port = boundPorts(bindings);
  return handlerFromProducts(
    ASTRA_WEBHOOK_PRODUCTS.map((product) => product.create(port)),
    classifyAstraDelivery,
  );
}

/** The product a payload looks like, or undefined for one Astra added after this code. */
export function classifyAstraDelivery(body: Record<string, unknown>): string | undefined {
  return ASTRA_WEBHOOK_PRODUCTS.find(({ identifiedBy }) => identifiedBy in body)?.product;
}
