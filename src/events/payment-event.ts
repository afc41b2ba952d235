import type { ProviderCode } from '../providers';

/**
 * Every family's event types, by family: each adds its own by declaration merging, in its own
 * `domain/<family>/events.ts` next to their GraphQL descriptions, so adding a family never edits
 * this file:
 *
 *   declare module '../../events/payment-event' { interface PaymentEventTypes { paymentLinks: typeof PAYMENT_LINK_EVENTS } }
 *
 * The GraphQL enum `PaymentEventType` is assembled from the same declarations (`Family.eventTypes`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each family (see above)
export interface PaymentEventTypes {}

/** An event type some family publishes (`PIX_CHARGE_PAID`…). */
export type PaymentEventType = { [F in keyof PaymentEventTypes]: keyof PaymentEventTypes[F] & string }[keyof PaymentEventTypes];

/** A family's event types: each name and its GraphQL description (what happened, what the subject is). */
export type EventTypeDescriptions<K extends string = string> = Readonly<Record<K, string>>;

/**
 * `{ PIX_CHARGE_PAID: 'PIX_CHARGE_PAID', … }` from a family's descriptions: the typed way to name
 * one of its event types in code (`PixChargeEventType.PIX_CHARGE_PAID`).
 */
export function eventTypeNames<K extends string>(descriptions: EventTypeDescriptions<K>): { readonly [T in K]: T } {
  return Object.freeze(Object.fromEntries(Object.keys(descriptions).map((name) => [name, name]))) as { readonly [T in K]: T };
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
