import { Arg, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardRecurrence, CardRecurrenceAttempt, CardRecurrenceSchedule, CardRecurrenceScheduleConnection } from '../../schema/card-recurrences/card-recurrence.type';
import { recentSchedules, latestAttempt, type CardRecurrenceAttemptValue } from '../../domain/card-recurrences/attempts';
import { CardTransaction, CardTransactionConnection } from '../../schema/cards/card-transaction.type';
import type { ConnectionShape } from '../../schema/connection';
import type { GraphQLContext } from '../../context';
import { loaderKey } from '../../domain/loaders';
import type { CardRecurrenceRecord, CardRecurrenceScheduleRecord } from '../../domain/card-recurrences/model';
import { CARD_RECURRENCES } from '../../domain/card-recurrences/port';
import type { CardTransactionRecord } from '../../domain/cards/model';
import { CARDS } from '../../domain/cards/port';
import { listConnection } from '../pagination';

@Resolver(() => CardRecurrence)
export class CardRecurrenceFieldsResolver {
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @FieldResolver(() => CardRecurrenceScheduleConnection, {
    description: 'Planned charges, first to last (only the next one is created ahead; each later one appears when the previous is final).',
  })
  async schedules(
    @Root() recurrence: CardRecurrenceRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<CardRecurrenceScheduleRecord>> {
    return listConnection({ first, after }, ({ offset, limit }) =>
      ctx.services.ports.get(CARD_RECURRENCES, recurrence.provider).listSchedules(recurrence.recurrenceId, offset, limit),
    );
  }

  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @FieldResolver(() => CardTransactionConnection, { description: 'Every charge attempt this recurrence made (approved and declined), newest first.' })
  async transactions(
    @Root() recurrence: CardRecurrenceRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<CardTransactionRecord>> {
    return listConnection(
      { first, after },
      ({ offset, limit }) => ctx.services.ports.get(CARDS, recurrence.provider).listTransactions({ offset, limit, recurrenceId: recurrence.recurrenceId }),
      (item) => ctx.loaders.cardTransaction.prime(loaderKey(item.provider, item.transactionId), item),
    );
  }
}

@Resolver(() => CardRecurrence)
export class CardRecurrenceAttemptFieldResolver {
  // Free on an event's subject (it carries its attempt); otherwise one schedules page, usually.
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => CardRecurrenceAttempt, {
    nullable: true,
    description:
      'In a CARD_RECURRENCE_ATTEMPT or CARD_RECURRING_CHARGED event and in cardRecurrenceUpdated messages: the charge attempt the message is about. Elsewhere: the most recent attempt, read from the schedules. Null before the first attempt.',
  })
  async latestAttempt(@Root() recurrence: CardRecurrenceRecord, @Ctx() ctx: GraphQLContext): Promise<CardRecurrenceAttemptValue | null> {
    if (recurrence.attempt) return recurrence.attempt;
    return latestAttempt(await recentSchedules(ctx.services.ports.get(CARD_RECURRENCES, recurrence.provider), recurrence.recurrenceId));
  }
}

@Resolver(() => CardRecurrenceSchedule)
export class CardRecurrenceScheduleFieldsResolver {
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => CardTransaction, {
    nullable: true,
    description: "The latest attempt's card transaction (approved, or declined while retrying); null before the first attempt.",
  })
  transaction(@Root() schedule: CardRecurrenceScheduleRecord, @Ctx() ctx: GraphQLContext): Promise<CardTransactionRecord> | null {
    return schedule.transactionId ? ctx.loaders.cardTransaction.load(loaderKey(schedule.provider, schedule.transactionId)) : null;
  }
}

/** `CardTransaction.recurrence`: added by this family, so the cards family knows nothing of recurrences. */
@Resolver(() => CardTransaction)
export class CardTransactionRecurrenceResolver {
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => CardRecurrence, { nullable: true, description: 'The card recurrence that made this charge; null for a one-off charge.' })
  recurrence(@Root() transaction: CardTransactionRecord, @Ctx() ctx: GraphQLContext): Promise<CardRecurrenceRecord> | null {
    return transaction.recurrenceId ? ctx.loaders.cardRecurrence.load(loaderKey(transaction.provider, transaction.recurrenceId)) : null;
  }
}
