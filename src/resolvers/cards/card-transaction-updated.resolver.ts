import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardTransaction } from '../../schema/cards/card-transaction.type';
import type { GraphQLContext } from '../../context';
import { mapAsyncIterator } from '../../events/map-async-iterator';
import { decodeGlobalId } from '../../lib/global-id';
import { BadUserInputError } from '../../errors/domain-errors';
import { loaderKey } from '../../domain/loaders';
import { cardTransactionMovedOn } from '../../domain/cards/progress';
import type { CardTransactionRecord } from '../../domain/cards/model';
import { currentThenChanges } from '../current-then-changes';
import { requireRead } from '../require-read';

type Data<Args> = SubscribeResolverData<unknown, Args, GraphQLContext>;

@Resolver(() => CardTransaction)
export class CardTransactionUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => CardTransaction, {
    description:
      'The card transaction as it is now, then again each time it changes (cancelled, charged back), as re-fetched from the provider. No message repeats or goes back to an older state.',
    subscribe: ({ args, context }: Data<{ id: string }>) => {
      requireRead(context);
      const decoded = decodeGlobalId(args.id);
      if (!decoded || decoded.type !== 'CardTransaction') throw new BadUserInputError('id is not a CardTransaction id.', ['id']);
      // Subscribe before reading: a change published during the read is queued, not lost.
      const live = mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject as CardTransactionRecord);
      return context.loaders.cardTransaction.load(loaderKey(decoded.provider, decoded.providerId)).then(
        (current) => currentThenChanges(current, live, cardTransactionMovedOn, () => (context.loaders = context.services.createLoaders())),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
    },
  })
  cardTransactionUpdated(@Root() transaction: CardTransactionRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): CardTransactionRecord {
    return transaction;
  }
}
