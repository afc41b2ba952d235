import { PaymentLinkStatus, type PaymentLinkRecord } from '../../../domain/payment-links/model';
import { PAYMENT_LINKS, type PaymentLinkPort } from '../../../domain/payment-links/port';
import { ProviderNotFoundError } from '../../../errors/domain-errors';
import { PaymentLinkEventType } from '../../../domain/payment-links/events';
import type { PaymentEventType } from '../../../events/payment-event';
import type { ConfirmResult } from '../../../events/webhook-relay';
import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { systemClock, type Clock } from '../../../lib/clock';
import { instantOf, isShortText } from '../webhook-fields';
import type { AstraWebhookProduct } from '../webhook-product';

export interface PaymentLinkDelivery {
  paymentLinkUuid: string;
  paymentId: string | null;
  /** The status code a status-update event claims (ASM-A14); null on payment events. */
  statusCode: number | null;
}

/** What the payment links family receives from Astra (webhook-deliveries.ts lists it). */
export const PAYMENT_LINK_WEBHOOKS: readonly AstraWebhookProduct[] = [
  { product: 'PAYMENT_LINK_INBOUND', identifiedBy: 'paymentLinkUuid', create: (port) => paymentLinkInbound(port(PAYMENT_LINKS)) },
];

/**
 * PAYMENT_LINK_INBOUND (ASM-A11, ASM-A14): a link paid (has `paymentId`), or its status
 * changed (has `status`). Confirmed by re-reading the link: only what Astra itself reports is
 * published, so a forged or stale delivery publishes nothing.
 */
export function paymentLinkInbound(links?: PaymentLinkPort, clock: Clock = systemClock): WebhookProduct<PaymentLinkDelivery> {
  if (!links) return { product: 'PAYMENT_LINK_INBOUND', parse: parsePaymentLinkInbound };
  return { product: 'PAYMENT_LINK_INBOUND', parse: parsePaymentLinkInbound, confirm: (delivery, eventId) => confirm(links, clock, delivery, eventId) };
}

export function parsePaymentLinkInbound(b: WebhookBody): ProductParse<PaymentLinkDelivery> {
  if (!isShortText(b.paymentLinkUuid)) return { ok: false, reason: 'paymentLinkUuid missing' };
  const paymentLinkUuid = b.paymentLinkUuid as string;
  const paymentId = isShortText(b.paymentId) ? (b.paymentId as string) : null;
  const code = (b.status as { code?: unknown } | undefined)?.code;
  const statusCode = typeof code === 'number' && Number.isSafeInteger(code) ? code : null;
  if (!paymentId && statusCode === null) return { ok: false, reason: 'neither paymentId nor status.code' };
  const dedupKey = paymentId ? `link:${paymentId}` : `link:${paymentLinkUuid}:${statusCode}`;
  return { ok: true, dedupKey, occurredAt: instantOf(b.paymentDate ?? b.updatedAt), delivery: { paymentLinkUuid, paymentId, statusCode } };
}

async function confirm(links: PaymentLinkPort, clock: Clock, delivery: PaymentLinkDelivery, eventId: string): Promise<ConfirmResult> {
  let link: PaymentLinkRecord;
  try {
    link = await links.getLink(delivery.paymentLinkUuid);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
  if (delivery.paymentId) {
    if (link.status !== PaymentLinkStatus.PAID || link.payment?.paymentId !== delivery.paymentId) {
      return { outcome: 'suspicious', reason: `claims payment; provider reports ${link.status}` };
    }
    return event(eventId, PaymentLinkEventType.PAYMENT_LINK_PAID, link, link.payment.paidAt ?? clock.now());
  }
  // A status update must match what Astra reports now, and is never about the CREATED → PAID move (ASM-A14).
  const reportedCode = Number(link.providerStatus?.split(':')[0]);
  if (link.status === PaymentLinkStatus.CREATED || link.status === PaymentLinkStatus.PAID || reportedCode !== delivery.statusCode) {
    return { outcome: 'suspicious', reason: `claims status ${delivery.statusCode}; provider reports ${link.providerStatus}` };
  }
  return event(eventId, PaymentLinkEventType.PAYMENT_LINK_STATUS_CHANGED, link, clock.now());
}

function event(id: string, type: PaymentEventType, link: PaymentLinkRecord, occurredAt: Date): ConfirmResult {
  return { outcome: 'confirmed', event: { id, type, provider: 'ASTRA', occurredAt, subjectId: link.id, subject: link } };
}
