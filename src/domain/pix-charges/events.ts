import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the Pix charges family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/pix-charges/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const PIX_CHARGE_EVENTS = {
  // Published by Astra PIX_QR_INBOUND confirmation, Pagstar charge watch.
  PIX_CHARGE_PAID: 'A Pix charge was paid (subject: the PixCharge).',
  // Published by Astra PIX_QR_INBOUND confirmation (refund deliveries).
  PIX_CHARGE_REFUNDED: 'A refund of a Pix charge completed (subject: the PixCharge, with its new amountRefunded).',
  // Published by Pagstar charge watch.
  PIX_CHARGE_EXPIRED: 'A Pix charge expired or was cancelled unpaid (subject: the PixCharge).',
} as const;

/** The typed way to name one of them in code. */
export const PixChargeEventType = eventTypeNames(PIX_CHARGE_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    pixCharges: typeof PIX_CHARGE_EVENTS;
  }
}
