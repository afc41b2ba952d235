import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { pixPayoutBatchMovedOn } from '../../domain/pix-payouts/progress';
import type { PixPayoutBatchRecord } from '../../domain/pix-payouts/model';
import { PixPayoutBatch } from '../../schema/pix-payouts/pix-payout-batch.type';
import { updatedSubscription } from '../updated-subscription';

@Resolver(() => PixPayoutBatch)
export class PixPayoutBatchUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PixPayoutBatch, {
    description:
      'The batch as it is now (read from the provider when you subscribe), then again each time it moves on (released, payments paid, completed), as re-fetched after each confirmed PIX_OUTBOUND delivery. No message repeats or goes back to an older state. An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: updatedSubscription({ type: 'PixPayoutBatch', loader: (loaders) => loaders.pixPayoutBatch, movedOn: pixPayoutBatchMovedOn }),
  })
  pixPayoutBatchUpdated(@Root() batch: PixPayoutBatchRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixPayoutBatchRecord {
    return batch;
  }
}
