import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../edge/upstream-cost';
import { PaymentEvent, PaymentEventFilter } from '../schema/payment-event.type';
import { PixCharge } from '../schema/pix-charge.type';
import type { GraphQLContext } from '../context';
import type { PaymentEventRecord } from '../events/payment-event';
import { mapAsyncIterator } from '../events/map-async-iterator';
import { decodeGlobalId } from '../lib/global-id';
import { BadUserInputError, ForbiddenError } from '../errors/domain-errors';

type Data<Args> = SubscribeResolverData<unknown, Args, GraphQLContext>;

function requireRead(context: GraphQLContext): void {
  if (!context.client.scopes.has('read')) throw new ForbiddenError('This API key lacks the read scope.');
}

@Resolver(() => PaymentEvent)
export class PaymentEventsResolver {
  // Subscribing calls no provider (events come from webhooks and shared pollers).
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PaymentEvent, {
    description:
      'Confirmed payment events, live. Pass `after:` the last cursor you received to first replay what you missed (no gap, no duplicate), then continue live.',
    subscribe: ({ args, context }: Data<{ filter?: PaymentEventFilter; after?: string }>) => {
      requireRead(context);
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

  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PixCharge, {
    description: 'The charge each time it changes (paid, refunded, expired), as re-fetched from the provider.',
    subscribe: ({ args, context }: Data<{ id: string }>) => {
      requireRead(context);
      const decoded = decodeGlobalId(args.id);
      if (!decoded || decoded.type !== 'PixCharge') throw new BadUserInputError('id is not a PixCharge id.', ['id']);
      const stopWatching = context.services.watchSubject?.(decoded.provider, args.id, decoded.providerId);
      return mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject, stopWatching);
    },
  })
  pixChargeUpdated(@Root() charge: PixCharge, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixCharge {
    return charge;
  }
}
