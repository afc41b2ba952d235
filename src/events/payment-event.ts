import type { ProviderCode } from '../providers';

/** Normalized event types (schema-sketch PaymentEventType). */
export enum PaymentEventType {
  PIX_CHARGE_PAID = 'PIX_CHARGE_PAID',
  PIX_CHARGE_REFUNDED = 'PIX_CHARGE_REFUNDED',
  PIX_CHARGE_EXPIRED = 'PIX_CHARGE_EXPIRED',
  PAYMENT_LINK_PAID = 'PAYMENT_LINK_PAID',
  PAYMENT_LINK_STATUS_CHANGED = 'PAYMENT_LINK_STATUS_CHANGED',
  PIX_PAYOUT_UPDATED = 'PIX_PAYOUT_UPDATED',
  AUTOMATIC_PIX_AUTHORIZATION_UPDATED = 'AUTOMATIC_PIX_AUTHORIZATION_UPDATED',
  AUTOMATIC_PIX_PAYMENT_UPDATED = 'AUTOMATIC_PIX_PAYMENT_UPDATED',
  CARD_PAYMENT_UPDATED = 'CARD_PAYMENT_UPDATED',
  CARD_CHARGEBACK = 'CARD_CHARGEBACK',
  CARD_RECURRING_CHARGED = 'CARD_RECURRING_CHARGED',
}

/** An event as published: confirmed with the provider, subject re-fetched. */
export interface NewPaymentEvent {
  /** Stable per provider event: every delivery (or poll) of the same event has the same id. */
  id: string;
  type: PaymentEventType;
  provider: ProviderCode;
  occurredAt: Date;
  /** Global id of the subject (filterable without loading it). */
  subjectId: string;
  /** The subject as re-fetched from the provider (a Node record). */
  subject: { __typename: string; id: string };
}

export interface PaymentEventRecord extends NewPaymentEvent {
  /** Resume point for `paymentEvents(after:)`; increases with every published event. */
  cursor: string;
}

export interface EventFilter {
  types?: PaymentEventType[] | null;
  provider?: ProviderCode | null;
  subjectId?: string | null;
}

export function matchesFilter(event: NewPaymentEvent, filter: EventFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (filter.provider && filter.provider !== event.provider) return false;
  if (filter.subjectId && filter.subjectId !== event.subjectId) return false;
  return true;
}
