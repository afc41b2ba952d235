import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the card recurrences family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/card-recurrences/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const CARD_RECURRENCE_EVENTS = {
  // Published by Astra CARD_RECURRING_INBOUND confirmation.
  CARD_RECURRING_CHARGED:
    'A planned charge of a card recurrence became final: paid, or failed after its last attempt (subject: the CardRecurrence, re-read from the provider; `latestAttempt` is the attempt that decided it). One event per charge.',
  // Published by Astra CARD_RECURRING_INBOUND confirmation and by the recurrence watch (resolvers/card-recurrences/watch.ts).
  CARD_RECURRENCE_ATTEMPT:
    "A card recurrence tried to charge the card, paid or declined (subject: the CardRecurrence, re-read from the provider; `latestAttempt` says which schedule, which attempt and its outcome). One event per attempt. Astra sends a webhook only when a schedule becomes final (CARD_RECURRING_INBOUND): then every attempt of that schedule is published. A declined attempt that will be retried is published when it happens only while someone subscribes to cardRecurrenceUpdated (the recurrence is then polled); otherwise with its schedule's final webhook.",
} as const;

/** The typed way to name one of them in code. */
export const CardRecurrenceEventType = eventTypeNames(CARD_RECURRENCE_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    cardRecurrences: typeof CARD_RECURRENCE_EVENTS;
  }
}
