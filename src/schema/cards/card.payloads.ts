import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../user-error.type';
import { CardTransaction } from './card-transaction.type';
import { SavedCard } from './saved-card.type';
import { CardRefund } from './card-refund.type';

@ObjectType({ description: 'Result of a card charge. A decline is data: `cardTransaction` has status DECLINED and `userErrors` one DECLINED error with the return code.' })
export class ChargeCardPayload {
  @Field(() => CardTransaction, { nullable: true })
  cardTransaction!: CardTransaction | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CancelCardTransactionPayload {
  @Field(() => CardTransaction, { nullable: true, description: 'The transaction, now CANCELLED.' })
  cardTransaction!: CardTransaction | null;

  @Field(() => CardRefund, { nullable: true, description: 'The card refund the cancellation made (the shared Refund shape).' })
  refund!: CardRefund | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SaveCardPayload {
  @Field(() => SavedCard, { nullable: true })
  savedCard!: SavedCard | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteSavedCardPayload {
  @Field(() => SavedCard, { nullable: true, description: 'The card as it was before deletion.' })
  savedCard!: SavedCard | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
