import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type DataLoader from 'dataloader';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { mapAsyncIterator } from '../../events/map-async-iterator';
import { decodeGlobalId } from '../../lib/global-id';
import { BadUserInputError } from '../../errors/domain-errors';
import { loaderKey } from '../../domain/loaders';
import { AutomaticPixAuthorization } from '../../schema/automatic-pix/authorization.type';
import { AutomaticPixPayment } from '../../schema/automatic-pix/payment.type';
import type { AutomaticPixAuthorizationRecord, AutomaticPixPaymentRecord } from '../../domain/automatic-pix/model';
import { authorizationMovedOn, paymentMovedOn } from '../../domain/automatic-pix/progress';
import { currentThenChanges } from '../current-then-changes';
import { requireRead } from '../require-read';

type Data = SubscribeResolverData<unknown, { id: string }, GraphQLContext>;

/**
 * The current state, then each change: Astra sends no webhook for Automatic Pix, so subscribing
 * starts (or joins) the object's poller (Services.watchSubject) and leaving stops it.
 */
function currentThenPolled<T>(type: string, load: (ctx: GraphQLContext) => DataLoader<string, T>, movedOn: (a: T, b: T) => boolean) {
  return ({ args, context }: Data) => {
    requireRead(context);
    const decoded = decodeGlobalId(args.id);
    if (!decoded || decoded.type !== type) throw new BadUserInputError(`id is not an ${type} id.`, ['id']);
    const stopWatching = context.services.watchSubject?.(decoded.provider, args.id, decoded.providerId);
    // Subscribe before reading: a change published during the read is queued, not lost.
    const live = mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject as T, stopWatching);
    return load(context)
      .load(loaderKey(decoded.provider, decoded.providerId))
      .then(
        (current) => currentThenChanges(current, live, movedOn, () => (context.loaders = context.services.createLoaders())),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
  };
}

const NOTE =
  'No need to read it separately: nothing between subscribing and the first message is missed, and no message repeats or goes back. An unknown id ends the subscription with NOT_FOUND.';

@Resolver()
export class AutomaticPixUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => AutomaticPixAuthorization, {
    description: `The authorization as it is now, then again each time its status changes (approved, rejected…), polled from the provider (one poller per authorization however many subscribers). ${NOTE}`,
    subscribe: currentThenPolled<AutomaticPixAuthorizationRecord>('AutomaticPixAuthorization', (ctx) => ctx.loaders.automaticPixAuthorization, authorizationMovedOn),
  })
  automaticPixAuthorizationUpdated(
    @Root() authorization: AutomaticPixAuthorizationRecord,
    @Arg('id', () => ID) _id: string,
    @Ctx() _ctx: GraphQLContext,
  ): AutomaticPixAuthorizationRecord {
    return authorization;
  }

  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => AutomaticPixPayment, {
    description: `The payment as it is now, then again each time it changes (paid, failed, rescheduled by a retry), polled from the provider (one poller per payment however many subscribers). ${NOTE}`,
    subscribe: currentThenPolled<AutomaticPixPaymentRecord>('AutomaticPixPayment', (ctx) => ctx.loaders.automaticPixPayment, paymentMovedOn),
  })
  automaticPixPaymentUpdated(@Root() payment: AutomaticPixPaymentRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): AutomaticPixPaymentRecord {
    return payment;
  }
}
