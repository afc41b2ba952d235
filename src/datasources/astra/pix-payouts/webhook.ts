import { PixPayoutBatchStatus, PixPayoutStatus, type PixPayoutBatchRecord } from '../../../domain/pix-payouts/model';
import { PIX_PAYOUTS, type PixPayoutPort } from '../../../domain/pix-payouts/port';
import { ProviderNotFoundError } from '../../../errors/domain-errors';
import { batchStepKey, PixPayoutEventType } from '../../../domain/pix-payouts/events';
import { systemClock, type Clock } from '../../../lib/clock';
import { eventIdFor, type ConfirmResult } from '../../../events/webhook-relay';
import type { ProductParse, WebhookBody, WebhookProduct } from '../../../events/webhook-products';
import { instantOf, isShortText } from '../webhook-fields';
import type { AstraWebhookProduct } from '../webhook-product';
import { FreshReads } from './fresh-reads';
import { PaymentScans } from './payment-scans';

export interface PixPayoutDelivery {
  checkoutId: string;
  paymentId: string;
  status: string;
}

/** What a delivery may claim (ASM-A15: one event per payment reaching PAID or FAILED). */
const FINAL: Record<string, PixPayoutStatus> = { PAID: PixPayoutStatus.PAID, FAILED: PixPayoutStatus.FAILED };
const NOT_RELEASED = new Set([PixPayoutBatchStatus.CREATED, PixPayoutBatchStatus.CANCELLED]);

/** What the Pix payouts family receives from Astra (webhook-deliveries.ts lists it). */
export const PIX_PAYOUT_WEBHOOKS: readonly AstraWebhookProduct[] = [{ product: 'PIX_OUTBOUND', identifiedBy: 'checkoutId', create: (port) => pixOutbound(port(PIX_PAYOUTS)) }];

/**
 * PIX_OUTBOUND (ASM-A15): one payment of a payout batch paid or failed. Confirmed by
 * re-reading the batch and finding the payment in the claimed status (ASM-A32). Publishes
 * PIX_PAYOUT_PAYMENT_UPDATED about that payment (id from the delivery), then PIX_PAYOUT_UPDATED
 * about the re-read batch with an id derived from its step (status + paid count), so deliveries
 * that see the same batch state publish that step once. A delivery about an unknown batch or
 * payment, or claiming a status Astra does not report, publishes nothing.
 */
export function pixOutbound(payouts?: PixPayoutPort, clock: Clock = systemClock): WebhookProduct<PixPayoutDelivery> {
  if (!payouts) return { product: 'PIX_OUTBOUND', parse: parsePixOutbound };
  const batches = new FreshReads((batchId) => payouts.getBatch(batchId));
  const scans = new PaymentScans(payouts);
  return { product: 'PIX_OUTBOUND', parse: parsePixOutbound, confirm: (delivery, eventId) => confirm({ batches, scans, clock }, delivery, eventId) };
}

export function parsePixOutbound(b: WebhookBody): ProductParse<PixPayoutDelivery> {
  if (!isShortText(b.checkoutId) || !isShortText(b.paymentId) || !isShortText(b.status)) return { ok: false, reason: 'checkoutId, paymentId and status are required' };
  const delivery = { checkoutId: b.checkoutId as string, paymentId: b.paymentId as string, status: b.status as string };
  return { ok: true, dedupKey: `outbound:${delivery.checkoutId}:${delivery.paymentId}:${delivery.status}`, occurredAt: instantOf(b.processedAt), delivery };
}

interface Confirmer {
  batches: FreshReads<PixPayoutBatchRecord>;
  scans: PaymentScans;
  /** When the payment was processed if Astra's record does not say. */
  clock: Clock;
}

async function confirm({ batches, scans, clock }: Confirmer, delivery: PixPayoutDelivery, eventId: string): Promise<ConfirmResult> {
  const claimed = FINAL[delivery.status] as PixPayoutStatus | undefined;
  if (!claimed) return { outcome: 'suspicious', reason: `claims payout status ${delivery.status.slice(0, 20)}` };
  let batch;
  try {
    batch = await batches.get(delivery.checkoutId);
  } catch (error) {
    if (error instanceof ProviderNotFoundError) return { outcome: 'unknown-subject' };
    throw error;
  }
  if (NOT_RELEASED.has(batch.status)) return { outcome: 'suspicious', reason: `claims a processed payment; batch is ${batch.status}` };
  const payment = await scans.find(delivery.checkoutId, delivery.paymentId, claimed);
  if (!payment) return { outcome: 'suspicious', reason: `claims payment ${claimed}; provider does not list it so` };
  const occurredAt = payment.processedAt ?? clock.now();
  return {
    outcome: 'confirmed',
    event: { id: eventId, type: PixPayoutEventType.PIX_PAYOUT_PAYMENT_UPDATED, provider: 'ASTRA', occurredAt, subjectId: payment.id, subject: payment },
    also: [
      {
        id: eventIdFor(batchStepKey(batch)),
        type: PixPayoutEventType.PIX_PAYOUT_UPDATED,
        provider: 'ASTRA',
        occurredAt: batch.completedAt ?? occurredAt,
        subjectId: batch.id,
        subject: batch,
      },
    ],
  };
}
