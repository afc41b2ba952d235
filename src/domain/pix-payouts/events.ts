import { eventTypeNames } from '../../events/payment-event';
import type { PixPayoutBatchRecord, PixPayoutRecord } from './model';

/**
 * The events the Pix payouts family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/pix-payouts/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const PIX_PAYOUT_EVENTS = {
  // Published by createPixPayoutBatch / releasePixPayoutBatch / cancelPixPayoutBatch (resolvers) and by Astra PIX_OUTBOUND confirmation.
  PIX_PAYOUT_UPDATED:
    'A Pix payout batch reached a new step (subject: the PixPayoutBatch, as the provider answered or re-read). Published once per step: created (createPixPayoutBatch), released (releasePixPayoutBatch), cancelled (cancelPixPayoutBatch), and after each confirmed PIX_OUTBOUND delivery whose re-read batch shows a new status or paidCount (payments paid, completed, partially completed, failed). Payments the provider settles together show as one step.',
  // Published by Astra PIX_OUTBOUND confirmation.
  PIX_PAYOUT_PAYMENT_UPDATED:
    'One payment of a Pix payout batch was paid or failed (subject: that PixPayout, re-read from the provider; `batch` is its batch). One event per payment, after its PIX_OUTBOUND delivery is confirmed.',
} as const;

/** The typed way to name one of them in code. */
export const PixPayoutEventType = eventTypeNames(PIX_PAYOUT_EVENTS);

/**
 * What makes a batch step one step: its status and paid count. Events about the same step (two
 * deliveries that re-read the same batch, a mutation and a delivery) share this key, hence one event id.
 */
export function batchStepKey(batch: PixPayoutBatchRecord): string {
  return `${batch.provider}:PixPayoutBatch:${batch.batchId}:${batch.providerStatus ?? batch.status}:${batch.paidCount}`;
}

/** One payment's final state: a duplicate delivery of it shares the key. */
export function payoutStepKey(payout: PixPayoutRecord): string {
  return `${payout.provider}:PixPayout:${payout.id}:${payout.providerStatus}`;
}

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    pixPayouts: typeof PIX_PAYOUT_EVENTS;
  }
}
