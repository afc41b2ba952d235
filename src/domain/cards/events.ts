import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the cards family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/cards/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const CARD_EVENTS = {
  // Published by Astra CARD_PAYMENT_INBOUND confirmation.
  CARD_PAYMENT_UPDATED: 'A card transaction was approved or cancelled (subject: the CardTransaction).',
  // Published by Astra CARD_CHARGEBACK confirmation.
  CARD_CHARGEBACK: 'An approved card transaction was charged back by the cardholder (subject: the CardTransaction).',
} as const;

/** The typed way to name one of them in code. */
export const CardEventType = eventTypeNames(CARD_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    cards: typeof CARD_EVENTS;
  }
}
