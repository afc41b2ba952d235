import { Arg, Authorized, Ctx, Extensions, Int, Mutation, Query, Resolver } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { CardRecurrence, CardRecurrenceConnection } from '../../schema/card-recurrences/card-recurrence.type';
import { CancelCardRecurrenceInput, CancelCardRecurrenceScheduleInput, CardRecurrenceFilter, CreateCardRecurrenceInput } from '../../schema/card-recurrences/inputs';
import { CancelCardRecurrenceSchedulePayload, CardRecurrencePayload } from '../../schema/card-recurrences/payloads';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER } from '../../providers';
import type { GraphQLContext } from '../../context';
import { loaderKey } from '../../domain/loaders';
import { useCaseDeps } from '../use-case-deps';
import type { CardRecurrenceRecord } from '../../domain/card-recurrences/model';
import { CARD_RECURRENCES } from '../../domain/card-recurrences/port';
import { cardRecurrenceQuery } from '../../domain/card-recurrences/list-query';
import { createCardRecurrence, type CardRecurrenceResult } from '../../domain/card-recurrences/create-card-recurrence';
import { cancelCardRecurrence, cancelCardRecurrenceSchedule, type CancelScheduleResult } from '../../domain/card-recurrences/cancel';
import { listConnection } from '../pagination';
import { listPort } from '../list-port';

/** Recurrence mutations need the `cards` scope besides `write`, like every card mutation (README: API keys). */
@Resolver(() => CardRecurrence)
export class CardRecurrenceResolver {
  @Authorized('read')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2, itemsFrom: 'first' } })
  @Query(() => CardRecurrenceConnection, { nullable: true, description: 'Card recurrences of one provider, newest first (Relay connection; `first` at most 100).' })
  async cardRecurrences(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => CardRecurrenceFilter, { nullable: true }) filter?: CardRecurrenceFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<CardRecurrenceRecord>> {
    return listConnection(
      { first, after },
      ({ offset, limit }) => {
        const query = cardRecurrenceQuery(filter, offset, limit);
        return listPort(ctx, CARD_RECURRENCES, filter?.provider ?? DEFAULT_PROVIDER, ['filter', 'provider']).list(query);
      },
      (item) => ctx.loaders.cardRecurrence.prime(loaderKey(item.provider, item.recurrenceId), item),
    );
  }

  @Authorized('write', 'cards')
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @Mutation(() => CardRecurrencePayload, {
    description:
      'Charges a card on a schedule: `amount` every day, week, month or year from `startDate`, `count` times or until cancelled. A declined charge is retried once a day up to maxAttempts. Each charge arrives as CARD_RECURRING_CHARGED on paymentEvents and on cardRecurrenceUpdated. Needs the `cards` scope. Send `idempotencyKey` to make retries safe.',
  })
  createCardRecurrence(@Arg('input', () => CreateCardRecurrenceInput) input: CreateCardRecurrenceInput, @Ctx() ctx: GraphQLContext): Promise<CardRecurrenceResult> {
    return createCardRecurrence(input, useCaseDeps(ctx));
  }

  @Authorized('write', 'cards')
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => CardRecurrencePayload, { description: 'Cancels an ACTIVE recurrence: no further charges (charges already made stay). Needs the `cards` scope.' })
  cancelCardRecurrence(@Arg('input', () => CancelCardRecurrenceInput) input: CancelCardRecurrenceInput, @Ctx() ctx: GraphQLContext): Promise<CardRecurrenceResult> {
    return cancelCardRecurrence(input, useCaseDeps(ctx));
  }

  @Authorized('write', 'cards')
  // The recurrence, up to 10 schedule pages to find the schedule, the PUT and the recurrence again.
  @Extensions({ [UPSTREAM_COST]: { perParent: 13 } })
  @Mutation(() => CancelCardRecurrenceSchedulePayload, {
    description: 'Skips one SCHEDULED charge of a recurrence; the recurrence goes on with the next one (the skipped charge still counts toward `count`). Needs the `cards` scope.',
  })
  cancelCardRecurrenceSchedule(
    @Arg('input', () => CancelCardRecurrenceScheduleInput) input: CancelCardRecurrenceScheduleInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CancelScheduleResult> {
    return cancelCardRecurrenceSchedule(input, useCaseDeps(ctx));
  }
}
