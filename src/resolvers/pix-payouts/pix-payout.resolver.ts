import { Arg, Ctx, Extensions, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import type { GraphQLContext } from '../../context';
import { loaderKey } from '../../domain/loaders';
import type { PixPayoutBatchRecord, PixPayoutRecord } from '../../domain/pix-payouts/model';
import { pixPayoutMovedOn } from '../../domain/pix-payouts/progress';
import { PixPayout, PixPayoutBatch } from '../../schema/pix-payouts/pix-payout-batch.type';
import { updatedSubscription } from '../updated-subscription';

/** A payment of a batch as a Node of its own: its batch, and its own `…Updated` subscription. */
@Resolver(() => PixPayout)
export class PixPayoutResolver {
  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => PixPayoutBatch, { description: 'The batch this payment belongs to (current state, read from the provider).' })
  batch(@Root() payout: PixPayoutRecord, @Ctx() ctx: GraphQLContext): Promise<PixPayoutBatchRecord> {
    return ctx.loaders.pixPayoutBatch.load(loaderKey(payout.provider, payout.batchId));
  }

  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PixPayout, {
    description:
      'The payment as it is now (read from the provider when you subscribe: the batch is scanned for it), then once more when it is paid or failed, as re-fetched after its confirmed PIX_OUTBOUND delivery (the PIX_PAYOUT_PAYMENT_UPDATED event). An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: updatedSubscription({ type: 'PixPayout', loader: (loaders) => loaders.pixPayout, movedOn: pixPayoutMovedOn }),
  })
  pixPayoutUpdated(@Root() payout: PixPayoutRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixPayoutRecord {
    return payout;
  }
}
