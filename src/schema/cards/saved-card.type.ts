import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node.interface';
import { PaymentProvider } from '../enums';
import { DateTimeScalar } from '../scalars';
import { connectionTypes } from '../connection';
import { CardBrand } from './enums';

@ObjectType({ implements: Node, description: 'A card tokenized at the provider: its token and masked number. No CVV is ever kept.' })
export class SavedCard extends Node {
  @Field(() => ID, { description: 'Opaque global id; pass it as `savedCardId` to charge the card.' })
  declare id: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field({ description: "The provider's card token.", deprecationReason: 'Use providerId.' })
  token!: string;

  @Field(() => CardBrand)
  brand!: CardBrand;

  @Field({ description: 'First 6 + `******` + last 4 digits.' })
  maskedNumber!: string;

  @Field()
  holderName!: string;

  @Field(() => Int)
  expiryMonth!: number;

  @Field(() => Int)
  expiryYear!: number;

  @Field(() => String, { nullable: true, description: 'Your own reference (e.g. a customer id).' })
  reference!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  createdAt!: Date | null;
}

export const { Edge: SavedCardEdge, Connection: SavedCardConnection } = connectionTypes('SavedCard', SavedCard);
