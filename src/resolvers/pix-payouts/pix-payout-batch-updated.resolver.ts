import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { mapAsyncIterator } from '../../events/map-async-iterator';
import { decodeGlobalId } from '../../lib/global-id';
import { BadUserInputError } from '../../errors/domain-errors';
import { loaderKey } from '../../domain/loaders';
import { pixPayoutBatchMovedOn } from '../../domain/pix-payouts/progress';
import type { PixPayoutBatchRecord } from '../../domain/pix-payouts/model';
import { PixPayoutBatch } from '../../schema/pix-payouts/pix-payout-batch.type';
import { currentThenChanges } from '../current-then-changes';
import { requireRead } from '../require-read';

type Data<Args> = SubscribeResolverData<unknown, Args, GraphQLContext>;

@Resolver(() => PixPayoutBatch)
export class PixPayoutBatchUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PixPayoutBatch, {
    description:
      'The batch as it is now (read from the provider when you subscribe), then again each time it moves on (released, payments paid, completed), as re-fetched after each confirmed PIX_OUTBOUND delivery. No message repeats or goes back to an older state. An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: ({ args, context }: Data<{ id: string }>) => {
      requireRead(context);
      const decoded = decodeGlobalId(args.id);
      if (!decoded || decoded.type !== 'PixPayoutBatch') throw new BadUserInputError('id is not a PixPayoutBatch id.', ['id']);
      // Subscribe before reading: a change published during the read is queued, not lost.
      const live = mapAsyncIterator(context.services.bus.subscribe({ subjectId: args.id }), (event) => event.subject as PixPayoutBatchRecord);
      return context.loaders.pixPayoutBatch.load(loaderKey(decoded.provider, decoded.providerId)).then(
        (current) => currentThenChanges(current, live, pixPayoutBatchMovedOn, () => (context.loaders = context.services.createLoaders())),
        async (error: unknown) => {
          await live.return?.();
          throw error;
        },
      );
    },
  })
  pixPayoutBatchUpdated(@Root() batch: PixPayoutBatchRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixPayoutBatchRecord {
    return batch;
  }
}
