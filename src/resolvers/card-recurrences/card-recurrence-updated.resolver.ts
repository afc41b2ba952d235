import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardRecurrence } from '../../schema/card-recurrences/card-recurrence.type';
import type { GraphQLContext } from '../../context';
import { mapAsyncIterator } from '../../events/map-async-iterator';
import { decodeGlobalId } from '../../lib/global-id';
import { BadUserInputError } from '../../errors/domain-errors';
import { loaderKey } from '../../domain/loaders';
import { cardRecurrenceMovedOn } from '../../domain/card-recurrences/progress';
import type { CardRecurrenceRecord } from '../../domain/card-recurrences/model';
import { currentThenChanges } from '../current-then-changes';
import { requireRead } from '../require-read';

type Data<Args> = SubscribeResolverData<unknown, Args, GraphQLContext>;

@Resolver(() => CardRecurrence)
export class CardRecurrenceUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => CardRecurrence, {
    description:
      'The recurrence as it is now, then again after each charge that became final (paid or failed; executedCharges counts them) and when it completes, as re-fetched from the provider after its CARD_RECURRING_INBOUND webhook. No message repeats or goes back to an older state.',
    subscribe: ({ args, context }: Data<{ id: string }>) => {
      requireRead(context);
      const decoded = decodeGlobalId(args.id);
      if (!decoded || decoded.type !== 'CardRecurrence') throw new BadUserInputError('id is not a CardRecurrence id.', ['id']);
      // Subscribe before reading: a change published during the read is queued, not lost.
      const live = mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject as CardRecurrenceRecord);
      return context.loaders.cardRecurrence.load(loaderKey(decoded.provider, decoded.providerId)).then(
        (current) => currentThenChanges(current, live, cardRecurrenceMovedOn, () => (context.loaders = context.services.createLoaders())),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
    },
  })
  cardRecurrenceUpdated(@Root() recurrence: CardRecurrenceRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): CardRecurrenceRecord {
    return recurrence;
  }
}
