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
      "The batch as it is now (read from the provider when you subscribe), then again at each step it takes (the PIX_PAYOUT_UPDATED events): released or cancelled (as the mutation's provider answer), and each new status or paidCount re-read after a confirmed PIX_OUTBOUND delivery (payments paid, completed, partially completed, failed). Payments the provider settles together show as one step. No message repeats or goes back to an older state. Per-payment outcomes: pixPayoutUpdated or PIX_PAYOUT_PAYMENT_UPDATED. An unknown id ends the subscription with a NOT_FOUND error.",
    subscribe: updatedSubscription({ type: 'PixPayoutBatch', loader: (loaders) => loaders.pixPayoutBatch, movedOn: pixPayoutBatchMovedOn }),
  })
  pixPayoutBatchUpdated(@Root() batch: PixPayoutBatchRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixPayoutBatchRecord {
    return batch;
  }
}
