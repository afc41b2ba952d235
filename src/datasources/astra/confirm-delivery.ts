import type { PixChargeProvider } from '../../domain/provider';
import { PixChargeStatus, RefundStatus } from '../../domain/models';
import { ProviderNotFoundError } from '../../errors/domain-errors';
import { PaymentEventType } from '../../events/payment-event';
import type { ConfirmResult, ParsedDelivery, ProviderWebhookHandler } from '../../events/webhook-relay';
import { parseAstraDelivery, type AstraDelivery } from './inbound-webhooks';

const PAID_OR_LATER = new Set([PixChargeStatus.PAID, PixChargeStatus.PARTIALLY_REFUNDED, PixChargeStatus.REFUNDED]);
type Confirmable = Extract<AstraDelivery, { kind: 'pix-payment' | 'pix-refund' }>;

/** Astra's webhook handler for the relay: parse the flat payload, confirm it with a GET. */
export function astraWebhookHandler(pix: PixChargeProvider): ProviderWebhookHandler<Confirmable> {
  return {
    parse(body: unknown): ParsedDelivery<Confirmable> {
      const delivery = parseAstraDelivery(body);
      if (delivery.kind === 'invalid') return { ok: false, reason: delivery.reason };
      if (delivery.kind === 'unconfirmable') {
        return { ok: true, dedupKey: delivery.dedupKey, occurredAt: delivery.occurredAt, confirmable: false, product: delivery.product, delivery: undefined as never };
      }
      return { ok: true, dedupKey: delivery.dedupKey, occurredAt: delivery.occurredAt, confirmable: true, product: 'PIX_QR_INBOUND', delivery };
    },
    confirm: (delivery, eventId) => confirm(pix, delivery, eventId),
  };
}

async function confirm(pix: PixChargeProvider, delivery: Confirmable, eventId: string): Promise<ConfirmResult> {
  let charge;
  try {
    charge = await pix.getCharge(delivery.txid);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
  if (delivery.kind === 'pix-payment') {
    if (!PAID_OR_LATER.has(charge.status) || charge.endToEndId !== delivery.endToEndId) {
      return { outcome: 'suspicious', reason: `claims payment; provider reports ${charge.status}` };
    }
    return { outcome: 'confirmed', event: { id: eventId, type: PaymentEventType.PIX_CHARGE_PAID, provider: 'ASTRA', occurredAt: charge.paidAt ?? new Date(), subjectId: charge.id, subject: charge } };
  }
  const refunds = (await pix.refundsOfCharges([{ txid: charge.txid, createdAt: charge.createdAt }])).get(charge.txid) ?? [];
  const refund = refunds.find((r) => r.endToEndId === delivery.devolutionEndToEndId);
  if (!refund || refund.status !== RefundStatus.REFUNDED) {
    return { outcome: 'suspicious', reason: `claims refund; provider reports ${refund?.status ?? 'no such refund'}` };
  }
  return { outcome: 'confirmed', event: { id: eventId, type: PaymentEventType.PIX_CHARGE_REFUNDED, provider: 'ASTRA', occurredAt: refund.refundedAt ?? new Date(), subjectId: charge.id, subject: charge } };
}
