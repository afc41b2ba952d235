import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PixCharge } from '../../schema/pix-charges/pix-charge.type';
import type { GraphQLContext } from '../../context';
import { mapAsyncIterator } from '../../events/map-async-iterator';
import { decodeGlobalId } from '../../lib/global-id';
import { BadUserInputError } from '../../errors/domain-errors';
import { loaderKey } from '../../domain/loaders';
import { pixChargeMovedOn } from '../../domain/pix-charges/progress';
import type { PixChargeRecord } from '../../domain/pix-charges/model';
import { currentThenChanges } from '../current-then-changes';
import { requireRead } from '../require-read';

type Data<Args> = SubscribeResolverData<unknown, Args, GraphQLContext>;

@Resolver(() => PixCharge)
export class PixChargeUpdatedResolver {
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
        (current) => currentThenChanges(current, live, pixChargeMovedOn, () => (context.loaders = context.services.createLoaders())),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
    },
  })
  pixChargeUpdated(@Root() charge: PixChargeRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixChargeRecord {
    return charge;
  }
}
