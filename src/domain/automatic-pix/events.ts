import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the Automatic Pix family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/automatic-pix/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes.
 */
export const AUTOMATIC_PIX_EVENTS = {
  // Published by the Automatic Pix poller (watch.ts).
  AUTOMATIC_PIX_AUTHORIZATION_UPDATED:
    'An Automatic Pix authorization was seen in a new status (subject: the AutomaticPixAuthorization). Astra sends no webhook for it: Paygraph polls each authorization it created or read while it is not final (for 7 days after its last change), with or without a subscriber.',
  // Published by the Automatic Pix poller (watch.ts).
  AUTOMATIC_PIX_PAYMENT_UPDATED:
    'An Automatic Pix payment was seen in a new status or attempt (subject: the AutomaticPixPayment). Paygraph polls each payment it created, retried or read while it is not final (until the day after its last possible retry date), with or without a subscriber.',
} as const;

/** The typed way to name one of them in code. */
export const AutomaticPixEventType = eventTypeNames(AUTOMATIC_PIX_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    automaticPix: typeof AUTOMATIC_PIX_EVENTS;
  }
}
