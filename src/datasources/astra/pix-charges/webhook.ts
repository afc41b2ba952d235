import { PixChargeStatus } from '../../../domain/pix-charges/model';
import { PIX_CHARGES, type PixChargePort } from '../../../domain/pix-charges/port';
import { RefundStatus } from '../../../domain/refunds/model';
import { PIX_REFUNDS, type PixRefundPort } from '../../../domain/refunds/port';
import { ProviderNotFoundError } from '../../../errors/domain-errors';
import { PixChargeEventType } from '../../../domain/pix-charges/events';
import type { ConfirmResult } from '../../../events/webhook-relay';
import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { systemClock, type Clock } from '../../../lib/clock';
import { reaisToCents } from '../../../lib/money';
import { instantOf, isShortText } from '../webhook-fields';
import type { AstraWebhookProduct } from '../webhook-product';

/** A PIX_QR_INBOUND delivery (ASM-A11…A16, docs/providers.md): a charge paid, or one of its refunds completed. */
export type PixQrDelivery = { kind: 'pix-payment'; txid: string; endToEndId: string } | { kind: 'pix-refund'; txid: string; endToEndId: string; devolutionEndToEndId: string };

const PAID_OR_LATER = new Set([PixChargeStatus.PAID, PixChargeStatus.PARTIALLY_REFUNDED, PixChargeStatus.REFUNDED]);

/** What the Pix charges family receives from Astra (webhook-deliveries.ts lists it). */
export const PIX_CHARGE_WEBHOOKS: readonly AstraWebhookProduct[] = [
  { product: 'PIX_QR_INBOUND', identifiedBy: 'txid', create: (port) => pixQrInbound(port(PIX_CHARGES), port(PIX_REFUNDS)) },
];

/** Astra's Pix charge deliveries, confirmed by re-reading the charge (and its refunds) from Astra. */
export function pixQrInbound(charges?: PixChargePort, refunds?: PixRefundPort, clock: Clock = systemClock): WebhookProduct<PixQrDelivery> {
  if (!charges || !refunds) return { product: 'PIX_QR_INBOUND', parse: parsePixQrInbound };
  return { product: 'PIX_QR_INBOUND', parse: parsePixQrInbound, confirm: (delivery, eventId) => confirm({ charges, refunds, clock }, delivery, eventId) };
}

export function parsePixQrInbound(b: WebhookBody): ProductParse<PixQrDelivery> {
  if (!isShortText(b.txid) || !isShortText(b.endToEndId) || !isShortText(b.type)) return invalid('txid, endToEndId and type are required');
  if (typeof b.amount !== 'number' || !validAmount(b.amount)) return invalid('amount must be a number in reais');
  const occurredAt = instantOf(b.paymentDate);
  const txid = b.txid as string;
  const endToEndId = b.endToEndId as string;
  if (b.type === 'PAYMENT') return { ok: true, dedupKey: `pix:PAYMENT:${endToEndId}`, occurredAt, delivery: { kind: 'pix-payment', txid, endToEndId } };
  if (b.type === 'REFUND') {
    if (!isShortText(b.devolutionEndToEndId)) return invalid('devolutionEndToEndId is required on refund events');
    const devolutionEndToEndId = b.devolutionEndToEndId as string;
    return { ok: true, dedupKey: `pix:REFUND:${endToEndId}:${devolutionEndToEndId}`, occurredAt, delivery: { kind: 'pix-refund', txid, endToEndId, devolutionEndToEndId } };
  }
  return invalid(`unknown PIX_QR_INBOUND type ${String(b.type).slice(0, 20)}`);
}

interface ConfirmDeps {
  charges: PixChargePort;
  refunds: PixRefundPort;
  /** The event instant when the provider gives none. */
  clock: Clock;
}

async function confirm({ charges, refunds, clock }: ConfirmDeps, delivery: PixQrDelivery, eventId: string): Promise<ConfirmResult> {
  let charge;
  try {
    charge = await charges.getCharge(delivery.txid);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
  if (delivery.kind === 'pix-payment') {
    if (!PAID_OR_LATER.has(charge.status) || charge.endToEndId !== delivery.endToEndId) {
      return { outcome: 'suspicious', reason: `claims payment; provider reports ${charge.status}` };
    }
    return {
      outcome: 'confirmed',
      event: { id: eventId, type: PixChargeEventType.PIX_CHARGE_PAID, provider: 'ASTRA', occurredAt: charge.paidAt ?? clock.now(), subjectId: charge.id, subject: charge },
    };
  }
  const ofCharge = (await refunds.refundsOfCharges([{ txid: charge.txid, createdAt: charge.createdAt }])).get(charge.txid) ?? [];
  const refund = ofCharge.find((r) => r.endToEndId === delivery.devolutionEndToEndId);
  if (!refund || refund.status !== RefundStatus.REFUNDED) {
    return { outcome: 'suspicious', reason: `claims refund; provider reports ${refund?.status ?? 'no such refund'}` };
  }
  return {
    outcome: 'confirmed',
    event: { id: eventId, type: PixChargeEventType.PIX_CHARGE_REFUNDED, provider: 'ASTRA', occurredAt: refund.refundedAt ?? clock.now(), subjectId: charge.id, subject: charge },
  };
}

function validAmount(value: number): boolean {
  try {
    reaisToCents(value);
    return value > 0;
  } catch {
    return false;
  }
}

function invalid(reason: string): ProductParse<never> {
  return { ok: false, reason };
}
