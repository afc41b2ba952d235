import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { PaymentProvider } from '../enums';
import { DateScalar, DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { AutomaticPixPaymentStatus } from './enums';

@ObjectType({
  implements: [Node, PaymentObject],
  description:
    'One debit under an Automatic Pix authorization. Status changes are streamed by automaticPixPaymentUpdated. `authorization`, `remainingRetries` and `lastRetryDate` are resolved on demand.',
})
export class AutomaticPixPayment extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  // Named providerId in the schema: `paymentId` arguments take global ids (`id`).
  @Field({ name: 'providerId', description: "The provider's own id for the payment (use `id` everywhere Paygraph asks for one)." })
  paymentId!: string;

  @Field(() => AutomaticPixPaymentStatus)
  status!: AutomaticPixPaymentStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status value." })
  providerStatus!: string | null;

  @Field(() => Money)
  amount!: Money;

  @Field(() => DateScalar, { description: 'The original date of the debit, yyyy-MM-dd (Brasília); never changes.' })
  dueDate!: string;

  @Field(() => DateScalar, { description: 'The date of the current attempt, yyyy-MM-dd (Brasília); a retry moves it.' })
  scheduledDate!: string;

  @Field(() => Int, { description: 'Retries requested so far (at most 3).' })
  retryCount!: number;

  @Field(() => String, { nullable: true, description: 'Pix end-to-end id, once paid.' })
  endToEndId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (FAILED only).' })
  failureReason!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Your reference (Astra userReference).' })
  reference!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  paidAt!: Date | null;
}

export const { Edge: AutomaticPixPaymentEdge, Connection: AutomaticPixPaymentConnection } = connectionTypes('AutomaticPixPayment', AutomaticPixPayment);
