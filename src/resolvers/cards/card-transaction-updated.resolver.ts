import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardTransaction } from '../../schema/cards/card-transaction.type';
import type { GraphQLContext } from '../../context';
import { cardTransactionMovedOn } from '../../domain/cards/progress';
import type { CardTransactionRecord } from '../../domain/cards/model';
import { updatedSubscription } from '../updated-subscription';

@Resolver(() => CardTransaction)
export class CardTransactionUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => CardTransaction, {
    description:
      'The card transaction as it is now, then again each time it changes (cancelled, charged back), as re-fetched from the provider. No message repeats or goes back to an older state.',
    subscribe: updatedSubscription({ type: 'CardTransaction', loader: (loaders) => loaders.cardTransaction, movedOn: cardTransactionMovedOn }),
  })
  cardTransactionUpdated(@Root() transaction: CardTransactionRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): CardTransactionRecord {
    return transaction;
  }
}
