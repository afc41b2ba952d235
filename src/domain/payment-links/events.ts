import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the payment links family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/payment-links/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const PAYMENT_LINK_EVENTS = {
  // Published by Astra PAYMENT_LINK_INBOUND confirmation.
  PAYMENT_LINK_PAID: 'A payment link was paid by Pix or card (subject: the PaymentLink, with its payment).',
  // Published by Astra PAYMENT_LINK_INBOUND confirmation.
  PAYMENT_LINK_STATUS_CHANGED: 'A payment link expired or was cancelled (subject: the PaymentLink).',
} as const;

/** The typed way to name one of them in code. */
export const PaymentLinkEventType = eventTypeNames(PAYMENT_LINK_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    paymentLinks: typeof PAYMENT_LINK_EVENTS;
  }
}
