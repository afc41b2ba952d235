import { Arg, Ctx, Extensions, ID, Resolver, Root, Subscription } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { PixCharge } from '../../schema/pix-charges/pix-charge.type';
import type { GraphQLContext } from '../../context';
import { pixChargeMovedOn } from '../../domain/pix-charges/progress';
import type { PixChargeRecord } from '../../domain/pix-charges/model';
import { updatedSubscription } from '../updated-subscription';

@Resolver(() => PixCharge)
export class PixChargeUpdatedResolver {
  @Extensions({ [UPSTREAM_COST]: {} })
  @Subscription(() => PixCharge, {
    description:
      'The charge as it is now (read from the provider when you subscribe), then again each time it changes (paid, refunded, expired), as re-fetched from the provider. ' +
      'No need to read the charge separately: nothing that happens between subscribing and the first message is missed, and no message repeats or goes back to an older state. ' +
      'An unknown id ends the subscription with a NOT_FOUND error.',
    subscribe: updatedSubscription({ type: 'PixCharge', loader: (loaders) => loaders.pixCharge, movedOn: pixChargeMovedOn, watch: true }),
  })
  pixChargeUpdated(@Root() charge: PixChargeRecord, @Arg('id', () => ID) _id: string, @Ctx() _ctx: GraphQLContext): PixChargeRecord {
    return charge;
  }
}
