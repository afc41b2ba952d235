import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardRecurrence } from '../../schema/card-recurrences/card-recurrence.type';
import type { GraphQLContext } from '../../context';
import { cardRecurrenceMovedOn } from '../../domain/card-recurrences/progress';
import type { CardRecurrenceRecord } from '../../domain/card-recurrences/model';
import { updatedSubscription } from '../updated-subscription';

@Resolver(() => CardRecurrence)
export class CardRecurrenceUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => CardRecurrence, {
    description:
      'The recurrence as it is now, then again after each charge that became final (paid or failed; executedCharges counts them) and when it completes, as re-fetched from the provider after its CARD_RECURRING_INBOUND webhook. No message repeats or goes back to an older state.',
    subscribe: updatedSubscription({ type: 'CardRecurrence', loader: (loaders) => loaders.cardRecurrence, movedOn: cardRecurrenceMovedOn }),
  })
  cardRecurrenceUpdated(@Root() recurrence: CardRecurrenceRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): CardRecurrenceRecord {
    return recurrence;
  }
}
