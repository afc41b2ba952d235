import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { Money } from './money.type';
import { PaymentProvider, RefundStatus } from './enums';
import { DateTimeScalar } from './scalars';
import { connectionTypes } from './connection';

@ObjectType({ implements: Node, description: 'A refund (Pix "devolução") of all or part of a paid Pix charge.' })
export class Refund extends Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider processes this refund.' })
  provider!: PaymentProvider;

  @Field({ description: "Provider's id for the refund." })
  refundId!: string;

  @Field(() => RefundStatus, { description: 'Normalized status.' })
  status!: RefundStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status value." })
  providerStatus!: string | null;

  @Field(() => Money, { description: 'Amount refunded (or being refunded).' })
  amount!: Money;

  @Field(() => String, { nullable: true, description: 'Reason given when the refund was requested.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Pix end-to-end id of the refund itself, once completed.' })
  endToEndId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was requested.' })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the money went back, once REFUNDED.' })
  refundedAt!: Date | null;
}

export const { Edge: RefundEdge, Connection: RefundConnection } = connectionTypes('Refund', Refund);
