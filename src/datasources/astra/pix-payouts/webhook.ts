import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { instantOf, isShortText } from '../webhook-fields';

export interface PixPayoutDelivery {
  checkoutId: string;
  paymentId: string;
  status: string;
}

/**
 * PIX_OUTBOUND (§2.3, ASM-A11): one payment of a payout batch paid or failed. No `confirm` yet:
 * the payouts family adds it (re-read the batch payment) when it lands.
 */
export const pixOutbound: WebhookProduct<PixPayoutDelivery> = {
  product: 'PIX_OUTBOUND',
  parse(b: WebhookBody): ProductParse<PixPayoutDelivery> {
    if (!isShortText(b.checkoutId) || !isShortText(b.paymentId) || !isShortText(b.status)) return { ok: false, reason: 'checkoutId, paymentId and status are required' };
    const delivery = { checkoutId: b.checkoutId as string, paymentId: b.paymentId as string, status: b.status as string };
    return { ok: true, dedupKey: `outbound:${delivery.checkoutId}:${delivery.paymentId}:${delivery.status}`, occurredAt: instantOf(b.processedAt), delivery };
  },
};
