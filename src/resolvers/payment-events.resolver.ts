import { Arg, Extensions, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../edge/upstream-cost';
import { PaymentEvent, PaymentEventFilter } from '../schema/payment-event.type';
import type { GraphQLContext } from '../context';
import type { PaymentEventRecord } from '../events/payment-event';
import { requireRead } from './require-read';
import { decodeGlobalId } from '../lib/global-id';
import { BadUserInputError } from '../errors/domain-errors';

type Data<Args> = SubscribeResolverData<unknown, Args, GraphQLContext>;

@Resolver(() => PaymentEvent)
export class PaymentEventsResolver {
  // Subscribing calls no provider (events come from webhooks and shared pollers).
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PaymentEvent, {
    description: 'Confirmed payment events, live. Pass `after:` the last cursor you received to first replay what you missed (no gap, no duplicate), then continue live.',
    subscribe: ({ args, context }: Data<{ filter?: PaymentEventFilter; after?: string }>) => {
      requireRead(context);
      // An id that cannot name an object would silently match nothing: say so (issue 23, case 6).
      if (args.filter?.subjectId != null && !decodeGlobalId(args.filter.subjectId)) {
        throw new BadUserInputError('filter.subjectId is not a Paygraph global id.', ['filter', 'subjectId']);
      }
      return context.services.bus.subscribe(args.filter, args.after);
    },
  })
  paymentEvents(
    @Root() event: PaymentEventRecord,
    @Arg('filter', () => PaymentEventFilter, { nullable: true }) _filter?: PaymentEventFilter,
    @Arg('after', () => String, { nullable: true }) _after?: string,
  ): PaymentEventRecord {
    return event;
  }
}
