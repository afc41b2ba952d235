import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../edge/upstream-cost';
import { PaymentEvent, PaymentEventFilter } from '../schema/payment-event.type';
import { PixCharge } from '../schema/pix-charge.type';
import type { GraphQLContext } from '../context';
import type { PaymentEventRecord } from '../events/payment-event';
import { mapAsyncIterator } from '../events/map-async-iterator';
import { decodeGlobalId } from '../lib/global-id';
import { BadUserInputError, ForbiddenError } from '../errors/domain-errors';
import { createLoaders, loaderKey } from '../datasources/loaders';
import { pixChargeMovedOn } from '../domain/charge-progress';
import type { PixChargeRecord } from '../domain/models';
import { currentThenChanges } from './current-then-changes';

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
    description:
      'The charge as it is now (read from the provider when you subscribe), then again each time it changes (paid, refunded, expired), as re-fetched from the provider. ' +
      'No need to read the charge separately: nothing that happens between subscribing and the first message is missed, and no message repeats or goes back to an older state. ' +
      'An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: ({ args, context }: Data<{ id: string }>) => {
      requireRead(context);
      const decoded = decodeGlobalId(args.id);
      if (!decoded || decoded.type !== 'PixCharge') throw new BadUserInputError('id is not a PixCharge id.', ['id']);
      const stopWatching = context.services.watchSubject?.(decoded.provider, args.id, decoded.providerId);
      // Subscribe before reading: a change published during the read is queued, not lost.
      const live = mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject as PixChargeRecord, stopWatching);
      return context.loaders.pixCharge.load(loaderKey(decoded.provider, decoded.providerId)).then(
        // Each later message is resolved with fresh loaders: nested fields (refunds) must not
        // come from the first message's per-operation cache.
        (current) => currentThenChanges(current, live, pixChargeMovedOn, () => (context.loaders = createLoaders(context.services.pix, context.services.webhooks))),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
    },
  })
  pixChargeUpdated(@Root() charge: PixCharge, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixCharge {
    return charge;
  }
}
