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
      'The recurrence as it is now, then again after each charge attempt, paid or declined (`latestAttempt` says which: CARD_RECURRENCE_ATTEMPT), after each charge that became final (executedCharges counts them: CARD_RECURRING_CHARGED) and when it completes or is cancelled for too many declines. While you subscribe the recurrence is polled, because Astra sends no webhook for a declined attempt that will be retried; final charges also come from its CARD_RECURRING_INBOUND webhook. No message repeats or goes back to an older state.',
    subscribe: updatedSubscription({ type: 'CardRecurrence', loader: (loaders) => loaders.cardRecurrenceWithAttempt, movedOn: cardRecurrenceMovedOn, watch: true }),
  })
  cardRecurrenceUpdated(@Root() recurrence: CardRecurrenceRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): CardRecurrenceRecord {
    return recurrence;
  }
}
