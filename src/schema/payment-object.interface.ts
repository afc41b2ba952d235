import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';
import { Node } from './node.interface';
import { Money } from './money.type';
import { PaymentProvider } from './enums';
import { DateTimeScalar } from './scalars';

/**
 * One status every client can read, whatever the object: each type keeps its own `status` enum
 * (finer, family-specific) and maps it onto these values in its `state` field. The smallest set
 * that says every family's statuses honestly; each type's `state` description lists its mapping.
 */
export enum PaymentState {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  SUCCEEDED = 'SUCCEEDED',
  PARTIALLY_SUCCEEDED = 'PARTIALLY_SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(PaymentState, {
  name: 'PaymentState',
  description:
    "The common state of a payment object, the same enum on every type (`PaymentObject.state`). Each type's own `status` says more; its `state` description lists how each status maps.",
  valuesConfig: {
    PENDING: { description: 'Created, waiting for the payer, the provider or a date: not final yet.' },
    ACTIVE: { description: 'In force and producing payments (an approved authorization, a running recurrence).' },
    SUCCEEDED: { description: 'Done: the money moved (paid, approved, refunded back, every payment made).' },
    PARTIALLY_SUCCEEDED: { description: 'Final, with part of it done and part failed (a payout batch where some payments failed).' },
    FAILED: { description: 'Did not happen: declined, rejected or failed at the provider.' },
    CANCELLED: { description: 'Stopped by the merchant, the payer or the provider before money moved.' },
    EXPIRED: { description: 'Not completed in time.' },
    REFUNDED: { description: 'The money went back to the payer in full (refund, card cancellation or chargeback).' },
    PARTIALLY_REFUNDED: { description: 'Succeeded, and part of the money went back to the payer.' },
    UNKNOWN: { description: "The provider reported a status Paygraph does not know; see the type's `providerStatus`." },
  },
});

/**
 * What every payment object has, under one name each, so a generic client (a `paymentEvents`
 * feed) reads any subject with one fragment and no aliases. Each implementing type supplies these
 * fields with its own description (src/resolvers/payment-object-fields.ts).
 */
@InterfaceType({
  implements: Node,
  description:
    'A payment object: a charge, refund, link, payout batch, authorization, debit, card transaction or recurrence. Every `paymentEvents` subject is one, so `subject { ... on PaymentObject { id provider providerId state amount { amount currency } createdAt } }` reads any of them. Each type keeps its own `status`; `state` is the common one.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class PaymentObject extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider holds this object.' })
  provider!: PaymentProvider;

  @Field({ description: "The provider's own id of this object (not a global id: use `id` wherever Paygraph asks for one)." })
  providerId!: string;

  @Field(() => PaymentState, { description: "Common state, the same enum on every type; the type's own `status` says more." })
  state!: PaymentState;

  @Field(() => Money, { nullable: true, description: 'The amount of this object; null when it has none (an authorization without a fixed amount).' })
  amount!: Money | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was created; null when the provider does not say.' })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last changed; null when the provider does not say.' })
  updatedAt!: Date | null;
}
