import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { instantOf, isShortText } from '../webhook-fields';

export interface PaymentLinkDelivery {
  paymentLinkUuid: string;
  paymentId: string | null;
}

/**
 * PAYMENT_LINK_INBOUND (§2.3, ASM-A11): a link paid, or its status changed. No `confirm` yet: the
 * payment-links family adds it (re-read the link) when it lands; until then deliveries are
 * acknowledged and logged, never published.
 */
export const paymentLinkInbound: WebhookProduct<PaymentLinkDelivery> = {
  product: 'PAYMENT_LINK_INBOUND',
  parse(b: WebhookBody): ProductParse<PaymentLinkDelivery> {
    if (!isShortText(b.paymentLinkUuid)) return { ok: false, reason: 'paymentLinkUuid missing' };
    const paymentLinkUuid = b.paymentLinkUuid as string;
    const paymentId = isShortText(b.paymentId) ? (b.paymentId as string) : null;
    const statusCode = (b.status as { code?: unknown } | undefined)?.code;
    const dedupKey = paymentId ? `link:${paymentId}` : `link:${paymentLinkUuid}:${typeof statusCode === 'number' || typeof statusCode === 'string' ? statusCode : ''}`;
    return { ok: true, dedupKey, occurredAt: instantOf(b.paymentDate ?? b.updatedAt), delivery: { paymentLinkUuid, paymentId } };
  },
};
