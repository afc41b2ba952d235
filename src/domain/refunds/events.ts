import { eventTypeNames } from '../../events/payment-event';
import type { PixRefundRecord } from './model';

/**
 * The events the refunds family publishes, with their descriptions in the GraphQL enum PaymentEventType
 * (`Family.eventTypes` in resolvers/refunds/index.ts puts them there). Only what something
 * publishes is listed: a client must not be able to wait on an event that never comes. A refund
 * that completes is PIX_CHARGE_REFUNDED (subject: the charge), from the Pix charges family.
 */
export const REFUND_EVENTS = {
  // Published by the refund watch (resolvers/refunds/watch.ts): Astra sends no webhook for a failed refund (ASM-A12).
  REFUND_FAILED:
    'A refund ended FAILED: the money was not returned and the charge keeps its amount (subject: the Refund, re-read from the provider; on PixRefund, `failureReason` says why). Astra sends no webhook for this (ASM-A12): Paygraph watches each refund refundPixCharge requests, reading it until it is final (for at most an hour), and publishes this when it reads FAILED. Card refunds never fail (a card refund is a cancellation).',
} as const;

/** The typed way to name one of them in code. */
export const RefundEventType = eventTypeNames(REFUND_EVENTS);

/** One refund's failure: every instance and every repeat of the watch publish it under one id. */
export function refundFailedKey(refund: PixRefundRecord): string {
  return `${refund.provider}:Refund:${refund.refundId}:FAILED`;
}

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    refunds: typeof REFUND_EVENTS;
  }
}
