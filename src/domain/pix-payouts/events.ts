import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the Pix payouts family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/pix-payouts/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const PIX_PAYOUT_EVENTS = {
  // Published by Astra PIX_OUTBOUND confirmation.
  PIX_PAYOUT_UPDATED: 'A payment of a Pix payout batch was paid or failed (subject: the PixPayoutBatch, re-read from the provider). One event per payment.',
} as const;

/** The typed way to name one of them in code. */
export const PixPayoutEventType = eventTypeNames(PIX_PAYOUT_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    pixPayouts: typeof PIX_PAYOUT_EVENTS;
  }
}
