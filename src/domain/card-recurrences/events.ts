import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the card recurrences family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/card-recurrences/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const CARD_RECURRENCE_EVENTS = {
  // Published by Astra CARD_RECURRING_INBOUND confirmation.
  CARD_RECURRING_CHARGED:
    'A planned charge of a card recurrence became final: paid, or failed after its last attempt (subject: the CardRecurrence, re-read from the provider; its schedules say which). One event per charge.',
} as const;

/** The typed way to name one of them in code. */
export const CardRecurrenceEventType = eventTypeNames(CARD_RECURRENCE_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    cardRecurrences: typeof CARD_RECURRENCE_EVENTS;
  }
}
