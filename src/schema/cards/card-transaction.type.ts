import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentObject } from '../payment-object.interface';
import { Money } from '../money.type';
import { PaymentProvider } from '../enums';
import { DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { CardBrand, CardTransactionStatus } from './enums';

@ObjectType({
  implements: [Node, PaymentObject],
  description: 'A credit card charge (approved, declined, cancelled or charged back). Shows at most the first 6 and last 4 digits of the card.',
})
export class CardTransaction extends Node {
  @Field(() => ID, { description: 'Opaque global id; `node(id:)` fetches the current state from the provider.' })
  declare id: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field({ description: "Provider's id for the transaction.", deprecationReason: 'Use providerId.' })
  transactionId!: string;

  @Field(() => CardTransactionStatus)
  status!: CardTransactionStatus;

  @Field({ description: "The provider's raw status value." })
  providerStatus!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Int, { description: 'Number of installments (1 = paid at once).' })
  installments!: number;

  @Field(() => CardBrand)
  brand!: CardBrand;

  @Field({ description: 'First 6 + `******` + last 4 digits, e.g. `411111******1111`.' })
  maskedNumber!: string;

  @Field(() => String, { nullable: true, description: 'Name printed on the card.' })
  holderName!: string | null;

  @Field(() => String, { nullable: true, description: 'Issuer authorization code; null when declined.' })
  authorizationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'NSU (unique sequential number) of the transaction.' })
  nsu!: string | null;

  @Field(() => String, { nullable: true, description: 'Acquirer return code (`00` approved, `05` not authorized…).' })
  returnCode!: string | null;

  @Field(() => String, { nullable: true })
  returnMessage!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Your own reference (Astra userReference).' })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: 'Token of the saved card charged, if any.' })
  savedCardToken!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the amount was captured (Astra captures on approval).' })
  capturedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  cancelledAt!: Date | null;
}

export const { Edge: CardTransactionEdge, Connection: CardTransactionConnection } = connectionTypes('CardTransaction', CardTransaction);
