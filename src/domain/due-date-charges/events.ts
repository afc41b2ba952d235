import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the due-date charges family publishes, with their descriptions in the GraphQL enum
 * PaymentEventType (`Family.eventTypes` in resolvers/due-date-charges/index.ts). Only what
 * something publishes.
 */
export const DUE_DATE_PIX_CHARGE_EVENTS = {
  // Published by the API Pix callback (`POST …/pix`) once the Pix and the cobv are read back from the PSP.
  DUE_DATE_PIX_CHARGE_PAID: 'A Pix charge with a due date was paid (subject: the DueDatePixCharge, with its payments: what was paid, fine and interest included).',
} as const;

/** The typed way to name one of them in code. */
export const DueDatePixChargeEventType = eventTypeNames(DUE_DATE_PIX_CHARGE_EVENTS);

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    dueDatePixCharges: typeof DUE_DATE_PIX_CHARGE_EVENTS;
  }
}
