import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { PaymentProvider } from '../enums';
import { DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { RefundStatus } from './enums';

/**
 * What every refund has, whatever was refunded. Pix charges have `PixRefund`; card refunds and
 * cancellations implement it too when cards land, without renaming these fields.
 */
@InterfaceType({
  implements: [Node, PaymentObject],
  description:
    'A refund of all or part of a payment. `PixRefund` is a refund of a Pix charge; fetch the refunded object through the implementation (`... on PixRefund { charge { id } }`).',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Refund extends Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider processes this refund.' })
  provider!: PaymentProvider;

  @Field({ description: "Provider's id for the refund.", deprecationReason: 'Use providerId.' })
  refundId!: string;

  @Field({ description: "Provider's id for the refund (a card refund: the cancelled transaction's id)." })
  providerId!: string;

  @Field(() => RefundStatus, { description: 'Normalized status.' })
  status!: RefundStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status value." })
  providerStatus!: string | null;

  @Field(() => Money, { description: 'Amount refunded (or being refunded).' })
  amount!: Money;

  @Field(() => String, { nullable: true, description: 'Reason given when the refund was requested.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Pix end-to-end id of the refund itself, once completed (null for refunds that are not Pix transfers).' })
  endToEndId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was requested.' })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the money went back, once REFUNDED.' })
  refundedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it last changed; null: the provider does not say (see `refundedAt`).' })
  updatedAt!: Date | null;
}

@ObjectType({ implements: [Node, PaymentObject, Refund], description: 'A refund (Pix "devolução") of all or part of a paid Pix charge.' })
export class PixRefund extends Refund {
  @Field(() => String, { nullable: true, description: 'Why the refund FAILED, as the provider says; null otherwise.' })
  failureReason!: string | null;
}

// Named as before the interface existed (RefundEdge, RefundConnection): clients' fragments keep working.
export const { Edge: RefundEdge, Connection: RefundConnection } = connectionTypes('Refund', PixRefund);
