import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { PaymentProvider } from '../enums';
import { DateScalar, DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { DebitAccountType, PixKeyType, PixPayoutBatchStatus, PixPayoutStatus } from './enums';

@ObjectType({ description: 'A Pix key: where a payout goes.' })
export class PixKey {
  @Field(() => PixKeyType)
  type!: PixKeyType;

  @Field({ description: 'The key, normalised (CPF/CNPJ digits only, e-mail lowercase).' })
  value!: string;
}

@ObjectType({ description: 'The account a batch is debited from.' })
export class DebitAccount {
  @Field() agency!: string;
  @Field() account!: string;
  @Field() accountDigit!: string;
  @Field(() => DebitAccountType) accountType!: DebitAccountType;
}

@ObjectType({
  implements: [Node, PaymentObject],
  description:
    'One outgoing Pix payment of a payout batch. A Node: `node(id:)` re-reads it from the provider, `batch` is the batch it belongs to, and PIX_PAYOUT_PAYMENT_UPDATED events have it as subject.',
})
export class PixPayout extends Node {
  @Field(() => ID, { description: 'Opaque global id (provider, batch and payment); `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider, { description: 'Which provider sends this payment.' })
  provider!: PaymentProvider;

  @Field(() => ID, { description: 'Your id for the payment, unique in its batch.' })
  paymentId!: string;

  @Field(() => PixKey, { nullable: true, description: 'Where it goes (null for a key type Paygraph does not know).' })
  pixKey!: PixKey | null;

  @Field(() => Money)
  amount!: Money;

  @Field()
  beneficiaryName!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Brasília date (YYYY-MM-DD) it is paid on; null: as soon as the batch is released.' })
  scheduledDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Your reference for the payment.' })
  reference!: string | null;

  @Field(() => PixPayoutStatus)
  status!: PixPayoutStatus;

  @Field({ description: "The provider's raw status value." })
  providerStatus!: string;

  @Field(() => String, { nullable: true, description: 'Pix end-to-end id, once paid.' })
  endToEndId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was paid or failed.' })
  processedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, when FAILED.' })
  failureReason!: string | null;
}

export const { Edge: PixPayoutEdge, Connection: PixPayoutConnection } = connectionTypes('PixPayout', PixPayout);

@ObjectType({
  implements: [Node, PaymentObject],
  description: 'A batch of up to 1,000 outgoing Pix payments from one account, released (or cancelled) together. `payments` pages over the provider.',
})
export class PixPayoutBatch extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field({ description: "Provider's id for the batch (Astra checkoutId), derived from your idempotencyKey.", deprecationReason: 'Use providerId.' })
  batchId!: string;

  @Field(() => PixPayoutBatchStatus)
  status!: PixPayoutBatchStatus;

  @Field(() => String, { nullable: true, description: "The provider's raw status value." })
  providerStatus!: string | null;

  @Field(() => DebitAccount, { nullable: true })
  debitAccount!: DebitAccount | null;

  @Field(() => Int, { description: 'Number of payments in the batch.' })
  paymentCount!: number;

  @Field(() => Money, { description: 'Sum of all payments.' })
  totalAmount!: Money;

  @Field(() => Int, { description: 'Payments paid so far (processed totals count PAID payments only).' })
  paidCount!: number;

  @Field(() => Money, { description: 'Sum of the payments paid so far.' })
  paidAmount!: Money;

  @Field(() => String, { nullable: true, description: 'Your reference for the batch.' })
  reference!: string | null;

  @Field(() => DateTimeScalar, { nullable: true }) createdAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) releasedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last payment became final.' }) completedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) cancelledAt!: Date | null;
}

export const { Edge: PixPayoutBatchEdge, Connection: PixPayoutBatchConnection } = connectionTypes('PixPayoutBatch', PixPayoutBatch);
